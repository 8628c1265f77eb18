import { escapeHtml } from '../i18n/format.ts';

/** The tel: address of a number as people write it: "0808 2000 247" → "tel:08082000247". */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/** A phone number as a tap-to-call link. Digits are kept left-to-right inside right-to-left text. */
export function telLink(number: string): string {
  return `<a class="tel" href="${telHref(number)}" dir="ltr">${escapeHtml(number)}</a>`;
}
