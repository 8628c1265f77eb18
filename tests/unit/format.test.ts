import { describe, expect, test } from 'vitest';
import { escapeHtml, fill, plural, richText } from '../../src/i18n/format.ts';

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

describe('fill and plural: the {{value}} slots islands and the server fill', () => {
  test('fill puts plain values in, leaving nothing raw', () => {
    expect(fill('Showing services that cover {{area}}.', { area: 'Cornwall' })).toBe('Showing services that cover Cornwall.');
    expect(fill('{{a}} and {{missing}}', { a: 1 })).toBe('1 and ');
  });

  test('plural picks the form each language uses for the count', () => {
    const en = { one: '{{count}} service found', other: '{{count}} services found' };
    expect(plural(en, 'en', 1)).toBe('1 service found');
    expect(plural(en, 'en', 3)).toBe('3 services found');
    const cy = {
      zero: 'dim ({{count}})',
      one: 'un ({{count}})',
      two: 'dau ({{count}})',
      few: 'ychydig ({{count}})',
      many: 'llawer ({{count}})',
      other: 'eraill ({{count}})',
    };
    expect([0, 1, 2, 3, 6, 7].map((count) => plural(cy, 'cy', count))).toEqual(['dim (0)', 'un (1)', 'dau (2)', 'ychydig (3)', 'llawer (6)', 'eraill (7)']);
    const pl = { one: '{{count}} usługa', few: '{{count}} usługi', many: '{{count}} usług', other: '{{count}} usługi' };
    expect([1, 3, 5, 22].map((count) => plural(pl, 'pl', count))).toEqual(['1 usługa', '3 usługi', '5 usług', '22 usługi']);
  });

  test('a language form missing from a string falls back to "other" rather than showing nothing', () => {
    expect(plural({ other: '{{count}} x' }, 'ar', 2)).toBe('2 x');
  });
});
