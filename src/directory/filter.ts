/**
 * Search and filters over directory entries: free text plus need, community, nation,
 * language, BSL, wheelchair access, pets and NRPF. Pure, so the island, the tests and
 * the benchmark run exactly the same code.
 */
import type { DirectoryEntry } from './entry.ts';
import type { Community, Nation, Need } from './taxonomy.ts';

const flags = ['bsl', 'wheelchair', 'pets', 'nrpf'] as const;
const choices = ['need', 'community', 'nation', 'language'] as const;

export interface Query {
  text: string;
  /** A local authority id from content/areas: services covering it. */
  area?: string | undefined;
  need?: Need | undefined;
  community?: Community | undefined;
  nation?: Nation | undefined;
  language?: string | undefined;
  bsl: boolean;
  wheelchair: boolean;
  pets: boolean;
  nrpf: boolean;
}

export const emptyQuery: Query = { text: '', bsl: false, wheelchair: false, pets: false, nrpf: false };

/** Lower case, no accents, so "cymraeg" finds "Cymraeg" and "refugee" is not "réfugee". */
export function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function terms(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0);
}

/** The words of a query that count: single letters would match almost everything. */
export function queryWords(text: string): string[] {
  return [...new Set(terms(text).filter((word) => word.length >= 2))];
}

/** Words a person might type for an entry: its text, and the labels of its needs and communities. */
export type Labeller = (entry: DirectoryEntry) => string;

/** The text an entry is found by, in one locale's words. */
export function searchableText(entry: DirectoryEntry, labels: Labeller): string {
  return `${entry.organization} ${entry.name.text} ${entry.description.text} ${entry.eligibility?.text ?? ''} ${entry.places.join(' ')} ${entry.placeWords ?? ''} ${labels(entry)}`;
}

/**
 * Filter facts about an entry as index tokens ("~need:refuge"), so filters are answered by
 * the same posting lists as words. One definition of each filter, used to build and to query.
 */
export function entryTokens(entry: DirectoryEntry): string[] {
  const tokens = [
    ...entry.needs.map((need) => `~need:${need}`),
    ...entry.communities.map((community) => `~community:${community}`),
    ...entry.nations.map((nation) => `~nation:${nation}`),
    ...entry.languages.map((language) => `~language:${language}`),
    ...entry.covers.map((key) => `~area:${key}`),
  ];
  if (entry.features.includes('bsl') || entry.phones.some((phone) => phone.bsl)) tokens.push('~flag:bsl');
  if (entry.features.includes('wheelchair-access')) tokens.push('~flag:wheelchair');
  if (entry.features.includes('accepts-pets') || entry.needs.includes('pets')) tokens.push('~flag:pets');
  if (entry.features.includes('accepts-nrpf') || entry.communities.includes('migrant-women-nrpf')) tokens.push('~flag:nrpf');
  return tokens;
}

/** What a query requires of an entry: a token, or any one of several (an area is covered at any level). */
export type Requirement = string | readonly string[];

/** The cover keys of a local authority (areas/area.ts coverKeys), or undefined for an unknown id. */
export type AreaKeys = (areaId: string) => readonly string[] | undefined;

export function queryTokens(query: Query, areaKeys: AreaKeys = () => undefined): Requirement[] {
  const tokens: Requirement[] = [];
  for (const name of choices) if (query[name]) tokens.push(`~${name}:${query[name]}`);
  for (const name of flags) if (query[name]) tokens.push(`~flag:${name}`);
  const keys = query.area ? areaKeys(query.area) : undefined;
  if (keys) tokens.push(keys.map((key) => `~area:${key}`));
  return tokens;
}

export const meets = (tokens: readonly string[], requirement: Requirement) =>
  typeof requirement === 'string' ? tokens.includes(requirement) : requirement.some((token) => tokens.includes(token));

/** Items most local first (a council's own services, then its force area, region, nation, UK), otherwise in their order. */
export function localFirstOrder<T>(items: readonly T[], scope: (item: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index, scope: scope(item) }))
    .sort((a, b) => a.scope - b.scope || a.index - b.index)
    .map(({ item }) => item);
}

/** The reference search, over entries in memory: the index must give exactly these results. */
export function search(entries: DirectoryEntry[], query: Query, labels: Labeller, areaKeys?: AreaKeys): DirectoryEntry[] {
  const required = queryTokens(query, areaKeys);
  const words = queryWords(query.text);
  const found = entries.filter((entry) => {
    const tokens = entryTokens(entry);
    if (!required.every((requirement) => meets(tokens, requirement))) return false;
    // Every word typed must start a word in the entry: "ref" finds "refuge", but "men" does not find "women".
    const haystack = ` ${terms(searchableText(entry, labels)).join(' ')}`;
    return words.every((word) => haystack.includes(` ${word}`));
  });
  return query.area && areaKeys?.(query.area) ? localFirstOrder(found, (entry) => entry.scope) : found;
}

/** The query as URL parameters, so a search can be shared or bookmarked (nothing is stored). */
export function toSearchParams(query: Query): URLSearchParams {
  const params = new URLSearchParams();
  if (query.text.trim()) params.set('q', query.text.trim());
  if (query.area) params.set('area', query.area);
  for (const name of choices) if (query[name]) params.set(name, query[name]!);
  for (const name of flags) if (query[name]) params.set(name, '1');
  return params;
}

export function fromSearchParams(
  params: URLSearchParams,
  allowed: { needs: readonly string[]; communities: readonly string[]; nations: readonly string[] },
): Query {
  const pick = <T extends string>(name: string, values: readonly string[]) => {
    const value = params.get(name) ?? undefined;
    return value && values.includes(value) ? (value as T) : undefined;
  };
  const language = params.get('language') ?? undefined;
  const area = params.get('area') ?? undefined;
  return {
    text: (params.get('q') ?? '').slice(0, 100),
    // Checked against the area list once it has loaded (an unknown id is dropped then).
    area: area && /^[a-z0-9-]{1,60}$/.test(area) ? area : undefined,
    need: pick<Need>('need', allowed.needs),
    community: pick<Community>('community', allowed.communities),
    nation: pick<Nation>('nation', allowed.nations),
    language: language && /^[a-z]{2,3}$/.test(language) ? language : undefined,
    bsl: params.get('bsl') === '1',
    wheelchair: params.get('wheelchair') === '1',
    pets: params.get('pets') === '1',
    nrpf: params.get('nrpf') === '1',
  };
}
