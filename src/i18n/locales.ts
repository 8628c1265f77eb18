/**
 * The one list of the site's locales. Everything else (Astro's i18n routing, the
 * language switcher, the completeness tests, the server's error pages) reads it.
 * Plain data with erasable types only, so Node can run it directly too.
 */
export type Direction = 'ltr' | 'rtl';

export interface Locale {
  /** BCP 47 tag, also the URL prefix: /en/, /cy/, /ar/. */
  code: string;
  /** The language's name in that language, as the switcher shows it. */
  name: string;
  /** The language's name in English, for people and tools reading the code. */
  englishName: string;
  dir: Direction;
  /** The tag Intl formats dates and numbers with: British usage ("28 May 2021", not "May 28, 2021"). */
  intl: string;
  /**
   * The nation whose 24-hour line its readers most likely need: listed first in "Talk to
   * someone now" (Welsh pages lead with Wales). Absent: the usual order.
   */
  leadNation?: 'england' | 'wales' | 'scotland' | 'northern-ireland';
  /**
   * English pages (slugs) this locale still shows in English under a notice. The build fails on a
   * page that is neither translated nor listed here, so the gap is always written down.
   */
  untranslatedPages?: readonly string[];
  /** UI string keys whose text is the same word in this language as in English ("No", "Error" in Spanish). */
  sameAsEnglish?: readonly string[];
}

export const locales: readonly Locale[] = [
  { code: 'en', name: 'English', englishName: 'English', dir: 'ltr', intl: 'en-GB' },
  {
    code: 'cy',
    name: 'Cymraeg',
    englishName: 'Welsh',
    dir: 'ltr',
    intl: 'cy-GB',
    leadNation: 'wales',
  },
  { code: 'pl', name: 'Polski', englishName: 'Polish', dir: 'ltr', intl: 'pl-GB' },
  { code: 'ro', name: 'Română', englishName: 'Romanian', dir: 'ltr', intl: 'ro-GB' },
  { code: 'pa', name: 'ਪੰਜਾਬੀ', englishName: 'Panjabi', dir: 'ltr', intl: 'pa-GB-u-nu-latn' },
  { code: 'ur', name: 'اردو', englishName: 'Urdu', dir: 'rtl', intl: 'ur-GB-u-nu-latn' },
  { code: 'pt', name: 'Português', englishName: 'Portuguese', dir: 'ltr', intl: 'pt-GB' },
  {
    code: 'es',
    name: 'Español',
    englishName: 'Spanish',
    dir: 'ltr',
    intl: 'es-GB',
    sameAsEnglish: ['forms:options.children.no', 'forms:options.yesNoUnsure.no', 'forms:options.yesNo.no', 'forms:ui.errorPrefix'],
  },
  {
    code: 'ar',
    name: 'العربية',
    englishName: 'Arabic',
    dir: 'rtl',
    intl: 'ar-GB-u-nu-latn',
  },
  { code: 'bn', name: 'বাংলা', englishName: 'Bengali', dir: 'ltr', intl: 'bn-GB-u-nu-latn' },
  { code: 'gu', name: 'ગુજરાતી', englishName: 'Gujarati', dir: 'ltr', intl: 'gu-GB-u-nu-latn' },
];

export const defaultLocale = 'en';

export const localeCodes: readonly string[] = locales.map((locale) => locale.code);

export function getLocale(code: string): Locale {
  const locale = locales.find((candidate) => candidate.code === code);
  if (!locale) throw new Error(`Unknown locale "${code}". Known: ${localeCodes.join(', ')}.`);
  return locale;
}

export function isLocale(code: string | undefined): code is string {
  return code !== undefined && localeCodes.includes(code);
}
