/**
 * "Talk to someone now", read from the built pages: every page that must carry the four nations'
 * 24-hour lines has all four, each named with its nation, Wales first in Welsh; and anywhere on
 * the site a nation's line is shown, its nation's name is shown with it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { builtPages, distDir, templatePages } from '../support/site.ts';
import { locales } from '../../src/i18n/locales.ts';
import { helplineOrder, hubSlugs, showsTalkNow } from '../../src/helplines/talk-now.ts';
import type { PageData } from '../../src/content/page-schema.ts';

interface Line {
  nation: string;
  number: string;
}
const lines = parse(readFileSync(join(process.cwd(), 'content', 'helplines.yaml'), 'utf8')) as Line[];
const nationName = (locale: string, nation: string) =>
  (JSON.parse(readFileSync(join(process.cwd(), 'locales', locale, 'directory.json'), 'utf8')) as { nation: Record<string, string> }).nation[nation]!;
const digits = (text: string) => text.replace(/\D/g, '');

/** The English pages' frontmatter, by slug: which pages must carry the block. */
const frontmatter = new Map(
  readdirSync(join(process.cwd(), 'content', 'pages', 'en')).map((file) => {
    const text = readFileSync(join(process.cwd(), 'content', 'pages', 'en', file), 'utf8');
    const data = parse(text.split(/^---$/m)[1]!) as Pick<PageData, 'audience'> & { blocks?: PageData['blocks'] };
    return [file.replace(/\.md$/, ''), { audience: data.audience, blocks: data.blocks ?? [] }];
  }),
);

const document = (path: string) => parseHTML(readFileSync(join(distDir, path, 'index.html'), 'utf8')).document;

test('every survivor, someone-else, hub and Easy Read page, and home, carries all four lines with their nations, in every locale', { timeout: 60_000 }, () => {
  const mustCarry = [...frontmatter].filter(([slug, data]) => showsTalkNow(slug, data)).map(([slug]) => slug);
  // The rule itself: nothing a survivor or a friend reads is left out.
  for (const [slug, data] of frontmatter) {
    if (data.audience === 'survivor' || data.audience === 'someone-else' || data.blocks.includes('easy-read') || (hubSlugs as readonly string[]).includes(slug))
      expect(mustCarry, slug).toContain(slug);
  }
  const problems: string[] = [];
  for (const { code } of locales) {
    for (const slug of ['', ...mustCarry]) {
      const path = slug ? `/${code}/${slug}/` : `/${code}/`;
      const block = document(path).querySelector('[data-talk-now]');
      if (!block) {
        problems.push(`${path}: no "Talk to someone now" block`);
        continue;
      }
      const shown = [...block.querySelectorAll('[data-nation]')].map((item) => ({
        nation: item.getAttribute('data-nation')!,
        text: item.textContent ?? '',
        tel: item.querySelector('a[href^="tel:"]')?.getAttribute('href') ?? '',
      }));
      expect(
        shown.map((item) => item.nation),
        path,
      ).toEqual(helplineOrder(code));
      for (const item of shown) {
        const line = lines.find((candidate) => candidate.nation === item.nation)!;
        if (digits(item.tel) !== digits(line.number)) problems.push(`${path}: ${item.nation} line is not ${line.number}`);
        if (!item.text.includes(nationName(code, item.nation))) problems.push(`${path}: ${item.nation} line without its nation's name`);
      }
    }
  }
  expect(problems).toEqual([]);
  expect(helplineOrder('cy')[0]).toBe('wales');
});

// Parses every built page: allowed longer than the 5 s default on a busy machine.
test('anywhere a nation’s 24-hour line is shown, the nation is named beside it', { timeout: 60_000 }, () => {
  const problems: string[] = [];
  let seen = 0;
  // The handler's response pages too: they list the lines when a form cannot be sent.
  for (const page of [...builtPages(), ...templatePages()]) {
    const doc = document(page.path);
    for (const line of lines) {
      for (const link of doc.querySelectorAll(`a[href="tel:${digits(line.number)}"]`)) {
        seen += 1;
        const holder = link.closest('[data-nation], article, section');
        const text = holder?.textContent ?? '';
        if (!text.includes(nationName(page.locale, line.nation)) && !text.includes(nationName('en', line.nation)))
          problems.push(`${page.path}: ${line.number} shown without ${line.nation}`);
      }
    }
  }
  expect(seen).toBeGreaterThan(builtPages().length);
  expect(problems).toEqual([]);
});
