/**
 * Open Referral UK import and export: a council-style feed imports (refuge addresses
 * dropped, unmapped terms reported), a malformed feed names every bad record and field and
 * writes nothing, and our own export imports back to exactly the same records.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { importFeed } from '../../src/directory/oruk/import-feed.ts';
import { fromRecord } from '../../src/directory/oruk/from-record.ts';
import { toRecord } from '../../src/directory/oruk/to-record.ts';
import { recordFromYaml } from '../../src/directory/oruk/record-file.ts';

const fixtures = join(process.cwd(), 'tests', 'fixtures', 'oruk');
const context = { sourceUrl: 'https://council.example.org/openreferral/services.json', today: '2026-11-23' };
const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-oruk-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function run(script: string, args: string[]) {
  const result = spawnSync(join(process.cwd(), 'node_modules', '.bin', 'node'), [script, ...args], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('importing a council feed', () => {
  test('maps every service, drops a refuge’s address, and reports unmapped terms', () => {
    const result = importFeed(readFileSync(join(fixtures, 'council-feed.json'), 'utf8'), context);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const byId = Object.fromEntries(result.records.map((record) => [record.id, record]));
    expect(Object.keys(byId).sort()).toEqual(['test-council-idva', 'test-council-refuge', 'test-legal', 'test-lgbt-helpline']);
    const refuge = byId['test-council-refuge']!;
    expect(refuge.locations).toEqual([{ type: 'virtual', confidential: true }]);
    expect(JSON.stringify(refuge)).not.toMatch(/Secret Street|ZZ1/);
    expect(refuge.service_areas).toEqual([{ type: 'local-authority', code: 'E06000001' }]);
    expect(refuge.service.languages).toEqual(['en', 'pl']);
    expect(refuge.checked).toEqual(new Date('2025-09-01'));
    expect(byId['test-council-idva']!.taxonomy.needs).toEqual(['outreach-idva']);
    expect(byId['test-council-idva']!.checked).toEqual(new Date('2026-02-14'));
    expect(byId['test-legal']!.taxonomy).toEqual({ needs: ['legal'], communities: [], features: ['bsl'] });
    expect(byId['test-legal']!.checked).toEqual(new Date('2026-11-23'));
    expect(byId['test-lgbt-helpline']!.phones.map((phone) => phone.number)).toEqual(['0808 157 0001']);
    expect(byId['test-lgbt-helpline']!.taxonomy.communities).toEqual(['lgbtq']);
    for (const record of result.records) expect(record.source).toEqual([{ publisher: 'council.example.org', url: context.sourceUrl }]);
    expect(result.unmapped).toEqual(['Gardening']);
  });

  test('the command writes one valid YAML file per service', () => {
    const out = temp();
    const { status, output } = run('scripts/import-openreferral.ts', [join(fixtures, 'council-feed.json'), '--source', context.sourceUrl, '--out', out]);
    expect(output).toContain('Imported 4 service(s)');
    expect(output).toContain('Gardening');
    expect(status).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['test-council-idva.yaml', 'test-council-refuge.yaml', 'test-legal.yaml', 'test-lgbt-helpline.yaml']);
    for (const file of files) expect(recordFromYaml(readFileSync(join(out, file), 'utf8')).id).toBe(file.replace('.yaml', ''));
  });
});

describe('bad input', () => {
  test('a malformed feed names each bad record and field, and nothing is written', () => {
    const out = temp();
    const { status, output } = run('scripts/import-openreferral.ts', [join(fixtures, 'malformed-feed.json'), '--source', context.sourceUrl, '--out', out]);
    expect(status).toBe(1);
    expect(output).toContain('Nothing imported');
    expect(output).toMatch(/services\[1\] \(id "bad-phone"\): phones\.0\.number: a UK phone number/);
    expect(output).toMatch(/services\[3\] \(id "no-name"\): service\.name/);
    expect(output).not.toMatch(/ok-one|ok-two/);
    expect(readdirSync(out)).toEqual([]);
  });

  test('a file that is not JSON, or not a feed, is refused with the reason', () => {
    const dir = temp();
    writeFileSync(join(dir, 'broken.json'), '{"content": [');
    writeFileSync(join(dir, 'object.json'), '{"services": {}}');
    expect(run('scripts/import-openreferral.ts', [join(dir, 'broken.json'), '--source', context.sourceUrl, '--out', dir]).output).toContain('not valid JSON');
    expect(run('scripts/import-openreferral.ts', [join(dir, 'object.json'), '--source', context.sourceUrl, '--out', dir]).output).toContain('neither a list of services');
    expect(run('scripts/import-openreferral.ts', [join(dir, 'object.json')]).status).toBe(2);
  });
});

describe('export', () => {
  const records = readdirSync(join(process.cwd(), 'content', 'services'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => recordFromYaml(readFileSync(join(process.cwd(), 'content', 'services', name), 'utf8')));

  test('export then import gives back exactly the same records', () => {
    expect(records.length).toBeGreaterThanOrEqual(31);
    for (const record of records) {
      const back = toRecord(fromRecord(record), context);
      if (!back.ok) throw new Error(back.problems.join('\n'));
      expect(back.record).toEqual(record);
    }
  });

  test('the export is standard Open Referral UK for other consumers, with no refuge address', () => {
    const out = join(temp(), 'services.json');
    const { status, output } = run('scripts/export-openreferral.ts', ['--out', out]);
    expect(status, output).toBe(0);
    const services = JSON.parse(readFileSync(out, 'utf8')) as { id: string; name: string; phones: unknown[]; attributes: { taxonomy_term: { vocabulary: string } }[]; service_at_locations: { location: { location_type: string } }[] }[];
    expect(services).toHaveLength(records.length);
    const refuge = services.find((service) => service.id === 'ndah-refuge')!;
    expect(refuge.name).toBe('National Domestic Abuse Helpline');
    expect(refuge.service_at_locations).toEqual([{ location: { location_type: 'virtual' } }]);
    expect(refuge.attributes.map((attribute) => attribute.taxonomy_term.vocabulary)).toContain('waypoint-need');
  });
});
