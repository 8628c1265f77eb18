/** The UI strings for Astro pages, bundled at build time from locales/<lang>/<namespace>.json. */
import { resourcesFromFiles } from './translator.ts';

const files = import.meta.glob('../../locales/*/*.json', { eager: true, import: 'default' });

export const resources = resourcesFromFiles(files);

/** A string exactly as written, placeholders untouched: for code that fills them in later (the search island's plurals). */
export function rawString(locale: string, namespace: string, key: string): string {
  const value = (resources[locale]?.[namespace] as Record<string, unknown> | undefined)?.[key];
  if (typeof value !== 'string') throw new Error(`No string "${namespace}:${key}" in locales/${locale}/${namespace}.json`);
  return value;
}
