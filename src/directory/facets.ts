/**
 * The ways to browse the directory without JavaScript: by need, by community served and
 * by nation. Each value has a static page at /<locale>/directory/<facet>/<value>/.
 */
import { communities, nations, needs } from './taxonomy.ts';
import { coversNation, forCommunity, withNeed, type Selectable } from './select.ts';
import type { Community, Nation, Need } from './taxonomy.ts';

export const facets = {
  need: { values: needs, select: <T extends Selectable>(records: T[], value: string) => withNeed(records, value as Need) },
  community: { values: communities, select: <T extends Selectable>(records: T[], value: string) => forCommunity(records, value as Community) },
  nation: { values: nations, select: <T extends Selectable>(records: T[], value: string) => records.filter((record) => coversNation(record, value as Nation)) },
} as const;

export type Facet = keyof typeof facets;
export const facetNames = Object.keys(facets) as Facet[];

export const browsePath = (locale: string, facet: Facet, value: string) => `/${locale}/directory/${facet}/${value}/`;
