/**
 * Checks over the whole built site, read straight from dist/: every internal link
 * leads somewhere, nothing is loaded from another site, and every phone number on any
 * page comes from sourced data.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { builtPages, distDir } from '../support/site.ts';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';

const htmlFiles = readdirSync(distDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));
const html = new Map(htmlFiles.map((file) => [file.slice(distDir.length), readFileSync(file, 'utf8')]));

const attributes = (text: string, name: string) => [...text.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((match) => match[1]!);

test('there are pages to check: every English content page in every locale, and more', () => {
  const contentPages = readdirSync(join(process.cwd(), 'content', 'pages', 'en')).length;
  expect(contentPages).toBeGreaterThanOrEqual(47);
  for (const { code } of locales) {
    const inLocale = [...html.keys()].filter((path) => path.startsWith(`/${code}/`)).length;
    expect(inLocale, code).toBeGreaterThan(contentPages);
  }
});

test('every internal link and asset leads to a file in the build', () => {
  const broken: string[] = [];
  for (const [page, text] of html) {
    for (const target of [...attributes(text, 'href'), ...attributes(text, 'src')]) {
      if (!target.startsWith('/') || target.startsWith('//')) continue;
      const path = decodeURI(target.split(/[?#]/)[0]!);
      const file = path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
      if (!existsSync(file)) broken.push(`${page} → ${target}`);
    }
  }
  expect(broken).toEqual([]);
});

test('nothing is loaded from another site: only links may point away', () => {
  const loaded: string[] = [];
  for (const [page, text] of html) {
    for (const tag of text.match(/<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>/g) ?? []) {
      if (/\s(src|href|data)="(https?:)?\/\//.test(tag) && !/rel="(alternate|nofollow noreferrer)"/.test(tag)) loaded.push(`${page}: ${tag}`);
    }
  }
  expect(loaded).toEqual([]);
});

/** Numbers a person could dial, from the data files that record their sources. */
function sourcedNumbers(): Set<string> {
  const numbers = new Set<string>();
  const contacts = ['emergency-contacts.yaml', 'helplines.yaml'].flatMap(
    (file) => parse(readFileSync(join(process.cwd(), 'content', file), 'utf8')) as { number?: string; sources: unknown[] }[],
  );
  for (const contact of contacts) {
    expect(contact.sources.length).toBeGreaterThan(0);
    if (contact.number) numbers.add(contact.number.replace(/\D/g, ''));
  }
  const servicesDir = join(process.cwd(), 'content', 'services');
  // Local services sit in subfolders (content/services/local/<region>/).
  const files = existsSync(servicesDir) ? readdirSync(servicesDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.yaml')) : [];
  for (const file of files) {
    const record = parse(readFileSync(join(servicesDir, file), 'utf8')) as { phones?: { number: string }[]; source: unknown[] };
    expect(record.source.length, file).toBeGreaterThan(0);
    for (const phone of record.phones ?? []) numbers.add(phone.number.replace(/\D/g, ''));
  }
  return numbers;
}

test('every phone number on the site is one we hold a source for', () => {
  const sourced = sourcedNumbers();
  expect(sourced).toContain('999');
  const unsourced: string[] = [];
  for (const [page, text] of html) {
    for (const href of attributes(text, 'href').filter((value) => value.startsWith('tel:') || value.startsWith('sms:'))) {
      if (!sourced.has(href.replace(/\D/g, ''))) unsourced.push(`${page}: ${href}`);
    }
    // Numbers written in text: runs of digit groups ("0808 80 10 800", "116 123", "101"),
    // three digits or more, that are not years or percentages.
    // The sources list cites documents ("Housing Act 1996, section 198"): references, not numbers to call.
    // Nor are counts of services ("127 services"), or the text of links to websites ("silk1069.com",
    // "Website: 247sexualabusesupport.org.uk"): a number to call is always a tel: link or plain text.
    const visible = text
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<section class="sources"[\s\S]*?<\/section>/g, '')
      .replace(/<option\b[\s\S]*?<\/option>/g, '')
      .replace(/<span class="hint" data-count>[^<]*<\/span>/g, '')
      .replace(/<a href="https?:\/\/[^"]*"[^>]*>[\s\S]*?<\/a>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ');
    for (const match of visible.matchAll(/(?<![\d,.])\+?\d+(?: \d+)*(?![\d,.]*%)(?![\d,])/g)) {
      const digits = match[0].replace(/\D/g, '');
      if (digits.length < 3 || /^(19|20)\d\d$/.test(digits)) continue;
      // Ofcom keeps 07700 900000–900999 for drama and examples: it reaches no one, so form hints use it.
      if (/^07700900\d{3}$/.test(digits) && !text.includes(`tel:${digits}`)) continue;
      if (!sourced.has(digits)) unsourced.push(`${page}: ${match[0]}`);
    }
  }
  expect(unsourced).toEqual([]);
});

test('every locale has built exactly the same pages as English', () => {
  const pages = builtPages();
  const slugsFor = (locale: string) => pages.filter((page) => page.locale === locale).map((page) => page.slug);
  const english = slugsFor(defaultLocale);
  expect(english).toContain('');
  for (const locale of locales) expect(slugsFor(locale.code), locale.code).toEqual(english);
});

test('regional services are listed on their nation’s browse page, and every record on some need page', () => {
  const england = html.get('/en/directory/nation/england/index.html')!;
  expect(england).toContain('id="service-refuge4pets"');
  const needPages = [...html]
    .filter(([page]) => page.startsWith('/en/directory/need/'))
    .map(([, text]) => text)
    .join('');
  const records = readdirSync(join(process.cwd(), 'content', 'services')).filter((name) => name.endsWith('.yaml'));
  expect(records.length).toBeGreaterThanOrEqual(31);
  for (const file of records) expect(needPages, file).toContain(`id="service-${file.replace(/\.yaml$/, '')}"`);
});

test('the directory never offers an empty list: every browse link leads to at least one service', () => {
  const empty: string[] = [];
  for (const { code } of locales) {
    const page = html.get(`/${code}/directory/index.html`) ?? '';
    const links = [...page.matchAll(new RegExp(`href="(/${code}/directory/(?:need|community|nation|region)/[^"]+)"`, 'g'))].map((match) => match[1]!);
    expect(links.length, code).toBeGreaterThan(20);
    for (const link of links) {
      const target = html.get(`${link}index.html`) ?? '';
      if (!/class="service-card"/.test(target)) empty.push(link);
    }
  }
  expect(empty).toEqual([]);
});

test('no form field can leave what was typed in the browser’s form history', () => {
  const remembering: string[] = [];
  for (const [page, text] of html) {
    if (!page.includes('/forms/')) continue;
    for (const form of text.match(/<form\b[^>]*class="request-form"[^>]*>/g) ?? []) if (!/autocomplete="off"/.test(form)) remembering.push(`${page}: ${form}`);
    for (const control of text.match(/<(input|textarea|select)\b[^>]*>/g) ?? []) {
      if (/type="(hidden|submit|radio|checkbox)"/.test(control)) continue;
      if (!/autocomplete="off"/.test(control)) remembering.push(`${page}: ${control.slice(0, 120)}`);
    }
  }
  expect(html.size).toBeGreaterThan(0);
  expect(remembering).toEqual([]);
});
