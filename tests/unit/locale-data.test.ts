/**
 * Adding a locale touches only src/i18n/locales.ts, locales/<code>/ and content/pages/<code>/:
 * no code may branch on one locale's code (Welsh names live in the area data as names.cy,
 * Wales leading the helplines in Welsh is locales.ts's leadNation).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { forceName } from '../../src/areas/force.ts';
import { helplineOrder } from '../../src/helplines/talk-now.ts';

const sourceFiles = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|tsx|astro|js)$/.test(file) && !file.endsWith(join('i18n', 'locales.ts')))
  .map((file) => join('src', file));

test('no source file branches on a particular locale code', () => {
  const codes = localeCodes.join('|');
  const branch = new RegExp(`(locale|code|lang)(\\.code)?\\s*[!=]==?\\s*['"](${codes})['"]|\\{\\s*(${codes})\\s*:\\s*['"]`);
  const offenders = sourceFiles.filter((file) => branch.test(readFileSync(file, 'utf8')));
  expect(sourceFiles.length).toBeGreaterThan(50);
  expect(offenders).toEqual([]);
});

test('names in other languages come from the data, whatever the locale', () => {
  expect(forceName({ name: 'Gwent Police', names: { cy: 'Heddlu Gwent' } }, 'cy')).toBe('Heddlu Gwent');
  expect(forceName({ name: 'Gwent Police', names: { cy: 'Heddlu Gwent' } }, 'pl')).toBe('Gwent Police');
  expect(helplineOrder('cy')[0]).toBe('wales');
  expect(helplineOrder('en')[0]).toBe('england');
});
