/** Loads a locale's areas.json once per page, however many islands ask (the typeahead's data). */
import type { AreasFile } from './force.ts';

const loads = new Map<string, Promise<AreasFile>>();

export function fetchAreas(url: string): Promise<AreasFile> {
  let load = loads.get(url);
  if (!load) {
    load = fetch(url).then((response) => (response.ok ? (response.json() as Promise<AreasFile>) : { areas: [], forces: {} }));
    // A failed load is not kept, so the next use can try again.
    load.catch(() => loads.delete(url));
    loads.set(url, load);
  }
  return load;
}
