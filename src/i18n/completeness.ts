/**
 * How complete each locale is, read from the files: UI strings against English (same keys,
 * every plural form the language has, same slots, nothing left in English) and pages against
 * English (each translated, or listed in the locale's `untranslatedPages`). The build gate,
 * `npm run i18n:coverage` and the tests all use this, so they cannot disagree.
 * Plain Node (erasable types): the build and scripts run it directly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, type Locale } from './locales.ts';
import { mayMatchEnglish } from './same-as-english.ts';
import { flattenStrings, type FlatStrings } from './flatten.ts';

export interface LocaleCompleteness {
  code: string;
  keys: { total: number; translated: number };
  pages: { total: number; translated: number; fallback: string[] };
  problems: string[];
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const slotPattern = /\{\{?(\w+)\}?\}/g;

const readStrings = (root: string, code: string, file: string): FlatStrings =>
  flattenStrings(JSON.parse(readFileSync(join(root, 'locales', code, file), 'utf8')));
const baseOf = (key: string) => key.replace(pluralSuffix, '');
const slotsOf = (text: string) =>
  [...text.matchAll(slotPattern)]
    .map((match) => match[1])
    .sort()
    .join(',');

/** The English pages every locale must have: all but the Easy Read set, which is an English format. */
export function requiredPages(root: string): string[] {
  return readdirSync(join(root, 'content', 'pages', defaultLocale))
    .filter((file) => file.endsWith('.md') && !file.startsWith('easy-read'))
    .map((file) => file.replace(/\.md$/, ''))
    .sort();
}

export function stringFiles(root: string): string[] {
  return readdirSync(join(root, 'locales', defaultLocale))
    .filter((file) => file.endsWith('.json'))
    .sort();
}

function checkStrings(root: string, locale: Locale, report: LocaleCompleteness): void {
  const { code } = locale;
  const forms = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  for (const file of stringFiles(root)) {
    if (!existsSync(join(root, 'locales', code, file))) {
      report.problems.push(`locales/${code}/${file} is missing`);
      continue;
    }
    const english = readStrings(root, defaultLocale, file);
    const translated = readStrings(root, code, file);
    const namespace = file.replace(/\.json$/, '');
    const englishBases = new Set(Object.keys(english).map(baseOf));
    const translatedBases = new Set(Object.keys(translated).map(baseOf));
    for (const base of englishBases) {
      report.keys.total += 1;
      if (!translatedBases.has(base)) report.problems.push(`${code} ${namespace}:${base} is missing`);
    }
    for (const base of translatedBases) if (!englishBases.has(base)) report.problems.push(`${code} ${namespace}:${base} is not an English key`);
    const englishPlurals = new Set(
      Object.keys(english)
        .filter((key) => pluralSuffix.test(key))
        .map(baseOf),
    );
    for (const base of englishPlurals) {
      for (const form of forms)
        if (!(`${base}_${form}` in translated)) report.problems.push(`${code} ${namespace}:${base}_${form} is missing (${code} needs it)`);
    }
    const countedSame = new Set<string>();
    for (const [key, text] of Object.entries(translated)) {
      const source = english[key] ?? english[`${baseOf(key)}_other`];
      if (source === undefined) continue;
      if (!text.trim()) report.problems.push(`${code} ${namespace}:${key} is empty`);
      // Capitals and whole words: Spanish and Portuguese "todo" is a word, not a placeholder.
      if (/\b(TODO|FIXME)\b|translate me/.test(text)) report.problems.push(`${code} ${namespace}:${key} is a placeholder`);
      if (slotsOf(text) !== slotsOf(source)) report.problems.push(`${code} ${namespace}:${key} has slots {${slotsOf(text)}}, English has {${slotsOf(source)}}`);
      if (text === source && !mayMatchEnglish(`${namespace}:${key}`, text) && !locale.sameAsEnglish?.includes(`${namespace}:${key}`)) {
        report.problems.push(`${code} ${namespace}:${key} is still the English text`);
        countedSame.add(baseOf(key));
      }
    }
    report.keys.translated += [...englishBases].filter((base) => translatedBases.has(base) && !countedSame.has(base)).length;
  }
}

function checkPages(root: string, locale: Locale, report: LocaleCompleteness): void {
  const { code } = locale;
  const required = requiredPages(root);
  const folder = join(root, 'content', 'pages', code);
  const present = existsSync(folder)
    ? readdirSync(folder)
        .filter((file) => file.endsWith('.md'))
        .map((file) => file.replace(/\.md$/, ''))
    : [];
  const listed = new Set(locale.untranslatedPages ?? []);
  report.pages.total = required.length;
  for (const slug of present) {
    if (!required.includes(slug)) report.problems.push(`content/pages/${code}/${slug}.md has no English page to translate`);
    if (listed.has(slug)) report.problems.push(`${code}: "${slug}" is translated but still listed in untranslatedPages (src/i18n/locales.ts)`);
    const text = readFileSync(join(folder, `${slug}.md`), 'utf8');
    if (!/^translation:\s*\n\s+from: en\s*\n\s+checked: \d{4}-\d{2}-\d{2}/m.test(text))
      report.problems.push(`content/pages/${code}/${slug}.md does not say it is a translation (translation: from/checked)`);
  }
  for (const slug of required) {
    if (present.includes(slug)) report.pages.translated += 1;
    else if (listed.has(slug)) report.pages.fallback.push(slug);
    else report.problems.push(`${code}: "${slug}" is neither translated (content/pages/${code}/${slug}.md) nor listed in untranslatedPages`);
  }
  for (const slug of listed) if (!required.includes(slug)) report.problems.push(`${code}: untranslatedPages names "${slug}", which is not an English page`);
  // The self-check's questions and result live beside the UI strings; they go with its page.
  if (!listed.has('self-check') && !existsSync(join(root, 'locales', code, 'self-check.yaml'))) {
    report.problems.push(`locales/${code}/self-check.yaml is missing, but the self-check page is not listed as untranslated`);
  }
}

export function localeCompleteness(root: string, locale: Locale): LocaleCompleteness {
  const report: LocaleCompleteness = { code: locale.code, keys: { total: 0, translated: 0 }, pages: { total: 0, translated: 0, fallback: [] }, problems: [] };
  if (locale.code === defaultLocale) {
    report.keys.total = report.keys.translated = stringFiles(root).reduce(
      (sum, file) => sum + new Set(Object.keys(readStrings(root, defaultLocale, file)).map(baseOf)).size,
      0,
    );
    report.pages.total = report.pages.translated = requiredPages(root).length;
    return report;
  }
  checkStrings(root, locale, report);
  checkPages(root, locale, report);
  return report;
}

const percent = (part: number, whole: number) => (whole === 0 ? '100%' : `${Math.floor((1000 * part) / whole) / 10}%`);

/** One line per locale: "cy  keys 612/612 (100%)  pages 43/43 (100%)". */
export function coverageTable(reports: LocaleCompleteness[]): string {
  return reports
    .map(({ code, keys, pages }) => {
      const line = `${code.padEnd(3)} keys ${keys.translated}/${keys.total} (${percent(keys.translated, keys.total)})  pages ${pages.translated}/${pages.total} (${percent(pages.translated, pages.total)})`;
      return pages.fallback.length > 0 ? `${line}\n      in English until translated: ${pages.fallback.join(', ')}` : line;
    })
    .join('\n');
}
