/**
 * Cross-checks the area files against each other: every force and source an entry names
 * exists, every force in England and Wales covers at least one council, and ids are unique.
 * Returns the problems, so the build (load.ts) and the tests report them the same way.
 */
import type { AreaSource, NationAreas, PoliceForce } from './schema.ts';

export function checkAreas(sources: AreaSource[], forces: PoliceForce[], files: NationAreas[]): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(sources.map((source) => source.id));
  const forceById = new Map(forces.map((force) => [force.id, force]));
  const seen = new Set<string>();
  for (const force of forces) {
    for (const source of force.sources) if (!sourceIds.has(source)) problems.push(`police force ${force.id}: unknown source "${source}"`);
  }
  for (const file of files) {
    for (const source of file.sources) if (!sourceIds.has(source)) problems.push(`${file.nation}: unknown source "${source}"`);
    for (const authority of file.authorities) {
      if (seen.has(authority.id)) problems.push(`${file.nation}: local authority id "${authority.id}" is used twice`);
      seen.add(authority.id);
      const force = forceById.get(authority.force);
      if (!force) problems.push(`${file.nation}/${authority.id}: unknown police force "${authority.force}"`);
      else if (force.nation !== file.nation) problems.push(`${file.nation}/${authority.id}: ${force.name} polices ${force.nation}, not ${file.nation}`);
    }
  }
  const policed = new Set(files.flatMap((file) => file.authorities.map((authority) => authority.force)));
  for (const force of forces) if (!policed.has(force.id)) problems.push(`police force ${force.id} covers no local authority`);
  return problems;
}

/** The keys a directory record may name in `covers`, for the service check. */
export function knownCoverKeys(forces: PoliceForce[], files: NationAreas[]): Set<string> {
  return new Set([
    ...files.flatMap((file) => file.authorities.flatMap((authority) => [`la:${authority.id}`, ...(authority.region ? [`region:${authority.region}`] : [])])),
    ...forces.map((force) => `force:${force.id}`),
  ]);
}
