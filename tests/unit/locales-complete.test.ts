/**
 * No locale is ever partial in its interface: every UI string that exists in English exists
 * in every locale, with the same slots, translated, and nothing English lacks. Every English
 * page (Easy Read aside) is translated or listed in the locale's untranslatedPages, where it is
 * shown in English under a translated notice. The same check (src/i18n/completeness.ts) stops
 * the build; here it runs per locale, and on a made-up locale to prove it can fail.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import { localeCompleteness } from '../../src/i18n/completeness.ts';

const root = process.cwd();
const others = locales.filter((locale) => locale.code !== defaultLocale);

const namespaces = readdirSync(join(root, 'locales', defaultLocale)).filter((name) => name.endsWith('.json'));
const englishPages = readdirSync(join(root, 'content', 'pages', defaultLocale)).sort();

test('English has UI strings and pages to compare against', () => {
  expect(namespaces).toContain('common.json');
  // 43 pages to translate and 4 Easy Read pages (an English format) when this was written.
  expect(englishPages.length).toBeGreaterThanOrEqual(47);
});

describe.each(others)('$englishName ($code)', (locale) => {
  const { code } = locale;
  test('has exactly the same string files as English', () => {
    expect(
      readdirSync(join(root, 'locales', code))
        .filter((name) => name.endsWith('.json'))
        .sort(),
    ).toEqual(namespaces.sort());
  });

  test('is complete: every English key (no others, every plural form, same slots, none left in English), every page translated or listed', () => {
    expect(localeCompleteness(root, locale).problems).toEqual([]);
  });

  const translatedPages = readdirSync(join(root, 'content', 'pages', code)).sort();

  test('translates first the pages everyone needs', () => {
    for (const file of ['emergency.md', 'safer-browsing.md', 'privacy.md']) expect(translatedPages).toContain(file);
  });

  test.each(translatedPages)('%s is marked as a translation and links within its own language', (file) => {
    const text = readFileSync(join(root, 'content', 'pages', code, file), 'utf8');
    expect(text).toMatch(/^translation:\s*\n\s+from: en\s*\n\s+checked: \d{4}-\d{2}-\d{2}/m);
    const internalLinks = [...text.matchAll(/\]\((\/[^)]*)\)/g)].map((match) => match[1]!);
    for (const link of internalLinks) expect(link.startsWith(`/${code}/`), link).toBe(true);
  });
});

describe('the completeness check itself (a made-up locale "xx")', () => {
  function fixture(strings: Record<string, unknown>, pages: string[], untranslatedPages: string[] = [], withSelfCheck = true) {
    const dir = mkdtempSync(join(tmpdir(), 'waypoint-i18n-'));
    mkdirSync(join(dir, 'locales', 'en'), { recursive: true });
    mkdirSync(join(dir, 'locales', 'xx'), { recursive: true });
    mkdirSync(join(dir, 'content', 'pages', 'en'), { recursive: true });
    mkdirSync(join(dir, 'content', 'pages', 'xx'), { recursive: true });
    writeFileSync(
      join(dir, 'locales', 'en', 'common.json'),
      JSON.stringify({ title: 'Get help', call: 'Call {number}', found_one: '{{count}} service', found_other: '{{count}} services' }),
    );
    writeFileSync(join(dir, 'locales', 'xx', 'common.json'), JSON.stringify(strings));
    if (withSelfCheck) writeFileSync(join(dir, 'locales', 'xx', 'self-check.yaml'), 'legend: y\n');
    for (const slug of ['help', 'easy-read']) writeFileSync(join(dir, 'content', 'pages', 'en', `${slug}.md`), '---\ntitle: x\n---\n');
    for (const slug of pages)
      writeFileSync(join(dir, 'content', 'pages', 'xx', `${slug}.md`), '---\ntitle: y\ntranslation:\n  from: en\n  checked: 2026-11-28\n---\n');
    // "en" plural rules (one, other) stand in for the made-up language.
    return localeCompleteness(dir, { code: 'xx', name: 'xx', englishName: 'xx', dir: 'ltr', intl: 'en', untranslatedPages });
  }
  const good = { title: 'Cael help', call: 'Ffoniwch {number}', found_one: '{{count}} gwasanaeth', found_other: '{{count}} o wasanaethau' };

  test('passes a complete locale, and counts Easy Read out', () => {
    const report = fixture(good, ['help']);
    expect(report.problems).toEqual([]);
    expect(report.pages).toEqual({ total: 1, translated: 1, fallback: [] });
    expect(report.keys).toEqual({ total: 3, translated: 3 });
  });

  test.each([
    ['a missing key', { ...good, title: undefined }, /title is missing/],
    ['a key English lacks', { ...good, extra: 'Ychwanegol' }, /extra is not an English key/],
    ['a missing plural form', { ...good, found_other: undefined }, /found_other is missing/],
    ['different slots', { ...good, call: 'Ffoniwch {rhif}' }, /call has slots/],
    ['a string left in English', { ...good, title: 'Get help' }, /title is still the English text/],
  ])('finds %s', (_, strings, problem) => {
    expect(fixture(JSON.parse(JSON.stringify(strings)) as Record<string, unknown>, ['help']).problems.join('\n')).toMatch(problem);
  });

  test('the self-check text is required unless its page is listed as untranslated', () => {
    expect(fixture(good, ['help'], [], false).problems.join('\n')).toMatch(/self-check.yaml is missing/);
  });

  test('a page neither translated nor listed fails; listed, it falls back; listed and translated, the list is stale', () => {
    expect(fixture(good, []).problems.join('\n')).toMatch(/"help" is neither translated/);
    expect(fixture(good, [], ['help'])).toMatchObject({ problems: [], pages: { translated: 0, fallback: ['help'] } });
    expect(fixture(good, ['help'], ['help']).problems.join('\n')).toMatch(/still listed in untranslatedPages/);
  });
});

test('English pages link only to English pages', () => {
  for (const file of englishPages) {
    // Images (Easy Read symbols) are not links to pages.
    const text = readFileSync(join(root, 'content', 'pages', defaultLocale, file), 'utf8').replace(/!\[[^\]]*\]\([^)]*\)/g, '');
    for (const [, link] of text.matchAll(/\]\((\/[^)]*)\)/g)) expect(link!.startsWith(`/${defaultLocale}/`), `${file}: ${link}`).toBe(true);
  }
});
