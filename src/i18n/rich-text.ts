/**
 * Translated sentences sometimes need a link or number inside them, and word order
 * differs between languages. Strings mark those places with single-brace slots,
 * "call {emergency}", which i18next leaves alone (its own syntax is {{double}}).
 * This escapes the sentence and puts trusted HTML into the slots.
 */
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

export function richText(template: string, slots: Record<string, string>): string {
  const unknown = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).filter((name) => !(name! in slots));
  if (unknown.length > 0) throw new Error(`No value for slot(s) ${unknown.join(', ')} in "${template}"`);
  return escapeHtml(template).replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? '');
}
