/**
 * `npm run directory:coverage`: checks every record in content/services/ against the schema
 * and the area data (the same rules the build applies), then prints, per nation and per need,
 * how many council areas have at least one local service, and lists the council areas with none;
 * then how many by-and-for organisations there are for each community, and where they work.
 *
 * "Local" means a record whose service area names councils (`la:`) or police force areas
 * (`force:`): a service commissioned for a county or a force area serves every council in it.
 * ONS-region, nation and UK-wide records are regional or national, not local.
 *
 *   node scripts/directory-coverage.ts [--dir content/services] [--quiet]
 * Exit code 1 when a record is invalid.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { serviceSchema, type ServiceRecord } from '../src/directory/service-schema.ts';
import { communities, needs, nations, type Nation } from '../src/directory/taxonomy.ts';

interface Authority {
  id: string;
  name: string;
  force: string;
  region?: string;
}
interface AreaFile {
  nation: Nation;
  authorities: Authority[];
}

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1]! : join(root, 'content/services');
const quiet = args.includes('--quiet');

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

const areaFiles: AreaFile[] = yamlFiles(join(root, 'content/areas/local-authorities')).map((path) => parse(readFileSync(path, 'utf8')) as AreaFile);
const authorities = areaFiles.flatMap((file) => file.authorities.map((authority) => ({ ...authority, nation: file.nation })));
const forces = new Set((parse(readFileSync(join(root, 'content/areas/police-forces.yaml'), 'utf8')) as { id: string }[]).map((force) => force.id));
const regions = new Set(authorities.flatMap((authority) => (authority.region ? [authority.region] : [])));

const problems: string[] = [];
const records: ServiceRecord[] = [];
const ids = new Map<string, string>();
for (const path of yamlFiles(dir)) {
  const name = relative(root, path);
  const parsed = serviceSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    problems.push(`${name}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    continue;
  }
  const record = parsed.data;
  if (ids.has(record.id)) problems.push(`${name}: id "${record.id}" is also used by ${ids.get(record.id)}`);
  ids.set(record.id, name);
  for (const area of record.service_areas) {
    if (area.type !== 'region') continue;
    for (const key of area.covers) {
      const [kind, id] = key.split(':') as [string, string];
      const known = kind === 'la' ? authorities.some((authority) => authority.id === id) : kind === 'force' ? forces.has(id) : regions.has(id);
      if (!known) problems.push(`${name}: covers unknown area "${key}"`);
    }
  }
  records.push(record);
}

/** The council ids a record serves locally (through la: or force: keys). */
function localCouncils(record: ServiceRecord): Set<string> {
  const served = new Set<string>();
  for (const area of record.service_areas) {
    if (area.type !== 'region') continue;
    for (const key of area.covers) {
      const [kind, id] = key.split(':') as [string, string];
      for (const authority of authorities) {
        if ((kind === 'la' && authority.id === id) || (kind === 'force' && authority.force === id)) served.add(authority.id);
      }
    }
  }
  return served;
}

// Pet fostering schemes cover force areas too, but they are not domestic abuse services.
const active = records.filter((record) => record.service.status === 'active' && record.taxonomy.needs.some((need) => need !== 'pets'));
const local = active.map((record) => ({ record, councils: localCouncils(record) })).filter(({ councils }) => councils.size > 0);
const covered = new Set(local.flatMap(({ councils }) => [...councils]));

const pad = (text: string | number, width: number) => String(text).padStart(width);
const byAndForRecords = records.filter((record) => record.by_and_for);
console.log(`Directory: ${records.length} records (${local.length} local, ${byAndForRecords.length} by-and-for)\n`);
console.log(`${'nation'.padEnd(18)} ${pad('councils', 8)} ${pad('covered', 8)}`);
for (const nation of nations) {
  const inNation = authorities.filter((authority) => authority.nation === nation);
  console.log(`${nation.padEnd(18)} ${pad(inNation.length, 8)} ${pad(inNation.filter((authority) => covered.has(authority.id)).length, 8)}`);
}
console.log(`${'all'.padEnd(18)} ${pad(authorities.length, 8)} ${pad(covered.size, 8)}\n`);

console.log('Council areas with at least one local service offering each need:');
for (const need of needs) {
  const councils = new Set(local.filter(({ record }) => record.taxonomy.needs.includes(need)).flatMap(({ councils }) => [...councils]));
  const byNation = nations.map((nation) => authorities.filter((authority) => authority.nation === nation && councils.has(authority.id)).length);
  console.log(`  ${need.padEnd(24)} ${pad(councils.size, 4)}  (${nations.map((nation, index) => `${nation} ${byNation[index]}`).join(', ')})`);
}

const uncovered = authorities.filter((authority) => !covered.has(authority.id));
if (!quiet || uncovered.length <= 40) {
  console.log(`\nCouncil areas with no local service (${uncovered.length}):`);
  for (const nation of nations) {
    const names = uncovered.filter((authority) => authority.nation === nation).map((authority) => authority.id);
    if (names.length > 0) console.log(`  ${nation}: ${names.join(', ')}`);
  }
}

/** Where a record works: its nations, or "uk" for a UK-wide service. */
function workPlaces(record: ServiceRecord): string[] {
  return [
    ...new Set(record.service_areas.flatMap((area) => (area.type === 'uk' ? ['uk'] : area.type === 'nation' || area.type === 'region' ? [area.nation] : []))),
  ];
}

// Organisations, not records: one organisation may run several services.
const byAndFor = new Map<string, ServiceRecord[]>();
for (const record of byAndForRecords) {
  const organisation = (record.organization?.name ?? record.service.name.en).toLowerCase().trim();
  byAndFor.set(organisation, [...(byAndFor.get(organisation) ?? []), record]);
}
const places = ['uk', ...nations];
console.log(`\nBy-and-for organisations: ${byAndFor.size} (${byAndForRecords.length} records), by the communities they are run by and for:`);
console.log(
  `  ${'community'.padEnd(24)} ${pad('orgs', 4)}  ${places.map((place) => pad(place === 'northern-ireland' ? 'n. ireland' : place === 'uk' ? 'UK-wide' : place, 11)).join('')}`,
);
for (const community of communities) {
  const orgs = [...byAndFor.values()].filter((list) => list.some((record) => record.taxonomy.communities.includes(community)));
  const counts = places.map((place) => orgs.filter((list) => list.some((record) => workPlaces(record).includes(place))).length);
  console.log(`  ${community.padEnd(24)} ${pad(orgs.length, 4)}  ${counts.map((count) => pad(count, 11)).join('')}`);
}

if (problems.length > 0) {
  console.error(`\n${problems.length} invalid record(s):\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
}
