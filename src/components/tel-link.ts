import { escapeHtml } from '../i18n/rich-text.ts';

/** A phone number as a tap-to-call link. Digits are kept left-to-right inside right-to-left text. */
export function telLink(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return `<a class="tel" href="tel:${digits}" dir="ltr">${escapeHtml(number)}</a>`;
}
