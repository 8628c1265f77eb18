/**
 * Runs in a right-to-left page: finds Latin-script names, URLs and multi-part numbers that are
 * not isolated from the Arabic around them. Unisolated, the bidi algorithm reorders their parts
 * ("999 BSL" shows as "BSL 999", "07700 900 982" as "982 900 07700"). A run counts as isolated
 * inside an element whose computed unicode-bidi isolates it (bdi, any [dir], .tel), inside an
 * element whose direction is ltr, or between U+2066…U+2068 and U+2069 in the text itself.
 * Self-contained, because page.evaluate sends its source.
 */
export interface Unisolated {
  text: string;
  context: string;
}

export function unisolatedLatinRuns(): Unisolated[] {
  const found: Unisolated[] = [];
  // Two or more Latin letters-or-digits groups joined by spaces or punctuation: a name of several
  // words, a URL, a number in parts. One word alone cannot be reordered inside itself.
  const run = /[A-Za-z0-9][A-Za-z0-9'’]*(?:[ \u00a0.,:/\-–+&()@]+[A-Za-z0-9][A-Za-z0-9'’]*)+/g;
  const isolatedBy = (element: Element | null): boolean => {
    for (let node = element; node && node !== document.documentElement; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.direction === 'ltr') return true;
      if (/isolate|plaintext/.test(style.unicodeBidi)) return true;
    }
    return false;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, [hidden], .visually-hidden, [aria-hidden="true"]')) continue;
    const text = node.textContent ?? '';
    if (!/[A-Za-z0-9]/.test(text) || isolatedBy(parent)) continue;
    // Text between isolate marks is already isolated.
    const open = text.replace(/[\u2066\u2067\u2068][^\u2069]*\u2069/g, ' ');
    for (const match of open.matchAll(run)) found.push({ text: match[0], context: text.trim().slice(0, 80) });
  }
  return found;
}
