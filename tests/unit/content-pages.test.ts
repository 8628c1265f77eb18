/**
 * Content pages: the frontmatter schema refuses a page without sources or a review date,
 * and the English pathway pages are plain enough to read. Hub pages must be at a reading
 * age of 11 or under (Flesch–Kincaid grade + 5); the figures for every page are printed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { pageSchema } from '../../src/content/page-schema.ts';
import { readability } from '../../src/content-checks/readability.ts';

const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;

test('the page schema refuses a page with no sources or no review date, and accepts a complete one', () => {
  const complete = frontmatter('content/pages/en/help-for-you.md');
  expect(pageSchema.safeParse(complete).success).toBe(true);
  const { sources: _sources, ...noSources } = complete;
  const { reviewed: _reviewed, ...noReview } = complete;
  const issues = (data: unknown) => (pageSchema.safeParse(data).error?.issues ?? []).map((issue) => issue.path.join('.'));
  expect(issues(noSources)).toContain('sources');
  expect(issues(noReview)).toContain('reviewed');
  // A source needs a title and a publisher; its year only where the page shows one (never guessed).
  expect(issues({ ...complete, sources: [{ title: 'A report' }] })).toContain('sources.0.publisher');
  expect(issues({ ...complete, sources: [{ title: 'A report', publisher: 'Someone', year: 'recent' }] })).toContain('sources.0.year');
  expect(issues({ ...complete, sources: [{ title: 'A report', publisher: 'Someone' }] })).toEqual([]);
  expect(issues({ ...complete, needs: ['astrology'] })).toContain('needs.0');
});

test('every English page parses with the schema', () => {
  for (const file of readdirSync('content/pages/en')) expect(pageSchema.safeParse(frontmatter(`content/pages/en/${file}`)).success, file).toBe(true);
});

const hubs = ['help-for-you.md', 'your-behaviour.md', 'someone-else.md'];

test('hub pages read at age 11 or under; every page’s figure is printed', () => {
  const rows = readdirSync('content/pages/en').map((file) => ({ file, ...readability(readFileSync(`content/pages/en/${file}`, 'utf8')) }));
  console.info(
    [
      'reading age  page',
      ...rows
        .sort((a, b) => b.readingAge - a.readingAge)
        .map((row) => `${row.readingAge.toFixed(1).padStart(11)}  ${row.file}${hubs.includes(row.file) ? ' (hub)' : ''}`),
    ].join('\n'),
  );
  for (const hub of hubs) expect(rows.find((row) => row.file === hub)!.readingAge, hub).toBeLessThanOrEqual(11);
});

test('the readability measure tells plain text from hard text', () => {
  const plain = readability('You are not alone. We believe you. Help is free.');
  const hard = readability(
    'Notwithstanding the aforementioned considerations, practitioners should contemporaneously evaluate multidimensional safeguarding responsibilities.',
  );
  expect(plain.readingAge).toBeLessThan(9);
  expect(hard.readingAge).toBeGreaterThan(16);
});

// design.md: copy for the person who harms says "people who harm" or "you", never a label they would
// stop reading at. Their pages and the self-check's questions are checked word by word.
test('pages for people worried about their own behaviour, and the self-check, never call them a perpetrator or an abuser', () => {
  const labels = /\b(perpetrators?|abusers?)\b/i;
  const theirPages = readdirSync('content/pages/en').filter((file) => frontmatter(`content/pages/en/${file}`).audience === 'self');
  expect(theirPages.length).toBeGreaterThanOrEqual(4);
  for (const file of theirPages) expect(readFileSync(`content/pages/en/${file}`, 'utf8'), file).not.toMatch(labels);
  expect(readFileSync('locales/en/self-check.yaml', 'utf8')).not.toMatch(labels);
});
