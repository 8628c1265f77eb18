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
    const sets = await Promise.all([
      ...words.map(async (word) => {
        const shard = await this.shard(shardKey(word));
        const ids = new Set<number>();
        for (const [term, encoded] of Object.entries(shard)) if (term.startsWith(word)) for (const id of decodePostings(encoded)) ids.add(id);
        return ids;
      }),
      ...tokens.map(async (requirement) => {
        // A list of tokens is "any of": the union of their posting lists.
        const ids = new Set<number>();
        for (const token of typeof requirement === 'string' ? [requirement] : requirement) {
          const encoded = (await this.shard(shardKey(token)))[token];
          if (encoded) for (const id of decodePostings(encoded)) ids.add(id);
        }
        return ids;
      }),
    ]);
    sets.sort((a, b) => a.size - b.size);
    const [smallest, ...rest] = sets;
    return [...smallest!].filter((id) => rest.every((set) => set.has(id))).sort((a, b) => a - b);
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
