/** The translated words a service card needs, gathered once per locale for Astro and the island alike. */
import type { Translate } from '../i18n/translator.ts';
import type { KeysUnder, UIKey } from '../i18n/keys.ts';
import { communities, features, nations, needs } from './taxonomy.ts';
import { getLocale, isLocale } from '../i18n/locales.ts';

export interface CardLabels {
  /** The Intl tag dates are written with (locales.ts `intl`: en-GB, cy-GB, ar-GB). */
  locale: string;
  offers: string;
  for: string;
  covers: string;
  contact: string;
  hours247: string;
  hoursCheck: string;
  text: string;
  bsl: string;
  website: string;
  websiteOnly: string;
  byAndFor: string;
  /** "Newest source dated {date}. We checked it on {checked}." */
  sourceDated: string;
  /** Shown beside the number when the newest source is over 3 years old. */
  staleNumber: string;
  sources: string;
  confidential: string;
  need: Record<string, string>;
  community: Record<string, string>;
  feature: Record<string, string>;
  nation: Record<string, string>;
}

export function cardLabels(t: Translate, locale: string): CardLabels {
  // Typed by the English file: a taxonomy id with no label fails the type check.
  const group = <G extends 'need' | 'community' | 'feature' | 'nation'>(name: G, ids: readonly KeysUnder<'directory', G>[]) =>
    Object.fromEntries(ids.map((id) => [id, t(`directory:${name}.${id}` as UIKey)]));
  const card = (key: KeysUnder<'directory', 'card'>) => t(`directory:card.${key}`);
  return {
    locale: isLocale(locale) ? getLocale(locale).intl : locale,
    offers: card('offers'),
    for: card('for'),
    covers: card('covers'),
    contact: card('contact'),
    hours247: card('hours247'),
    hoursCheck: card('hoursCheck'),
    text: card('text'),
    bsl: card('bsl'),
    website: card('website'),
    websiteOnly: card('websiteOnly'),
    byAndFor: card('byAndFor'),
    sourceDated: card('sourceDated'),
    staleNumber: card('staleNumber'),
    sources: card('sources'),
    confidential: card('confidential'),
    need: group('need', needs),
    community: group('community', communities),
    feature: group('feature', features),
    nation: { ...group('nation', nations), uk: t('directory:nation.uk') },
  };
}

/** What an entry is found by besides its own text: its needs, communities and places, in this locale's words. */
export function entryLabeller(labels: CardLabels): (entry: import('./entry.ts').DirectoryEntry) => string {
  return (entry) =>
    [
      ...entry.needs.map((need) => labels.need[need]),
      ...entry.communities.map((community) => labels.community[community]),
      ...entry.nations.map((nation) => labels.nation[nation]),
      ...entry.places,
    ].join(' ');
}
