import { expect, test } from 'vitest';
import { localePath, slugOf } from '../../src/i18n/paths.ts';
import { getLocale, isLocale, localeCodes } from '../../src/i18n/locales.ts';

test('localePath builds /<locale>/<slug>/ with one trailing slash', () => {
  expect(localePath('en')).toBe('/en/');
  expect(localePath('cy', 'privacy')).toBe('/cy/privacy/');
  expect(localePath('ar', '/safer-browsing/')).toBe('/ar/safer-browsing/');
});

test('slugOf strips the locale, so the switcher links to the same page', () => {
  expect(slugOf('/ar/privacy/')).toBe('privacy');
  expect(slugOf('/cy/')).toBe('');
  expect(slugOf('/not-a-locale/page/')).toBe('not-a-locale/page');
});

test('the eleven locales, English first, then Welsh; Arabic and Urdu right to left', () => {
  expect(localeCodes).toEqual(['en', 'cy', 'pl', 'ro', 'pa', 'ur', 'pt', 'es', 'ar', 'bn', 'gu']);
  expect(getLocale('ar').dir).toBe('rtl');
  expect(getLocale('ur').dir).toBe('rtl');
  expect(localeCodes.filter((code) => getLocale(code).dir === 'rtl')).toEqual(['ur', 'ar']);
  expect(getLocale('cy').dir).toBe('ltr');
  expect(isLocale('fr')).toBe(false);
  expect(() => getLocale('xx')).toThrow(/Unknown locale/);
});
