/** One namespace of a locale's strings as a flat record ("fields.phone.label" → text), placeholders untouched: for islands. */
import { flattenStrings } from './flatten.ts';
import { resources } from './resources.ts';

export function flatStrings(locale: string, namespace: string): Record<string, string> {
  return flattenStrings(resources[locale]?.[namespace]);
}
