/**
 * The prefix-sharded directory index: the candidate design measured against Pagefind and
 * MiniSearch by `npm run bench:search`. Terms are split into shards by their first two
 * letters, so a query fetches only the shards its words start with; posting lists are
 * ascending ids, delta-encoded in base 36; display data sits in fixed-size chunks of entries.
 */
export interface IndexMeta {
  count: number;
  chunkSize: number;
  shards: string[];
  /** The languages the indexed services work in, for the language filter. */
  languages: string[];
  /** Each entry's scope (entry.ts), one digit per id: with a place chosen, the most local come first. */
  scopes: string;
}

/** terms/<key>.json: each term starting with <key>, and the ids of the entries that contain it. */
export type Shard = Record<string, string>;

/** Words shard by their first two letters; filter tokens ("~need:refuge") by their filter ("~need"). */
export const shardKey = (term: string) => (term.startsWith('~') ? term.slice(0, term.indexOf(':')) : term.slice(0, 2));

/** A shard's file name: hex of its key, so letters such as "ŵ" or "ع" make plain file names. */
export const shardFile = (key: string) => `terms/${[...new TextEncoder().encode(key)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}.json`;

export function encodePostings(ids: number[]): string {
  let previous = 0;
  return ids
    .map((id) => {
      const delta = id - previous;
      previous = id;
      return delta.toString(36);
    })
    .join(',');
}

export function decodePostings(encoded: string): number[] {
  let current = 0;
  return encoded.split(',').map((delta) => (current += parseInt(delta, 36)));
}
