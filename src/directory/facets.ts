/**
 * The ways to browse the directory without JavaScript: by need, by community served, by
 * nation and by region of England. Each value has a static page at
 * /<locale>/directory/<facet>/<value>/. They select from entries (entry.ts); a nation or
 * region takes in services that cover any part of it (a scheme for Devon is on South West).
 */
import { coversAny, keysWithin, type Area } from '../areas/area.ts';
import { englishRegions } from '../areas/regions.ts';
import { communities, nations, needs } from './taxonomy.ts';
import type { DirectoryEntry } from './entry.ts';

type Located = Pick<Area, 'id' | 'nation' | 'region' | 'force'>;
type Select = (entries: DirectoryEntry[], value: string, areas: Located[]) => DirectoryEntry[];

const within = (entries: DirectoryEntry[], areas: Located[]) => {
  const keys = keysWithin(areas);
  return entries.filter((entry) => coversAny(entry.covers, keys));
};

export const facets: Record<'need' | 'community' | 'nation' | 'region', { values: readonly string[]; select: Select }> = {
  need: { values: needs, select: (entries, value) => entries.filter((entry) => (entry.needs as string[]).includes(value)) },
  community: { values: communities, select: (entries, value) => entries.filter((entry) => (entry.communities as string[]).includes(value)) },
  nation: { values: nations, select: (entries, value) => entries.filter((entry) => (entry.nations as string[]).includes(value)) },
  region: {
    values: englishRegions,
    select: (entries, value, areas) =>
      within(
        entries,
        areas.filter((area) => area.region === value),
      ),
  },
};

export type Facet = keyof typeof facets;
export const facetNames = Object.keys(facets) as Facet[];

export const browsePath = (locale: string, facet: Facet, value: string) => `/${locale}/directory/${facet}/${value}/`;
