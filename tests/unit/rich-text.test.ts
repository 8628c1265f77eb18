import { describe, expect, test } from 'vitest';
import { escapeHtml, richText } from '../../src/i18n/rich-text.ts';

describe('richText', () => {
  test('escapes the sentence and fills slots with trusted HTML, in the translation’s word order', () => {
    expect(richText('Call {n} <now> & "fast"', { n: '<a href="tel:999">999</a>' })).toBe('Call <a href="tel:999">999</a> &lt;now&gt; &amp; &quot;fast&quot;');
    expect(richText('{b} ثم {a}', { a: '1', b: '2' })).toBe('2 ثم 1');
  });

  test('refuses a slot with no value rather than showing a broken sentence', () => {
    expect(() => richText('Call {emergency}', {})).toThrow(/emergency/);
  });

  test('escapeHtml escapes the five HTML characters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});
