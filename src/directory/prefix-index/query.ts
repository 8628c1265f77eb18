/**
 * Queries the prefix-sharded index in the browser: fetch the shards the query's words
 * start with (each once), intersect the posting lists, then fetch only the chunks that
 * hold the results to show.
 */
import { queryWords, type Requirement, localFirstOrder } from '../filter.ts';
import type { DirectoryEntry } from '../entry.ts';
import { decodePostings, shardFile, shardKey, type IndexMeta, type Shard } from './format.ts';

export class PrefixIndex {
  private readonly shards = new Map<string, Promise<Shard>>();
  private readonly chunks = new Map<number, Promise<DirectoryEntry[]>>();
  private readonly lists = new Map<string, Promise<Int32Array>>();
  private readonly base: string;
  private readonly meta: IndexMeta;

  private constructor(base: string, meta: IndexMeta) {
    this.base = base;
    this.meta = meta;
  }

  static async open(base: string): Promise<PrefixIndex> {
    return new PrefixIndex(base, (await (await fetch(`${base}meta.json`)).json()) as IndexMeta);
  }

  private shard(key: string): Promise<Shard> {
    let shard = this.shards.get(key);
    if (!shard) {
      shard = this.meta.shards.includes(key) ? fetch(this.base + shardFile(key)).then((response) => response.json() as Promise<Shard>) : Promise.resolve({});
      this.shards.set(key, shard);
    }
    return shard;
  }

  get count(): number {
    return this.meta.count;
  }

  get languages(): string[] {
    return this.meta.languages;
  }

  /**
   * Ids, in index order, of entries in which every word of the text starts a word and which
   * meet every requirement (a token, or any of a list). No words and no filters: every entry.
   */
  async ids(text: string, tokens: Requirement[] = [], { localFirst = false } = {}): Promise<number[]> {
    const found = await this.matching(text, tokens);
    // With a place chosen: services for that council first, then its force area, region, nation, the UK.
    return localFirst ? localFirstOrder(found, (id) => Number(this.meta.scopes[id] ?? 4)) : found;
  }

  private async matching(text: string, tokens: Requirement[]): Promise<number[]> {
    const words = queryWords(text);
    if (words.length === 0 && tokens.length === 0) return Array.from({ length: this.meta.count }, (_, id) => id);
    const lists = await Promise.all([
      ...words.map((word) => this.cached(`w ${word}`, () => this.wordIds(word))),
      ...tokens.map((requirement) => this.cached(`t ${requirement}`, () => this.tokenIds(requirement))),
    ]);
    return intersect(lists, this.meta.count);
  }

  /** Entries with a word that starts with `word`: the union of every such term's list. */
  private async wordIds(word: string): Promise<Int32Array> {
    const shard = await this.shard(shardKey(word));
    const lists: Int32Array[] = [];
    for (const term in shard) if (term.startsWith(word)) lists.push(decodePostings(shard[term]!));
    return union(lists, this.meta.count);
  }

  /** A list of tokens is "any of": the union of their posting lists. */
  private async tokenIds(requirement: Requirement): Promise<Int32Array> {
    const lists: Int32Array[] = [];
    for (const token of typeof requirement === 'string' ? [requirement] : requirement) {
      const encoded = (await this.shard(shardKey(token)))[token];
      if (encoded) lists.push(decodePostings(encoded));
    }
    return union(lists, this.meta.count);
  }

  /** Recent words' and filters' id lists, so typing on ("ref", "refu") or changing one filter reuses the rest. */
  private cached(key: string, make: () => Promise<Int32Array>): Promise<Int32Array> {
    let list = this.lists.get(key);
    if (list) this.lists.delete(key);
    else list = make();
    this.lists.set(key, list);
    if (this.lists.size > 64) this.lists.delete(this.lists.keys().next().value!);
    return list;
  }

  /** The display data for some ids, fetching each chunk at most once. */
  async entries(ids: number[]): Promise<DirectoryEntry[]> {
    const size = this.meta.chunkSize;
    const needed = [...new Set(ids.map((id) => Math.floor(id / size)))];
    const loaded = new Map(
      await Promise.all(
        needed.map(async (chunk) => {
          let promise = this.chunks.get(chunk);
          if (!promise) {
            promise = fetch(`${this.base}docs/${chunk}.json`).then((response) => response.json() as Promise<DirectoryEntry[]>);
            this.chunks.set(chunk, promise);
          }
          return [chunk, await promise] as const;
        }),
      ),
    );
    return ids.map((id) => loaded.get(Math.floor(id / size))![id % size]!);
  }
}

/** Ascending ids in any of the ascending lists, marked in a bitmap of every id. */
function union(lists: Int32Array[], count: number): Int32Array {
  if (lists.length <= 1) return lists[0] ?? new Int32Array(0);
  const seen = new Uint8Array(count);
  let size = 0;
  for (const list of lists)
    for (const id of list)
      if (seen[id] === 0) {
        seen[id] = 1;
        size += 1;
      }
  const ids = new Int32Array(size);
  let next = 0;
  for (let id = 0; id < count; id += 1) if (seen[id] === 1) ids[next++] = id;
  return ids;
}

/** Ascending ids in every list: each list raises the count of ids the lists before it all had. */
function intersect(lists: Int32Array[], count: number): number[] {
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  if (rest.length === 0) return Array.from(first!);
  const counts = new Uint8Array(count);
  for (const id of first!) counts[id] = 1;
  rest.forEach((list, index) => {
    for (const id of list) if (counts[id] === index + 1) counts[id] = index + 2;
  });
  return Array.from(first!).filter((id) => counts[id] === lists.length);
}
