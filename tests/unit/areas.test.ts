/**
 * content/areas: every UK council, the police force that covers it and (in England) its
 * region; checked against each other, and the typeahead that finds them by council or town.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { areaSourceSchema, nationAreasSchema, policeForceSchema } from '../../src/areas/schema.ts';
import { checkAreas, knownCoverKeys } from '../../src/areas/check.ts';
import { coverKeys, toAreas } from '../../src/areas/area.ts';
import { suggest } from '../../src/areas/typeahead.ts';
import { serviceSchema } from '../../src/directory/service-schema.ts';
import { policeForceIds } from '../../src/forms/shared/police-forces.ts';

const read = (path: string) => parse(readFileSync(path, 'utf8'));
const sources = (read('content/areas/sources.yaml') as unknown[]).map((item) => areaSourceSchema.parse(item));
const forces = (read('content/areas/police-forces.yaml') as unknown[]).map((item) => policeForceSchema.parse(item));
const files = readdirSync('content/areas/local-authorities').map((name) => nationAreasSchema.parse(read(`content/areas/local-authorities/${name}`)));
const councils = (nation: string) => files.find((file) => file.nation === nation)!.authorities;

describe('the area data', () => {
  test('lists every council in the UK: 296 in England, 22 in Wales, 32 in Scotland, 11 in Northern Ireland', () => {
    expect(councils('england')).toHaveLength(296);
    expect(councils('wales')).toHaveLength(22);
    expect(councils('scotland')).toHaveLength(32);
    expect(councils('northern-ireland')).toHaveLength(11);
  });

  test('names 43 forces in England and Wales, plus Police Scotland and the PSNI, each on its own .police.uk site', () => {
    expect(forces.filter((force) => force.nation === 'england' || force.nation === 'wales')).toHaveLength(43);
    expect(forces.filter((force) => force.nation === 'scotland').map((force) => force.id)).toEqual(['police-scotland']);
    expect(forces.filter((force) => force.nation === 'northern-ireland').map((force) => force.id)).toEqual(['psni']);
  });

  test('the request form accepts exactly the forces in the area data', () => {
    expect([...policeForceIds].sort()).toEqual(forces.map((force) => force.id).sort());
  });

  test('is consistent: known forces and sources, a force in the same nation, unique ids, no force without a council', () => {
    expect(checkAreas(sources, forces, files)).toEqual([]);
  });

  test('puts well-known places in the right force area', () => {
    const all = toAreas(files, 'en');
    const forceOf = (name: string) => all.find((area) => area.name === name)?.force;
    expect(forceOf('Milton Keynes')).toBe('thames-valley');
    expect(forceOf('City of London')).toBe('city-of-london');
    expect(forceOf('Westminster')).toBe('metropolitan');
    expect(forceOf('Isle of Wight')).toBe('hampshire');
    expect(forceOf('Peterborough')).toBe('cambridgeshire');
    expect(forceOf('North Lincolnshire')).toBe('humberside');
    expect(forceOf('Powys')).toBe('dyfed-powys');
    expect(forceOf('Glasgow City')).toBe('police-scotland');
    expect(forceOf('Belfast')).toBe('psni');
  });

  test('the checks catch a broken reference', () => {
    const broken = structuredClone(files);
    broken[0]!.authorities[0]!.force = 'atlantis';
    broken[0]!.sources.push('made-up');
    const problems = checkAreas(sources, forces, broken);
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining('unknown police force "atlantis"'), expect.stringContaining('unknown source "made-up"')]),
    );
    const wrongNation = structuredClone(files);
    wrongNation.find((file) => file.nation === 'wales')!.authorities[0]!.force = 'kent';
    expect(checkAreas(sources, forces, wrongNation).join()).toContain('polices england, not wales');
  });

  test('the schema refuses an English council with no region, a force site off .police.uk, and a file with no source', () => {
    const england = read('content/areas/local-authorities/england.yaml');
    delete england.authorities[0].region;
    expect(nationAreasSchema.safeParse(england).success).toBe(false);
    expect(policeForceSchema.safeParse({ ...forces[0], website: 'https://example.org/' }).success).toBe(false);
    expect(nationAreasSchema.safeParse({ ...read('content/areas/local-authorities/wales.yaml'), sources: [] }).success).toBe(false);
  });

  test('every area a directory record covers is a known region, force or council', () => {
    const known = knownCoverKeys(forces, files);
    const covers = readdirSync('content/services')
      .filter((name) => name.endsWith('.yaml'))
      .flatMap((name) => serviceSchema.parse(read(`content/services/${name}`)).service_areas.flatMap((area) => (area.type === 'region' ? area.covers : [])));
    expect(covers.length).toBeGreaterThan(10);
    expect(covers.filter((key) => !known.has(key))).toEqual([]);
  });
});

describe('cover keys', () => {
  test('an area is covered by the UK, its nation, region, force and itself', () => {
    expect(coverKeys({ id: 'cornwall', nation: 'england', region: 'south-west', force: 'devon-and-cornwall' })).toEqual([
      'uk',
      'nation:england',
      'region:south-west',
      'force:devon-and-cornwall',
      'la:cornwall',
    ]);
    expect(coverKeys({ id: 'cardiff', nation: 'wales', force: 'south-wales' })).toEqual(['uk', 'nation:wales', 'force:south-wales', 'la:cardiff']);
  });
});

describe('the area typeahead', () => {
  const english = toAreas(files, 'en');
  const welsh = toAreas(files, 'cy');
  const labels = (text: string, areas = english) =>
    suggest(areas, text).map((suggestion) => (suggestion.council ? `${suggestion.label} (${suggestion.council})` : suggestion.label));

  test('finds a council by the start of any word of its name', () => {
    // Names that start with the text come first.
    expect(labels('north som')).toEqual(['North Somerset', 'Bath and North East Somerset']);
    expect(labels('somerset')).toEqual(expect.arrayContaining(['Somerset', 'North Somerset', 'Bath and North East Somerset']));
    expect(labels('somerset')[0]).toBe('Somerset');
  });

  test('finds a town inside a council, naming the council', () => {
    expect(labels('truro')).toEqual(['Truro (Cornwall)']);
    expect(labels('llandudno')).toEqual(['Llandudno (Conwy)']);
    expect(labels('inverness')).toEqual(['Inverness (Highland)']);
  });

  test('lists councils before towns, and lists both places called Newport', () => {
    const newport = labels('newport');
    expect(newport[0]).toBe('Newport');
    expect(newport).toEqual(expect.arrayContaining(['Newport (Isle of Wight) (Isle of Wight)', 'Newport (Shropshire) (Telford and Wrekin)']));
  });

  test('ignores case, accents and punctuation, and finds Welsh names on Welsh pages', () => {
    expect(labels('ynys mon', welsh)).toEqual(['Ynys Môn']);
    expect(labels('caerdydd', welsh)).toEqual(['Caerdydd']);
    // English names still work on Welsh pages.
    expect(labels('cardiff', welsh)).toEqual(['Cardiff (Caerdydd)']);
    expect(labels("king's lynn")).toEqual(["King's Lynn and West Norfolk"]);
  });

  test('suggests nothing for empty or unknown text, and at most eight places', () => {
    expect(labels('   ')).toEqual([]);
    expect(labels('zzxq')).toEqual([]);
    expect(suggest(english, 's')).toHaveLength(8);
  });
});
