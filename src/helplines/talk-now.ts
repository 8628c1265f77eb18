/**
 * The "Talk to someone now" block: which pages carry it and in what order it lists the four
 * nations' 24-hour lines. Kept apart from the component so the tests can apply the same rules
 * to the built pages.
 */
import type { PageData } from '../content/page-schema.ts';
import { getLocale, isLocale } from '../i18n/locales.ts';

export const nationOrder = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type HelplineNation = (typeof nationOrder)[number];

/** The nation whose line a locale's readers most likely need comes first (locales.ts): Welsh pages lead with Wales. */
export function helplineOrder(locale: string): HelplineNation[] {
  const lead = isLocale(locale) ? getLocale(locale).leadNation : undefined;
  return lead ? [lead, ...nationOrder.filter((nation) => nation !== lead)] : [...nationOrder];
}

/** The hubs: the three doors from the home page. */
export const hubSlugs = ['help-for-you', 'your-behaviour', 'someone-else'] as const;

/** Pages about the site itself, and the printable checklist, which may be printed and found. */
const withoutTalkNow = ['privacy', 'accessibility', 'clares-law-prepare'];

/**
 * Every page for survivors, for people helping someone or for everyone, every hub and every
 * Easy Read page. Topic pages for people worried about their own behaviour lead with the
 * Respect Phoneline instead: the nation lines are for people being harmed.
 */
export function showsTalkNow(slug: string, page: Pick<PageData, 'audience' | 'blocks'>): boolean {
  if ((hubSlugs as readonly string[]).includes(slug) || page.blocks.includes('easy-read')) return true;
  return page.audience !== 'self' && !withoutTalkNow.includes(slug);
}
