/**
 * The place names a directory record's cover keys stand for, so that typing a town or a
 * council into the directory's search finds the services that cover it: "la:rotherham" is
 * Rotherham and its towns; "force:south-yorkshire" is every council and town in that force.
 * Regions and nations are left out: "England" would match every service in it.
 */
import type { PlaceWords } from '../directory/entry.ts';
import { toAreas } from './area.ts';
import type { NationAreas } from './schema.ts';

export function placeWordsFor(files: NationAreas[], locale: string): PlaceWords {
  const byKey = new Map<string, string[]>();
  for (const area of toAreas(files, locale)) {
    const names = [area.name, ...area.places];
    byKey.set(`la:${area.id}`, names);
    byKey.set(`force:${area.force}`, [...(byKey.get(`force:${area.force}`) ?? []), ...names]);
  }
  return (key) => byKey.get(key) ?? [];
}
