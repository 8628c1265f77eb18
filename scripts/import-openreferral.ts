/**
 * `npm run directory:import -- <feed.json> --source <feed-url> [--council <id>] [--out <folder>] [--strict]`
 *
 * Imports the domestic abuse services from an Open Referral UK feed as councils publish it (HSDS
 * 1.0 or 3.0 shapes, a bare list, an API page or a dump of pages): HTML in descriptions becomes
 * text, services that say nothing of domestic or sexual abuse are left out, and a service with no
 * area gets the council's (`--council`, an id from content/areas). What validates is written, one
 * YAML file per record (temp file, then rename); every service left out is listed with its reason.
 * With --strict, one bad service means nothing is written (exit 1).
 *
 * Numbers in a feed come from one publisher: review the written records against each service's
 * own page (content/services/README.md) before they go live.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { importFeed } from '../src/directory/oruk/import-feed.ts';
import { recordToYaml } from '../src/directory/oruk/record-file.ts';
import type { ImportContext } from '../src/directory/oruk/to-record.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    source: { type: 'string' },
    council: { type: 'string' },
    out: { type: 'string', default: 'content/services' },
    strict: { type: 'boolean', default: false },
  },
});
const file = positionals[0];
if (!file || !values.source || !URL.canParse(values.source)) {
  console.error('Usage: npm run directory:import -- <feed.json> --source <the feed’s URL> [--council <council id>] [--out <folder>] [--strict]');
  process.exit(2);
}

/** The council named by --council, from the area data, so imported services can cover it. */
function findCouncil(id: string): ImportContext['council'] {
  const dir = 'content/areas/local-authorities';
  for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.yaml'))) {
    const areas = parse(readFileSync(join(dir, name), 'utf8')) as {
      nation: NonNullable<ImportContext['council']>['nation'];
      authorities: { id: string; name: string }[];
    };
    const found = areas.authorities.find((authority) => authority.id === id);
    if (found) return { id, name: found.name, nation: areas.nation };
  }
  console.error(`Unknown council "${id}": use an id from content/areas/local-authorities/.`);
  process.exit(2);
}

let json: string;
try {
  json = readFileSync(file, 'utf8');
} catch {
  console.error(`Cannot read ${file}`);
  process.exit(1);
}
const council = values.council ? findCouncil(values.council) : undefined;
const context: ImportContext = { sourceUrl: values.source, today: new Date().toISOString().slice(0, 10), ...(council ? { council } : {}) };
const result = importFeed(json, context, { strict: values.strict! });
if (!result.ok) {
  console.error(`Nothing imported: ${result.errors.length} problem(s).`);
  for (const error of result.errors) console.error(`  ${error}`);
  process.exit(1);
}
mkdirSync(values.out!, { recursive: true });
let updated = 0;
for (const record of result.records) {
  const target = join(values.out!, `${record.id}.yaml`);
  if (existsSync(target)) updated += 1;
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, recordToYaml(record));
  renameSync(temp, target);
}
console.log(`Imported ${result.records.length} service(s) into ${values.out} (${updated} updated).`);
if (result.skipped.length > 0) {
  console.log(`Left out ${result.skipped.length} service(s):`);
  for (const item of result.skipped) console.log(`  ${item.label}: ${item.reason}`);
}
if (result.notes.length > 0) {
  console.log('Check these:');
  for (const note of result.notes) console.log(`  ${note}`);
}
if (result.unmapped.length > 0) console.log(`Taxonomy terms with no mapping (add them to src/directory/oruk/taxonomy-map.ts): ${result.unmapped.join(', ')}`);
