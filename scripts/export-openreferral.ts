/**
 * `npm run directory:export [-- --out dist/openreferral/services.json]`: the directory as
 * Open Referral UK JSON, from content/services/ (every file validated on the way).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fromRecord } from '../src/directory/oruk/from-record.ts';
import { recordFromYaml } from '../src/directory/oruk/record-file.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist/openreferral/services.json' }, from: { type: 'string', default: 'content/services' } } });
const files = readdirSync(values.from!).filter((name) => name.endsWith('.yaml')).sort();
const services = files.map((name) => {
  try {
    return fromRecord(recordFromYaml(readFileSync(join(values.from!, name), 'utf8')));
  } catch (error) {
    console.error(`${name}: ${(error as Error).message}`);
    process.exit(1);
  }
});
mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, JSON.stringify(services, null, 2));
console.log(`Exported ${services.length} service(s) to ${values.out}.`);
