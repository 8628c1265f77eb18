/** URL helpers: every page lives at /<locale>/<slug>/, with the same slug in each locale. */
import { isLocale, locales } from './locales.ts';

/** The path of a page in a locale: ('cy', 'privacy') → '/cy/privacy/'; ('cy', '') → '/cy/'. */
export function localePath(locale: string, slug = ''): string {
  const trimmed = slug.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${locale}/${trimmed}/` : `/${locale}/`;
}

/** The slug of a localised path: '/ar/privacy/' → 'privacy'. */
export function slugOf(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  if (isLocale(parts[0])) parts.shift();
  return parts.join('/');
}

/** getStaticPaths for a page that exists once per locale: /en/…, /cy/…, /ar/…. */
export function localeStaticPaths(): { params: { locale: string } }[] {
  return locales.map((locale) => ({ params: { locale: locale.code } }));
}
