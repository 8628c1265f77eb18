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

test('the locale list starts with English, Welsh and Arabic, Arabic right to left', () => {
  expect(localeCodes.slice(0, 3)).toEqual(['en', 'cy', 'ar']);
  expect(getLocale('ar').dir).toBe('rtl');
  expect(getLocale('cy').dir).toBe('ltr');
  expect(isLocale('fr')).toBe(false);
  expect(() => getLocale('xx')).toThrow(/Unknown locale/);
});
