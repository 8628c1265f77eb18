/**
 * Choosing services: which records a browse page or a filter shows, in a stable order.
 * Pure functions over records, shared by the static browse pages and the search island.
 */
import type { Community, Nation, Need } from './taxonomy.ts';

export interface Selectable {
  id: string;
  service: { name: { en: string } & Record<string, string> };
  service_areas: ({ type: 'uk' } | { type: 'nation'; nation: Nation } | { type: 'region'; region: string; nation: Nation } | { type: 'local-authority'; code: string })[];
  taxonomy: { needs: Need[]; communities: Community[] };
}

/** Does a service cover (part of) a nation? UK-wide services do, and those recorded for that nation or a region in it. */
export function coversNation(record: Selectable, nation: Nation): boolean {
  return record.service_areas.some((area) => area.type === 'uk' || ((area.type === 'nation' || area.type === 'region') && area.nation === nation));
}

export const byName = (locale: string) => (a: Selectable, b: Selectable) =>
  (a.service.name[locale] ?? a.service.name.en).localeCompare(b.service.name[locale] ?? b.service.name.en, locale);

export function withNeed<T extends Selectable>(records: T[], need: Need): T[] {
  return records.filter((record) => record.taxonomy.needs.includes(need));
}

export function forCommunity<T extends Selectable>(records: T[], community: Community): T[] {
  return records.filter((record) => record.taxonomy.communities.includes(community));
}
