/** One namespace of a locale's strings as a flat record ("fields.phone.label" → text), placeholders untouched: for islands. */
import { resources } from './resources.ts';

export function flatStrings(locale: string, namespace: string): Record<string, string> {
  const flat: Record<string, string> = {};
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === 'string') flat[prefix] = value;
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, prefix ? `${prefix}.${key}` : key);
  };
  walk(resources[locale]?.[namespace], '');
  return flat;
}
