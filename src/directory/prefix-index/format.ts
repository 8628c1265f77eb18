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
}

/** terms/<key>.json: each term starting with <key>, and the ids of the entries that contain it. */
export type Shard = Record<string, string>;

export const shardKey = (term: string) => term.slice(0, 2);

export function encodePostings(ids: number[]): string {
  let previous = 0;
  return ids.map((id) => {
    const delta = id - previous;
    previous = id;
    return delta.toString(36);
  }).join(',');
}

export function decodePostings(encoded: string): number[] {
  let current = 0;
  return encoded.split(',').map((delta) => (current += parseInt(delta, 36)));
}
