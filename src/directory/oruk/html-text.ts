/**
 * Council feeds put HTML in descriptions ("<p>We provide&nbsp;support…</p>"). The directory
 * stores plain text: parse it as HTML (linkedom, already used by the handler), keep the text,
 * and turn block ends into spaces so words do not run together.
 */
import { parseHTML } from 'linkedom';

export function htmlToText(value: string): string {
  if (!/[<&]/.test(value)) return value.replace(/\s+/g, ' ').trim();
  const spaced = value.replace(/<(br|\/p|\/h\d|\/li|\/div)\b[^>]*>/gi, ' $&');
  const { document } = parseHTML(`<!doctype html><html><body>${spaced}</body></html>`);
  return (document.body.textContent ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
