/**
 * The benchmark page's script (bundled by esbuild): the same query run three ways.
 * Each `query` resolves once the display data of the first 10 results is in memory,
 * which is what a person waits for.
 */
import MiniSearch from 'minisearch';
import { PrefixIndex } from '../../src/directory/prefix-index/query.ts';
import { miniSearchOptions } from './minisearch-options.ts';

type Design = { open(): Promise<void>; query(text: string): Promise<number> };

let prefix: PrefixIndex;
let mini: MiniSearch;
// Pagefind's own module, loaded from the files it wrote.
let pagefind: { init(): Promise<void>; search(text: string): Promise<{ results: { data(): Promise<unknown> }[] }> };

const designs: Record<string, Design> = {
  prefix: {
    async open() {
      prefix = await PrefixIndex.open('/prefix/');
    },
    async query(text) {
      const ids = await prefix.ids(text);
      await prefix.entries(ids.slice(0, 10));
      return ids.length;
    },
  },
  minisearch: {
    async open() {
      mini = MiniSearch.loadJSON(await (await fetch('/minisearch/index.json')).text(), miniSearchOptions);
    },
    async query(text) {
      const results = mini.search(text);
      // Stored fields come with the results: nothing more to fetch.
      void results.slice(0, 10).map((result) => result.entry);
      return results.length;
    },
  },
  pagefind: {
    async open() {
      // A runtime URL, built from parts so the bundler leaves it to the browser.
      const url = ['', 'pagefind', 'pagefind.js'].join('/');
      pagefind = await import(url);
      await pagefind.init();
    },
    async query(text) {
      const search = await pagefind.search(text);
      await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
      return search.results.length;
    },
  },
};

(window as unknown as { bench: typeof designs }).bench = designs;
