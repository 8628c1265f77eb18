/**
 * No locale is ever partial in its interface: every UI string that exists in English exists
 * in every locale, with the same slots, and nothing English lacks. Content pages are written
 * in English first; a page not yet translated is built in every locale as English under a
 * translated notice (the built-site test checks it is there), and this test lists them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';

const root = process.cwd();
const others = locales.filter((locale) => locale.code !== defaultLocale);

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (!value || typeof value !== 'object') throw new Error(`${prefix} is neither text nor a group of keys`);
  return Object.assign({}, ...Object.entries(value).map(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key)));
}

function strings(locale: string, namespace: string): Record<string, string> {
  return flatten(JSON.parse(readFileSync(join(root, 'locales', locale, namespace), 'utf8')));
}

/** i18next plural forms: "count_one", "count_few"… Each language has its own set (Welsh and Arabic have six). */
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const baseKeys = (keys: string[]) => [...new Set(keys.map((key) => key.replace(pluralSuffix, '')))].sort();

const slots = (text: string) => [...text.matchAll(/\{\{?(\w+)\}?\}/g)].map((match) => match[1]).sort();
const namespaces = readdirSync(join(root, 'locales', defaultLocale)).filter((name) => name.endsWith('.json'));
const englishPages = readdirSync(join(root, 'content', 'pages', defaultLocale)).sort();

test('English has UI strings and pages to compare against', () => {
  expect(namespaces).toContain('common.json');
  expect(englishPages.length).toBeGreaterThanOrEqual(7);
});

describe.each(others)('$englishName ($code)', ({ code }) => {
  test('has exactly the same string files as English', () => {
    expect(readdirSync(join(root, 'locales', code)).sort()).toEqual(namespaces.sort());
  });

  test.each(namespaces)('%s has every English key, no others, and the same slots', (namespace) => {
    const english = strings(defaultLocale, namespace);
    const translated = strings(code, namespace);
    expect(baseKeys(Object.keys(translated))).toEqual(baseKeys(Object.keys(english)));
    // Every plural in English has every plural form this language needs.
    const forms = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    for (const base of baseKeys(Object.keys(english).filter((key) => pluralSuffix.test(key)))) {
      for (const form of forms) expect(translated, `${base}_${form}`).toHaveProperty([`${base}_${form}`]);
    }
    for (const [key, text] of Object.entries(translated)) {
      expect(text.trim(), `${key} is empty`).not.toBe('');
      expect(text, `${key} is still a placeholder`).not.toMatch(/TODO|FIXME|translate me/i);
      const englishText = english[key] ?? english[key.replace(pluralSuffix, '_other')]!;
      expect(slots(text), `${key} slots`).toEqual(slots(englishText));
    }
  });

  const translatedPages = readdirSync(join(root, 'content', 'pages', code)).sort();

  test('has no page English lacks, and lists the English pages still to translate', () => {
    expect(translatedPages.filter((file) => !englishPages.includes(file))).toEqual([]);
    const missing = englishPages.filter((file) => !translatedPages.includes(file));
    if (missing.length > 0) console.info(`${code}: ${missing.length} of ${englishPages.length} pages not yet translated (shown in English): ${missing.join(', ')}`);
    // The pages everyone needs first are always translated.
    for (const file of ['emergency.md', 'safer-browsing.md', 'privacy.md']) expect(translatedPages).toContain(file);
  });

  test.each(translatedPages)('%s is marked as a translation and links within its own language', (file) => {
    const text = readFileSync(join(root, 'content', 'pages', code, file), 'utf8');
    expect(text).toMatch(/^translation:\s*\n\s+from: en\s*\n\s+checked: \d{4}-\d{2}-\d{2}/m);
    const internalLinks = [...text.matchAll(/\]\((\/[^)]*)\)/g)].map((match) => match[1]!);
    for (const link of internalLinks) expect(link.startsWith(`/${code}/`), link).toBe(true);
  });
});

test('English pages link only to English pages', () => {
  for (const file of englishPages) {
    // Images (Easy Read symbols) are not links to pages.
    const text = readFileSync(join(root, 'content', 'pages', defaultLocale, file), 'utf8').replace(/!\[[^\]]*\]\([^)]*\)/g, '');
    for (const [, link] of text.matchAll(/\]\((\/[^)]*)\)/g)) expect(link!.startsWith(`/${defaultLocale}/`), `${file}: ${link}`).toBe(true);
  }
});
