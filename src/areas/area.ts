/**
 * An area as the browser needs it: one local authority with its nation, region and force,
 * named in the page's language, and the cover keys a directory record can match it by.
 */
import type { Nation } from '../directory/taxonomy.ts';
import type { EnglishRegion, NationAreas } from './schema.ts';

export interface Area {
  id: string;
  /** The council's name in the page's language (Welsh names on Welsh pages). */
  name: string;
  nation: Nation;
  region?: EnglishRegion;
  force: string;
  /** Towns and districts people may type instead, in the page's language first. */
  places: string[];
}

export function toAreas(files: NationAreas[], locale: string): Area[] {
  return files
    .flatMap((file) =>
      file.authorities.map((authority) => {
        const name = authority.names[locale] ?? authority.name;
        const own = authority.placeNames[locale] ?? [];
        const others = Object.entries(authority.placeNames).flatMap(([code, names]) => (code === locale ? [] : names));
        // Every form is kept for typing, the reader's own first: a Welsh reader may type "Cardiff" too.
        const places = [...new Set([...own, ...authority.places, ...(name === authority.name ? [] : [authority.name]), ...others])];
        return { id: authority.id, name, nation: file.nation, ...(authority.region ? { region: authority.region } : {}), force: authority.force, places };
      }),
    )
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/**
 * What a directory record can say it covers, from widest to narrowest: the UK, a nation, an
 * English region, a police force area (most are a county or two) or one local authority.
 * An area is covered by a record that names any of its keys.
 */
export function coverKeys(area: Pick<Area, 'id' | 'nation' | 'region' | 'force'>): string[] {
  return ['uk', `nation:${area.nation}`, ...(area.region ? [`region:${area.region}`] : []), `force:${area.force}`, `la:${area.id}`];
}

/** Every key that covers some part of these areas: what a record must name to serve any of them. */
export function keysWithin(areas: Pick<Area, 'id' | 'nation' | 'region' | 'force'>[]): Set<string> {
  return new Set(areas.flatMap(coverKeys));
}

/** Whether a record's covers reach any of the keys. */
export const coversAny = (covers: readonly string[], keys: Set<string>) => covers.some((key) => keys.has(key));
