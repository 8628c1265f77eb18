/**
 * `npm run bench:search`: chooses the directory's search design by measurement. It makes a
 * synthetic directory of 50,000 services (outside content/, never shipped), indexes it with
 * Pagefind, with MiniSearch and with our prefix-sharded index, serves each on loopback, and
 * in Chromium measures, in the same run: bytes fetched before the first result, p50/p95
 * latency over 200 realistic queries (first 10 results ready to show), and build time.
 * Targets: p95 ≤ 20 ms and ≤ 300 KB before the first result.
 *
 * BENCH_SERVICES (50000), BENCH_RUNS (3 cold runs per design), BENCH_DESIGNS
 * (pagefind,minisearch,prefix) change the run; BENCH_SLOWEST=1 prints each run's slowest queries.
 */
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import MiniSearch from 'minisearch';
import * as pagefind from 'pagefind';
import { chromium } from 'playwright-core';
import { buildPrefixIndex } from '../src/directory/prefix-index/build.ts';
import { PrefixIndex } from '../src/directory/prefix-index/query.ts';
import { entryTokens } from '../src/directory/filter.ts';
import { toEntry, type DirectoryEntry } from '../src/directory/entry.ts';
import { serviceSchema } from '../src/directory/service-schema.ts';
import { nationAreasSchema } from '../src/areas/schema.ts';
import { placeWordsFor } from '../src/areas/place-words.ts';
import { parse } from 'yaml';
import { readdirSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.ts';
import { miniSearchOptions } from './search/minisearch-options.ts';
import { realisticQueries, syntheticEntries } from './search/synthetic.ts';

const count = Number(process.env.BENCH_SERVICES ?? 50_000);
const root = mkdtempSync(join(tmpdir(), 'waypoint-search-bench-'));
const labels = JSON.parse(readFileSync('locales/en/directory.json', 'utf8')) as { need: Record<string, string>; community: Record<string, string> };
const searchable = (entry: DirectoryEntry) =>
  [
    entry.organization,
    entry.name.text,
    entry.description.text,
    ...entry.needs.map((need) => labels.need[need]),
    ...entry.communities.map((c) => labels.community[c]),
    ...entry.places,
    entry.placeWords ?? '',
  ].join(' ');

/** The real directory (content/services, with the towns and councils each record covers), indexed with the synthetic one. */
function realEntries(): DirectoryEntry[] {
  const yamlIn = (dir: string) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => parse(readFileSync(join(dir, name), 'utf8')) as unknown);
  const areas = yamlIn('content/areas/local-authorities').map((file) => nationAreasSchema.parse(file));
  const placeWords = placeWordsFor(areas, 'en');
  return yamlIn('content/services').map((record) => toEntry(serviceSchema.parse(record), 'en', placeWords));
}

function writeAll(dir: string, files: Map<string, string>) {
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

console.log(`Generating ${count} synthetic services, plus the real directory…`);
const synthetic = syntheticEntries(count);
const real = realEntries();
const entries = [...real, ...synthetic.entries];
const { words } = synthetic;
console.log(`${real.length} real and ${synthetic.entries.length} synthetic services.`);
const queries = realisticQueries(words);

const buildTimes: Record<string, number> = {};
[, buildTimes.prefix] = await timed(() => writeAll(join(root, 'prefix'), buildPrefixIndex(entries, searchable, entryTokens)));
[, buildTimes.minisearch] = await timed(() => {
  const mini = new MiniSearch(miniSearchOptions);
  mini.addAll(entries.map((entry, id) => ({ id, text: searchable(entry), entry })));
  writeAll(join(root, 'minisearch'), new Map([['index.json', JSON.stringify(mini)]]));
});
[, buildTimes.pagefind] = await timed(async () => {
  const { index } = await pagefind.createIndex({});
  for (let start = 0; start < entries.length; start += 500) {
    await Promise.all(
      entries
        .slice(start, start + 500)
        .map((entry, offset) =>
          index!.addCustomRecord({ url: `/service/${start + offset}/`, content: searchable(entry), language: 'en', meta: { title: entry.name.text } }),
        ),
    );
  }
  await index!.writeFiles({ outputPath: join(root, 'pagefind') });
  await pagefind.close();
});

await build({ entryPoints: ['bench/search/harness.ts'], bundle: true, format: 'esm', outfile: join(root, 'harness.js'), logLevel: 'error' });
writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="en"><title>search bench</title><script type="module" src="/harness.js"></script></html>');

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '') || 'index.html';
  try {
    const body = readFileSync(join(root, path));
    response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

interface Result {
  design: string;
  rawBytes: number;
  gzipBytes: number;
  files: number;
  p50: number;
  /** The median of the runs' p95s, and the lowest and highest. */
  p95: number;
  p95Range: [number, number];
  build: number;
}

const runs = Number(process.env.BENCH_RUNS ?? 3);
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const median = (values: number[]) => percentile(values, 50);
const gzipOf = (path: string) => gzipSync(readFileSync(join(root, decodeURIComponent(path)))).length;

/** One cold run in a fresh page: what the first query fetched, and every query's latency. */
async function coldRun(design: string) {
  const page = await browser.newPage();
  // Every request, including those made from workers (Pagefind searches in a worker).
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => 'bench' in window);
  // Bytes: everything this design fetched to open and answer the first query.
  await page.evaluate(
    async ([name, text]) => {
      const bench = (window as unknown as { bench: Record<string, { open(): Promise<void>; query(q: string): Promise<number> }> }).bench;
      await bench[name]!.open();
      await bench[name]!.query(text!);
    },
    [design, queries[0]] as const,
  );
  const fetched = [...new Set(requested.filter((path) => path.startsWith(`/${design}/`)))];
  // Latency: 200 queries, each timed in the page from call to results ready.
  const times = await page.evaluate(
    async ([name, list]) => {
      const bench = (window as unknown as { bench: Record<string, { query(q: string): Promise<number> }> }).bench;
      const out: number[] = [];
      for (const text of list) {
        const start = performance.now();
        await bench[name]!.query(text);
        out.push(performance.now() - start);
      }
      return out;
    },
    [design, queries] as const,
  );
  await page.close();
  if (process.env.BENCH_SLOWEST) {
    const slowest = times.map((ms, index) => [ms, queries[index]] as const).sort((a, b) => b[0] - a[0]);
    console.log(
      `${design} slowest: ${slowest
        .slice(0, 10)
        .map(([ms, text]) => `${text} ${ms.toFixed(1)}`)
        .join(' | ')}`,
    );
  }
  return { fetched, times };
}

// A machine shared with other work gives a noisy p95: each design runs `runs` times, each
// in a fresh page with nothing cached, and the median p95 is reported with its range.
const results: Result[] = [];
for (const design of (process.env.BENCH_DESIGNS ?? 'pagefind,minisearch,prefix').split(',')) {
  const cold = [];
  for (let run = 0; run < runs; run += 1) cold.push(await coldRun(design));
  const { fetched } = cold[0]!;
  const p95s = cold.map(({ times }) => percentile(times, 95));
  results.push({
    design,
    rawBytes: fetched.reduce((sum, path) => sum + readFileSync(join(root, decodeURIComponent(path))).length, 0),
    gzipBytes: fetched.reduce((sum, path) => sum + gzipOf(path), 0),
    files: fetched.length,
    p50: median(cold.map(({ times }) => percentile(times, 50))),
    p95: median(p95s),
    p95Range: [Math.min(...p95s), Math.max(...p95s)],
    build: buildTimes[design]!,
  });
}

/**
 * The prefix index's bytes before the first result for every query, each as if it were the
 * first (nothing cached): the 300 KB target must hold for a sparse first query too, whose
 * results sit in many chunks. Counted by running the same query code over the files on disk.
 */
async function prefixColdBytes(): Promise<number[]> {
  const realFetch = globalThis.fetch;
  const bytes: number[] = [];
  for (const text of queries) {
    const paths = new Set<string>();
    globalThis.fetch = (async (url: string) => {
      paths.add(url);
      return new Response(readFileSync(join(root, url)));
    }) as typeof fetch;
    const index = await PrefixIndex.open('/prefix/');
    await index.entries((await index.ids(text)).slice(0, 10));
    bytes.push([...paths].reduce((sum, path) => sum + gzipOf(path), 0));
  }
  globalThis.fetch = realFetch;
  return bytes;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(
  `\n${count} synthetic services, 200 queries × ${runs} cold runs, Chromium ${browser.version()}; latency = call → first 10 results ready; p95 = median of the runs\n`,
);
console.log(
  `${'design'.padEnd(12)} ${'first result: fetched'.padStart(22)} ${'(gzip)'.padStart(9)} ${'files'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'(range)'.padStart(13)} ${'build s'.padStart(8)}`,
);
for (const result of results) {
  console.log(
    `${result.design.padEnd(12)} ${kb(result.rawBytes).padStart(22)} ${kb(result.gzipBytes).padStart(9)} ${String(result.files).padStart(6)} ${result.p50.toFixed(2).padStart(8)} ${result.p95.toFixed(2).padStart(8)} ${`${result.p95Range[0].toFixed(1)}–${result.p95Range[1].toFixed(1)}`.padStart(13)} ${(result.build / 1000).toFixed(1).padStart(8)}`,
  );
}
const baseline = results.find((result) => result.design === 'pagefind');
if (baseline) {
  console.log('\nratio to Pagefind (same run): bytes (gzip), p95');
  for (const result of results)
    console.log(
      `  ${result.design.padEnd(12)} ${(result.gzipBytes / baseline.gzipBytes).toFixed(2).padStart(6)} ${(result.p95 / baseline.p95).toFixed(2).padStart(6)}`,
    );
}
const coldBytes = results.some((result) => result.design === 'prefix') ? await prefixColdBytes() : [];
if (coldBytes.length > 0)
  console.log(
    `\nprefix, each of the ${coldBytes.length} queries as the first one (nothing cached), before its first 10 results: median ${kb(median(coldBytes))}, p95 ${kb(percentile(coldBytes, 95))}, largest ${kb(Math.max(...coldBytes))} (gzip)`,
  );
console.log('\ntargets: p95 ≤ 20 ms, ≤ 300 KB (gzip) before the first result (for the prefix index: whatever the first query)');
for (const result of results) {
  const bytes = result.design === 'prefix' ? Math.max(result.gzipBytes, ...coldBytes) : result.gzipBytes;
  console.log(`  ${result.design.padEnd(12)} ${result.p95 <= 20 && bytes <= 300 * 1024 ? 'PASS' : 'FAIL'}`);
}

await browser.close();
server.close();
rmSync(root, { recursive: true, force: true });
