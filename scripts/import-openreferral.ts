/**
 * `npm run directory:import -- <feed.json> --source <feed-url> [--out content/services]`
 * Imports an Open Referral UK feed: validates every service first, writes nothing if any
 * fails (each problem named), then writes one YAML file per record (temp file, then rename).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importFeed } from '../src/directory/oruk/import-feed.ts';
import { recordToYaml } from '../src/directory/oruk/record-file.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { source: { type: 'string' }, out: { type: 'string', default: 'content/services' } } });
const file = positionals[0];
if (!file || !values.source || !URL.canParse(values.source)) {
  console.error('Usage: npm run directory:import -- <feed.json> --source <the feed’s URL> [--out <folder>]');
  process.exit(2);
}
let json: string;
try {
  json = readFileSync(file, 'utf8');
} catch {
  console.error(`Cannot read ${file}`);
  process.exit(1);
}
const result = importFeed(json, { sourceUrl: values.source, today: new Date().toISOString().slice(0, 10) });
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
if (result.unmapped.length > 0) console.log(`Taxonomy terms with no mapping (add them to src/directory/oruk/taxonomy-map.ts): ${result.unmapped.join(', ')}`);
