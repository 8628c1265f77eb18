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

/**
 * Decodes into a typed array, reading the base-36 digits in place: a search decodes long lists
 * (a town in 50,000 services), where split() and parseInt() cost most of the time.
 */
export function decodePostings(encoded: string): Int32Array {
  let length = encoded.length === 0 ? 0 : 1;
  for (let index = 0; index < encoded.length; index += 1) if (encoded.charCodeAt(index) === 44) length += 1;
  const ids = new Int32Array(length);
  let current = 0;
  let delta = 0;
  let count = 0;
  for (let index = 0; index <= encoded.length; index += 1) {
    const code = index < encoded.length ? encoded.charCodeAt(index) : 44;
    if (code === 44) {
      current += delta;
      ids[count++] = current;
      delta = 0;
    } else delta = delta * 36 + (code <= 57 ? code - 48 : code - 87);
  }
  return ids;
}
