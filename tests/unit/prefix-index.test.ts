/**
 * The search index against the reference search: for any query (words, prefixes, filters)
 * the prefix-sharded index returns exactly the entries the in-memory search finds, in order.
 */
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { buildPrefixIndex } from '../../src/directory/prefix-index/build.ts';
import { decodePostings, encodePostings, shardFile } from '../../src/directory/prefix-index/format.ts';
import { PrefixIndex } from '../../src/directory/prefix-index/query.ts';
import { emptyQuery, entryTokens, queryTokens, search, searchableText, type Query } from '../../src/directory/filter.ts';
import { communities, nations, needs } from '../../src/directory/taxonomy.ts';
import { syntheticEntries } from '../../bench/search/synthetic.ts';
import { coverKeys } from '../../src/areas/area.ts';
import { fixtureEntries } from '../fixtures/directory-entries.ts';

const labeller = (entry: { needs: string[]; places: string[] }) => [...entry.needs, ...entry.places].join(' ');
const { entries: synthetic, words } = syntheticEntries(600, 3);
const entries = [...fixtureEntries, ...synthetic];
const files = buildPrefixIndex(entries, (entry) => searchableText(entry, labeller), entryTokens, 25);
const fetched: string[] = [];

/** A few councils at every level: ones the fixtures and synthetic entries cover, and one none do. */
const areas = {
  cornwall: coverKeys({ id: 'cornwall', nation: 'england', region: 'south-west', force: 'devon-and-cornwall' }),
  cardiff: coverKeys({ id: 'cardiff', nation: 'wales', force: 'south-wales' }),
  leeds: coverKeys({ id: 'leeds', nation: 'england', region: 'yorkshire-and-the-humber', force: 'west-yorkshire' }),
  belfast: coverKeys({ id: 'belfast', nation: 'northern-ireland', force: 'psni' }),
} as Record<string, string[]>;
const areaKeys = (id: string) => areas[id];

beforeAll(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    const path = url.replace('http://index.test/', '');
    fetched.push(path);
    const body = files.get(path);
    return body ? new Response(body) : new Response('', { status: 404 });
  });
});
afterAll(() => vi.unstubAllGlobals());

test('posting lists survive delta encoding', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.nat(100_000), { maxLength: 200 }), (ids) => {
      const sorted = [...ids].sort((a, b) => a - b);
      if (sorted.length === 0) return;
      expect(Array.from(decodePostings(encodePostings(sorted)))).toEqual(sorted);
    }),
  );
  expect(shardFile('ŵy')).toBe('terms/c5b579.json');
});

test('the index finds exactly what the reference search finds, in the same order', async () => {
  const index = await PrefixIndex.open('http://index.test/');
  const vocabulary = [...words.slice(0, 40), 'refuge', 'ref', 'legal', 'cardiff', 'hous', 'men', 'women', 'synthetic', 'test', 'x', 'zzzz'];
  const query = fc.record({
    text: fc.array(fc.constantFrom(...vocabulary), { maxLength: 3 }).map((list) => list.join(' ')),
    area: fc.option(fc.constantFrom(...Object.keys(areas)), { nil: undefined }),
    need: fc.option(fc.constantFrom(...needs), { nil: undefined }),
    community: fc.option(fc.constantFrom(...communities), { nil: undefined }),
    nation: fc.option(fc.constantFrom(...nations), { nil: undefined }),
    language: fc.option(fc.constantFrom('en', 'cy', 'ar'), { nil: undefined }),
    bsl: fc.boolean(),
    wheelchair: fc.boolean(),
    pets: fc.boolean(),
    nrpf: fc.boolean(),
  });
  await fc.assert(
    fc.asyncProperty(query, async (q: Query) => {
      const expected = search(entries, q, labeller, areaKeys).map((entry) => entry.id);
      const ids = await index.ids(q.text, queryTokens(q, areaKeys), { localFirst: Boolean(q.area && areaKeys(q.area)) });
      const found = (await index.entries(ids)).map((entry) => entry.id);
      expect(found).toEqual(expected);
    }),
    { numRuns: 300 },
  );
});

test('a query fetches only the shards its words need, and the chunks it shows', async () => {
  fetched.length = 0;
  const index = await PrefixIndex.open('http://index.test/');
  const ids = await index.ids('refuge', queryTokens({ ...emptyQuery, nation: 'wales' }));
  await index.entries(ids.slice(0, 5));
  const shards = fetched.filter((path) => path.startsWith('terms/'));
  expect(shards).toEqual([shardFile('re'), shardFile('~nation')]);
  expect(fetched.filter((path) => path.startsWith('docs/')).length).toBeLessThanOrEqual(5);
});

test('an area finds what covers it at any level: the UK, its nation, region, police force area or council', async () => {
  const index = await PrefixIndex.open('http://index.test/');
  const found = async (area: string) =>
    (await index.entries(await index.ids('test', queryTokens({ ...emptyQuery, area }, areaKeys)))).map((entry) => entry.id).sort();
  expect(await found('cornwall')).toEqual(['test-legal-england', 'test-pet-fostering-cornwall', 'test-sisters']);
  expect(await found('leeds')).toEqual(['test-legal-england', 'test-sisters']);
  expect(await found('cardiff')).toEqual(['test-refuge-wales', 'test-sisters']);
  // An unknown area asks nothing more of the search, rather than hiding every service.
  expect(await found('nowhere')).toHaveLength(fixtureEntries.length);
});
