/**
 * UI strings that may be identical to the English in another language: names that are never
 * translated, and text with no words in it. Anything else that still matches the English is
 * counted as untranslated and fails the build (src/i18n/completeness.ts), unless the locale lists
 * the key in its `sameAsEnglish` (a word that is the same in both languages).
 */
const names: ReadonlySet<string> = new Set([
  // The site's name.
  'common:site.name',
  'common:redirect.title',
  // British Sign Language is called BSL by Deaf people whatever language the page is in.
  'directory:card.bsl',
]);

export function mayMatchEnglish(key: string, text: string): boolean {
  return names.has(key) || !/\p{L}{2,}/u.test(text);
}
