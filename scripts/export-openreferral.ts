/**
 * `npm run directory:export [-- --out dist/openreferral/services.json]`: the directory as
 * Open Referral UK 3.0 JSON, from content/services/ and its subfolders (every file validated on
 * the way), with taxonomy terms named as the English site names them.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fromRecord, type TermLabels } from '../src/directory/oruk/from-record.ts';
import { recordFromYaml } from '../src/directory/oruk/record-file.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist/openreferral/services.json' }, from: { type: 'string', default: 'content/services' } },
});
const english = JSON.parse(readFileSync('locales/en/directory.json', 'utf8')) as {
  need: Record<string, string>;
  community: Record<string, string>;
  feature: Record<string, string>;
};
const labels: TermLabels = { need: english.need, community: english.community, feature: english.feature };
const files = readdirSync(values.from!, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const services = files.map((name) => {
  try {
    return fromRecord(recordFromYaml(readFileSync(join(values.from!, name), 'utf8')), labels);
  } catch (error) {
    console.error(`${name}: ${(error as Error).message}`);
    return process.exit(1);
  }
});
mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, JSON.stringify(services, null, 2));
console.log(`Exported ${services.length} service(s) to ${values.out}.`);
