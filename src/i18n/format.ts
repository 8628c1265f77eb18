/**
 * The one place UI strings get their values. Two kinds of slot, both from locales/<lang>/*.json:
 * - {{name}}: a plain value (i18next's own syntax), filled as text by `fill` and `plural`,
 *   in islands as well as on the server;
 * - {name}: trusted HTML (a link, a phone number), put into an escaped sentence by `richText`,
 *   because word order differs between languages and the link must sit where the language puts it.
 * Plural forms are chosen with Intl.PluralRules for the page's language, as i18next does.
 */
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

export type Values = Record<string, string | number>;

/** "Showing services that cover {{area}}." with { area: 'Cornwall' }. A missing value leaves the slot empty. */
export function fill(template: string, values: Values = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** A string's plural forms by CLDR category ("one", "few", "other"…), each with {{count}}. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

/** The form this language uses for `count`, filled: "3 services found", "3 wasanaeth wedi’u canfod". */
export function plural(forms: PluralForms, locale: string, count: number, values: Values = {}): string {
  const template = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other ?? '';
  return fill(template, { ...values, count });
}

/** An escaped sentence with trusted HTML in its {slots}: "call {emergency}". Unknown slots are an error, never shown raw. */
export function richText(template: string, slots: Record<string, string>): string {
  const unknown = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).filter((name) => !(name! in slots));
  if (unknown.length > 0) throw new Error(`No value for slot(s) ${unknown.join(', ')} in "${template}"`);
  return escapeHtml(template).replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? '');
}
