/**
 * The ways to browse the directory without JavaScript: by need, by community served and
 * by nation. Each value has a static page at /<locale>/directory/<facet>/<value>/. They
 * select from entries (entry.ts), whose nations already include UK-wide and regional cover.
 */
import { communities, nations, needs } from './taxonomy.ts';
import type { DirectoryEntry } from './entry.ts';

export const facets = {
  need: { values: needs, select: (entries: DirectoryEntry[], value: string) => entries.filter((entry) => (entry.needs as string[]).includes(value)) },
  community: { values: communities, select: (entries: DirectoryEntry[], value: string) => entries.filter((entry) => (entry.communities as string[]).includes(value)) },
  nation: { values: nations, select: (entries: DirectoryEntry[], value: string) => entries.filter((entry) => (entry.nations as string[]).includes(value)) },
} as const;

export type Facet = keyof typeof facets;
export const facetNames = Object.keys(facets) as Facet[];

export const browsePath = (locale: string, facet: Facet, value: string) => `/${locale}/directory/${facet}/${value}/`;
