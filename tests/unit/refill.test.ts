/**
 * The no-JavaScript error page puts a person's answers back. Whatever they typed, markup
 * included, must come back as exactly that text in its field and as nothing else: parsed with
 * parse5 (the WHATWG parser browsers follow), the page has the same elements as before and
 * every field holds the value sent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { expect, test } from 'vitest';
import { refillForm } from '../../src/server/forms/refill.ts';
import { distDir } from '../support/site.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const template = readFileSync(join(distDir, 'en/forms/disclosure-request/index.html'), 'utf8');

function elements(node: Node, found: Element[] = []): Element[] {
  if ('tagName' in node) found.push(node);
  for (const child of 'childNodes' in node ? node.childNodes : []) elements(child, found);
  if ('content' in node && node.content) elements(node.content, found);
  return found;
}
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const text = (element: Element) => element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');

/** The free-text fields of the form: every textarea, and every text-like input but the locale and the honeypot. */
const page = elements(parse(template));
const textFields = page.filter(
  (element) =>
    (element.tagName === 'textarea' || (element.tagName === 'input' && !/^(radio|checkbox|hidden|submit)$/.test(attribute(element, 'type') ?? ''))) &&
    attribute(element, 'name') &&
    !['locale', 'leave_this_blank'].includes(attribute(element, 'name')!),
);

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '</textarea><script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "' onfocus='x",
    'a&amp;b &lt;b&gt; &#60;',
    '<!-- x -->',
    ']]></title><svg onload=x>',
  ),
  fc.array(fc.constantFrom('<', '>', '&', '"', "'", '</textarea>', '<script>', 'amp;', ' ', 'x', '\u00a0', 'é')).map((parts) => parts.join('')),
);

test('there are free-text fields to check', () => {
  expect(textFields.filter((element) => element.tagName === 'textarea').length).toBeGreaterThan(1);
  expect(textFields.filter((element) => element.tagName === 'input').length).toBeGreaterThan(5);
});

test('every refilled value comes back as exactly itself, and the page gains no element', () => {
  const names = textFields.map((element) => attribute(element, 'name')!);
  fc.assert(
    fc.property(fc.array(hostile, { minLength: names.length, maxLength: names.length }), (values) => {
      const answers = Object.fromEntries(names.map((name, index) => [name, values[index]!]));
      const refilled = elements(
        parse(refillForm(template, { answers, errors: [{ name: names[0]!, message: '<b>Enter</b> a name & more' }], errorPrefix: 'Error:' })),
      );
      // Same elements in the same order, apart from the error message's own span.
      const tags = (list: Element[]) => list.map((element) => element.tagName).filter((tag) => tag !== 'span' && tag !== 'li' && tag !== 'a');
      expect(tags(refilled)).toEqual(tags(page).filter((tag) => tag !== 'astro-island'));
      for (const [index, name] of names.entries()) {
        const field = refilled.find((element) => attribute(element, 'name') === name && (element.tagName === 'textarea' || element.tagName === 'input'))!;
        const value = field.tagName === 'textarea' ? text(field).replace(/^\n/, '') : attribute(field, 'value');
        expect(value, name).toBe(values[index]);
      }
    }),
    { numRuns: 150 },
  );
});
