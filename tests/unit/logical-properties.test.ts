/**
 * Right-to-left pages mirror only if styles say "start" and "end", not "left" and "right".
 * Every stylesheet and component style in src/ uses logical properties; this fails on a
 * physical one (margin-left, padding-right, left:, text-align: right, float: left, …).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const physical = [
  /\b(margin|padding|border|scroll-margin|scroll-padding)-(left|right)\b/,
  /\bborder-(top|bottom)-(left|right)-radius\b/,
  /(^|[\s;{])(left|right)\s*:/,
  /\b(text-align|float|clear)\s*:\s*(left|right)\b/,
  // Inline styles in TSX.
  /\b(margin|padding)(Left|Right)\b/,
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.(css|astro|tsx)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** The CSS in a file: all of a .css file, the <style> blocks of an .astro file, style objects in .tsx. */
function styles(file: string, text: string): string {
  if (file.endsWith('.css')) return text;
  if (file.endsWith('.astro')) return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
  return [...text.matchAll(/style=\{\{([\s\S]*?)\}\}/g)].map((match) => match[1]).join('\n');
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

test('styles use logical properties only', () => {
  const found: string[] = [];
  const all = files(join(process.cwd(), 'src'));
  expect(all.some((file) => file.endsWith('global.css'))).toBe(true);
  for (const file of all) {
    const css = withoutComments(styles(file, readFileSync(file, 'utf8')));
    css.split('\n').forEach((line, index) => {
      if (physical.some((pattern) => pattern.test(line))) found.push(`${file}:${index + 1}: ${line.trim()}`);
    });
  }
  expect(found).toEqual([]);
});

test('the check finds a physical property', () => {
  const sample = '.card { margin-left: 1rem; }\n.x { right: 0 }\n.y { text-align: left }';
  expect(sample.split('\n').filter((line) => physical.some((pattern) => pattern.test(line)))).toHaveLength(3);
});
