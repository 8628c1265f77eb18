/**
 * The area data as pages use it, checked once per build: a broken reference fails the
 * build with every problem listed, rather than a route finder sending someone to nowhere.
 */
import { getCollection } from 'astro:content';
import { checkAreas, knownCoverKeys } from './check.ts';
import type { AreaSource, NationAreas, PoliceForce } from './schema.ts';

export interface AreaData {
  sources: AreaSource[];
  forces: PoliceForce[];
  files: NationAreas[];
}

let loaded: Promise<AreaData> | undefined;

async function load(): Promise<AreaData> {
  const sources = (await getCollection('areaSources')).map((entry) => entry.data);
  const forces = (await getCollection('policeForces')).map((entry) => entry.data);
  const files = (await getCollection('localAuthorities')).map((entry) => entry.data);
  const problems = checkAreas(sources, forces, files);
  // Every area a directory record says it covers must be one we know.
  const known = knownCoverKeys(forces, files);
  for (const { data } of await getCollection('services')) {
    for (const area of data.service_areas) {
      if (area.type !== 'region') continue;
      for (const key of area.covers)
        if (!known.has(key)) problems.push(`content/services/${data.id}.yaml: region "${area.region}" covers unknown area "${key}"`);
    }
  }
  if (problems.length > 0) throw new Error(`content/areas:\n  ${problems.join('\n  ')}`);
  return { sources, forces, files };
}

export function areaData(): Promise<AreaData> {
  return (loaded ??= load());
}
