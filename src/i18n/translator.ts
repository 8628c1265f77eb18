/**
 * Builds an i18next translator for one locale. Pure: it takes the string
 * resources, so Astro pages (which load them with import.meta.glob) and the
 * Node server (which reads them from disk) share exactly this code.
 */
import i18next, { type Resource } from 'i18next';
import { defaultLocale } from './locales.ts';
import type { Namespace, UIKey } from './keys.ts';

export type { Namespace } from './keys.ts';
export const namespaces = ['common', 'forms', 'directory', 'search'] as const satisfies readonly Namespace[];

/** Values for {{slots}} and the count that picks a plural form. */
export type TranslateOptions = Record<string, string | number | undefined>;

/** A translator that only takes keys English declares (src/i18n/keys.ts). */
export type Translate<N extends Namespace = 'common'> = (key: UIKey<N>, options?: TranslateOptions) => string;

export function createTranslator<N extends Namespace = 'common'>(resources: Resource, locale: string, ns: N = 'common' as N): Translate<N> {
  const instance = i18next.createInstance();
  // initAsync: false makes init synchronous, which is safe because resources are already in memory.
  void instance.init({
    lng: locale,
    fallbackLng: defaultLocale,
    ns: [...namespaces],
    defaultNS: ns,
    resources,
    initAsync: false,
    returnNull: false,
    // Astro escapes text it renders; format.ts (richText) escapes what it builds.
    interpolation: { escapeValue: false },
  });
  return (key, options) => instance.t(key as string, options ?? {}) as string;
}

/** Turns { 'locales/en/common.json': {...} } style entries into i18next's shape. */
export function resourcesFromFiles(files: Record<string, unknown>): Resource {
  const resources: Resource = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, locale, namespace] = match as unknown as [string, string, string];
    resources[locale] ??= {};
    resources[locale][namespace] = content as Record<string, unknown>;
  }
  return resources;
}
