/** Builds the prefix-sharded index files from directory entries (see format.ts). */
import { terms } from '../filter.ts';
import type { DirectoryEntry } from '../entry.ts';
import { encodePostings, shardFile, shardKey, type IndexMeta, type Shard } from './format.ts';

/**
 * Index files for entries in the order given (ids are positions, so results come back in
 * that order): words of `searchableText` of two letters or more, plus `tokensOf` (filters).
 */
export function buildPrefixIndex(
  entries: DirectoryEntry[],
  searchableText: (entry: DirectoryEntry) => string,
  tokensOf: (entry: DirectoryEntry) => string[] = () => [],
  chunkSize = 100,
): Map<string, string> {
  const postings = new Map<string, number[]>();
  entries.forEach((entry, id) => {
    for (const term of new Set([...terms(searchableText(entry)).filter((word) => word.length >= 2), ...tokensOf(entry)])) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(id);
    }
  });
  const shards = new Map<string, Shard>();
  for (const [term, ids] of postings) {
    const key = shardKey(term);
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = {}));
    shard[term] = encodePostings(ids);
  }
  const files = new Map<string, string>();
  for (const [key, shard] of shards) files.set(shardFile(key), JSON.stringify(shard));
  for (let start = 0; start < entries.length; start += chunkSize) {
    files.set(`docs/${start / chunkSize}.json`, JSON.stringify(entries.slice(start, start + chunkSize)));
  }
  const languages = [...new Set(entries.flatMap((entry) => entry.languages))].sort();
  const meta: IndexMeta = {
    count: entries.length,
    chunkSize,
    shards: [...shards.keys()].sort(),
    languages,
    scopes: entries.map((entry) => entry.scope).join(''),
  };
  files.set('meta.json', JSON.stringify(meta));
  return files;
}
