/**
 * Open Referral UK import and export: a council-style feed imports (refuge addresses
 * dropped, unmapped terms reported), a malformed feed names every bad record and field and
 * writes nothing, and our own export imports back to exactly the same records.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
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
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

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
    // `checked` is the day we imported; the feed's own date for the service goes on its source.
    expect(refuge.checked).toEqual(new Date('2026-11-23'));
    expect(refuge.source[0]!.date).toBe('2025-09-01');
    expect(byId['test-council-idva']!.taxonomy.needs).toEqual(['outreach-idva']);
    expect(byId['test-council-idva']!.source[0]!.date).toBe('2026-02-14');
    expect(byId['test-legal']!.taxonomy).toEqual({ needs: ['legal'], communities: [], features: ['bsl'] });
    expect(byId['test-legal']!.source[0]!.date).toBeUndefined();
    expect(byId['test-lgbt-helpline']!.phones.map((phone) => phone.number)).toEqual(['0808 157 0001']);
    expect(byId['test-lgbt-helpline']!.taxonomy.communities).toEqual(['lgbtq']);
    for (const record of result.records) expect(record.source).toMatchObject([{ publisher: 'council.example.org', url: context.sourceUrl }]);
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

describe('a real council feed (Bristol, December 2024; tests/fixtures/oruk/real/README.md)', () => {
  const bristol = readFileSync(join(fixtures, 'real', 'bristol-services-2024-12.json'), 'utf8');
  const council = { id: 'bristol', name: 'Bristol', nation: 'england' as const };

  test('imports its domestic abuse services as text, in Bristol, and leaves out the rest with reasons', () => {
    const result = importFeed(bristol, { ...context, council });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const names = result.records.map((record) => record.service.name.en);
    for (const expected of [
      'Bristol Next Link Domestic Abuse Services',
      'Safe Link',
      "Jewish Women's Aid",
      'SARSAS - Somerset and Avon Rape and Sexual Abuse Support',
      "Men's Aid",
    ])
      expect(names).toContain(expected);
    // "Domestic" cleaning and care are not domestic abuse; the nameless record has nothing to show.
    const skipped = Object.fromEntries(
      result.skipped.map((item) => [item.label.replace(/^services\[\d+\] \(id "[^"]*"(, )?/, '').replace(/\)$/, ''), item.reason]),
    );
    expect(skipped['"Domestic Cleaning Services"']).toMatch(/domestic or sexual abuse/);
    expect(skipped['"Carpet Cleaning"']).toMatch(/domestic or sexual abuse/);
    expect(skipped['"Home help"']).toMatch(/domestic or sexual abuse/);
    expect(skipped['']).toBe('it has no name');
    expect(result.records.length + result.skipped.length).toBe(JSON.parse(bristol).length);
    for (const record of result.records) {
      expect(record.service.description.en, record.id).not.toMatch(/<[a-z]|&nbsp;|&amp;/i);
      expect(record.service_areas).toEqual([{ type: 'region', region: 'Bristol', nation: 'england', covers: ['la:bristol'] }]);
      if (record.service.url) expect(record.service.url).toMatch(/^https?:\/\//);
    }
    // A refuge found by its words is still a refuge: never an address.
    const nextLink = result.records.find((record) => record.service.name.en.startsWith('Bristol Next Link'))!;
    expect(nextLink.taxonomy.needs).toContain('refuge');
    expect(nextLink.locations).toEqual([{ type: 'virtual', confidential: true }]);
    expect(nextLink.service.url).toBe('https://www.nextlinkhousing.co.uk');
  });

  test('a paginated API dump imports the same services; with --strict one bad service stops everything', () => {
    const services = JSON.parse(bristol) as unknown[];
    const pages = JSON.stringify([
      { content: services.slice(0, 8), totalPages: 2 },
      { content: services.slice(8), totalPages: 2 },
    ]);
    const flat = importFeed(bristol, { ...context, council });
    const paged = importFeed(pages, { ...context, council });
    if (!flat.ok || !paged.ok) throw new Error('feed refused');
    expect(paged.records).toEqual(flat.records);
    const strict = importFeed(bristol, { ...context, council }, { strict: true });
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.errors).toEqual([expect.stringMatching(/it has no name/)]);
  });

  test('the command writes what validates and lists what it left out', () => {
    const out = temp();
    const { status, output } = run('scripts/import-openreferral.ts', [
      join(fixtures, 'real', 'bristol-services-2024-12.json'),
      '--source',
      'https://bristol.openplace.directory/o/ServiceDirectoryService/v2/hservices',
      '--council',
      'bristol',
      '--out',
      out,
    ]);
    expect(status, output).toBe(0);
    expect(output).toMatch(/Imported \d+ service\(s\)/);
    expect(output).toMatch(/Left out 6 service\(s\)/);
    for (const file of readdirSync(out)) expect(recordFromYaml(readFileSync(join(out, file), 'utf8')).service_areas).toHaveLength(1);
    expect(
      run('scripts/import-openreferral.ts', [join(fixtures, 'real', 'bristol-services-2024-12.json'), '--source', context.sourceUrl, '--council', 'atlantis'])
        .status,
    ).toBe(2);
  });
});

describe('bad input', () => {
  test('a malformed feed names each bad record and field, and nothing is written', () => {
    const out = temp();
    const { status, output } = run('scripts/import-openreferral.ts', [
      join(fixtures, 'malformed-feed.json'),
      '--source',
      context.sourceUrl,
      '--out',
      out,
      '--strict',
    ]);
    expect(status).toBe(1);
    expect(output).toContain('Nothing imported');
    expect(output).toMatch(/services\[1\] \(id "bad-phone", "Bad Phone Service"\): phones\.0\.number: a UK phone number/);
    expect(output).toMatch(/services\[3\] \(id "no-name"\): it has no name/);
    expect(output).not.toMatch(/ok-one|ok-two/);
    expect(readdirSync(out)).toEqual([]);
  });

  test('a file that is not JSON, or not a feed, is refused with the reason', () => {
    const dir = temp();
    writeFileSync(join(dir, 'broken.json'), '{"content": [');
    writeFileSync(join(dir, 'object.json'), '{"services": {}}');
    expect(run('scripts/import-openreferral.ts', [join(dir, 'broken.json'), '--source', context.sourceUrl, '--out', dir]).output).toContain('not valid JSON');
    expect(run('scripts/import-openreferral.ts', [join(dir, 'object.json'), '--source', context.sourceUrl, '--out', dir]).output).toContain(
      'neither a list of services',
    );
    expect(run('scripts/import-openreferral.ts', [join(dir, 'object.json')]).status).toBe(2);
  });
});

describe('export', () => {
  const servicesDir = join(process.cwd(), 'content', 'services');
  const records = readdirSync(servicesDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => recordFromYaml(readFileSync(join(servicesDir, name), 'utf8')));

  test('export then import gives back exactly the same records', () => {
    expect(records.length).toBeGreaterThanOrEqual(31);
    for (const record of records) {
      const back = toRecord(fromRecord(record), context);
      if (!back.ok) throw new Error(back.problems.join('\n'));
      expect(back.record).toEqual(record);
    }
  });

  // The official UK profile schema (tests/fixtures/oruk/uk-profile/README.md says where it came from).
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(fixtures, 'uk-profile', 'service_with_definitions.json'), 'utf8')) as object);

  test('every exported record validates against the official Open Referral UK 3.0 service schema', () => {
    const out = join(temp(), 'services.json');
    const { status, output } = run('scripts/export-openreferral.ts', ['--out', out]);
    expect(status, output).toBe(0);
    const services = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>[];
    expect(services).toHaveLength(records.length);
    // Not the type guard itself: a guard would narrow the failing records to `never`.
    const isValid = (data: unknown): boolean => validate(data);
    const invalid = services.filter((service) => !isValid(service)).map((service) => `${String(service.name)}: ${ajv.errorsText(validate.errors)}`);
    expect(invalid).toEqual([]);
    // The validator is not a formality: an id that is not a UUID, or an organisation with no name, fails.
    const sample = services[0]!;
    expect(validate({ ...sample, id: 'ndah-refuge' })).toBe(false);
    expect(validate({ ...sample, organization: { id: (sample.organization as { id: string }).id, description: 'x' } })).toBe(false);
  });

  test('ids are stable UUIDs derived from ours; a refuge has no address; our taxonomy travels as named terms', () => {
    const refuge = records.find((record) => record.id === 'ndah-refuge')!;
    const exported = fromRecord(refuge, { need: { refuge: 'Refuges (safe houses)' }, community: {}, feature: {} });
    expect(exported.id).toBe(fromRecord(refuge).id);
    expect(exported.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(exported.id).not.toBe(fromRecord(records.find((record) => record.id !== 'ndah-refuge')!).id);
    expect(exported.name).toBe('National Domestic Abuse Helpline');
    expect(exported.service_at_locations!.map((item) => item.location)).toEqual([{ id: expect.any(String), location_type: 'virtual' }]);
    expect(JSON.stringify({ ...exported, 'x-waypoint': undefined })).not.toMatch(/address_1/);
    const refugeTerm = exported.attributes!.find((attribute) => attribute.taxonomy_term?.code === 'refuge')!.taxonomy_term!;
    expect(refugeTerm).toMatchObject({ name: 'Refuges (safe houses)', taxonomy: 'waypoint-need' });
  });
});

test('without --strict, a malformed feed imports what validates and names each service it left out', () => {
  const out = mkdtempSync(join(tmpdir(), 'waypoint-oruk-'));
  temps.push(out);
  const { status, output } = run('scripts/import-openreferral.ts', [join(fixtures, 'malformed-feed.json'), '--source', context.sourceUrl, '--out', out]);
  expect(status, output).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['ok-one.yaml', 'ok-two.yaml']);
  expect(output).toMatch(/bad-phone.*a UK phone number/);
  expect(output).toMatch(/no-name.*it has no name/);
});
