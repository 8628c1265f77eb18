/**
 * Translation helpers for .astro files. Components call t(Astro) and get a translator
 * for the locale in the URL (Astro.currentLocale), cached per locale for the build.
 */
import { createTranslator, type Translate } from './translator.ts';
import { defaultLocale, getLocale, type Locale } from './locales.ts';
import { resources } from './resources.ts';

const cache = new Map<string, Translate>();

export function localeOf(astro: { currentLocale?: string | undefined }): Locale {
  return getLocale(astro.currentLocale ?? defaultLocale);
}

export function useTranslations(astro: { currentLocale?: string | undefined }): Translate {
  const { code } = localeOf(astro);
  let translate = cache.get(code);
  if (!translate) {
    translate = createTranslator(resources, code);
    cache.set(code, translate);
  }
  return translate;
}

/** Dates as a person in that locale writes them, e.g. "8 April 2019" or "8 Ebrill 2019". */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale.intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** What every page and component of a route needs about its language, resolved once per route (src/middleware.ts). */
export interface RouteLocale {
  locale: Locale;
  t: Translate;
}

export function routeLocale(code: string | undefined): RouteLocale {
  const astro = { currentLocale: code };
  return { locale: localeOf(astro), t: useTranslations(astro) };
}
