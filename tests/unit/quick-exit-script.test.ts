import { expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { quickExitScript, quickExitSource } from '../../src/components/QuickExit/quick-exit-script.ts';

test('the inlined quick-exit script is under 1 KB', () => {
  expect(Buffer.byteLength(quickExitScript(), 'utf8')).toBeLessThan(1024);
});

test('it leaves with location.replace and never touches the network first', () => {
  expect(quickExitSource).toContain('location.replace(');
  expect(quickExitSource).not.toMatch(/fetch\(|sendBeacon|XMLHttpRequest|location\.assign|location\.href\s*=|window\.open|import\(/);
});

test('it clears this site’s storage and reads its strings from the page, not from code', () => {
  expect(quickExitSource).toMatch(/sessionStorage\.clear\(\)/);
  expect(quickExitSource).toMatch(/localStorage\.clear\(\)/);
  // No English sentence is baked in: every announcement comes from data-* attributes.
  const strings = [...quickExitScript().matchAll(/(["'`])((?:(?!\1).)*)\1/g)].map((match) => match[2]);
  expect(strings.length).toBeGreaterThan(3);
  expect(strings.filter((text) => /\b(press|more|times|expired|loading)\b/i.test(text!))).toEqual([]);
});

test('every beforeunload listener in the site’s code stands aside while quick exit is leaving', () => {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => /\.(tsx?|astro|js)$/.test(file));
  const asking = files.filter((file) => /beforeunload/.test(readFileSync(`src/${file}`, 'utf8')) && !file.endsWith('leaving.ts'));
  expect(asking.length).toBeGreaterThan(0);
  for (const file of asking) expect(readFileSync(`src/${file}`, 'utf8'), file).toMatch(/quickExitIsLeaving\(\)/);
});
