/**
 * `npm run bench:locales`: what one more locale costs `npm test`, and the projected time with
 * all the locales the site plans (11), on this machine. Reads the report the last `npm test`
 * wrote (node_modules/.cache/waypoint-vitest.json) and times one build in this run.
 *
 * Per locale: the summed duration of the tests that name it (a URL /xx/, "(xx)", or its English
 * name), divided by how many tests ran at once in that run (summed test time ÷ wall time), plus
 * its share of the build (pages built in that locale ÷ all pages × build time).
 * The baseline is the same run's English share, which every extra locale mirrors.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../src/i18n/locales.ts';

const plannedLocales = 11;
const report = join(process.cwd(), 'node_modules', '.cache', 'waypoint-vitest.json');
if (!existsSync(report)) {
  console.error('No test report: run `npm test` first.');
  process.exit(1);
}

interface Assertion {
  fullName: string;
  duration?: number;
}
interface FileResult {
  name: string;
  startTime: number;
  endTime: number;
  assertionResults: Assertion[];
}
const results = JSON.parse(readFileSync(report, 'utf8')) as { testResults: FileResult[] };

const wall = (Math.max(...results.testResults.map((file) => file.endTime)) - Math.min(...results.testResults.map((file) => file.startTime))) / 1000;
const all = results.testResults.flatMap((file) => file.assertionResults.map((test) => ({ ...test, file: file.name })));
const summed = all.reduce((sum, test) => sum + (test.duration ?? 0), 0) / 1000;
const concurrency = summed / wall;

const mentions = (name: string, code: string, englishName: string) =>
  name.includes(`/${code}/`) || name.includes(`(${code})`) || name.includes(` ${code} `) || name.includes(englishName);
const perLocale = locales.map(({ code, englishName }) => {
  const seconds = all.filter((test) => mentions(test.fullName, code, englishName)).reduce((sum, test) => sum + (test.duration ?? 0), 0) / 1000;
  return { code, seconds, wallShare: seconds / concurrency };
});

// One build, timed here.
const started = performance.now();
const build = spawnSync(join(process.cwd(), 'node_modules', '.bin', 'astro'), ['build'], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  encoding: 'utf8',
});
if (build.status !== 0) {
  console.error(build.stderr);
  process.exit(1);
}
const buildSeconds = (performance.now() - started) / 1000;
const pagesIn = (code: string) =>
  readdirSync(join(process.cwd(), 'dist', code), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name === 'index.html')
    .length;
const pages = locales.map(({ code }) => pagesIn(code));
const totalPages = pages.reduce((sum, count) => sum + count, 0);

console.log(`last npm test: ${wall.toFixed(0)} s of tests (wall), ${summed.toFixed(0)} s summed, ${concurrency.toFixed(1)} at once`);
console.log(`build (this run): ${buildSeconds.toFixed(0)} s for ${totalPages} pages in ${locales.length} locales`);
const costs = perLocale.map((entry, index) => {
  const buildShare = (buildSeconds * pages[index]!) / totalPages;
  const total = entry.wallShare + buildShare;
  console.log(
    `  ${entry.code}: tests ${entry.seconds.toFixed(0)} s summed → ${entry.wallShare.toFixed(0)} s wall; build ${buildShare.toFixed(0)} s; ${total.toFixed(0)} s in all`,
  );
  return total;
});
const english = costs[0]!;
const others = costs.slice(1);
const perAdded = others.length > 0 ? Math.max(...others) : english;
console.log(
  `one more locale adds about ${perAdded.toFixed(0)} s (the dearest existing one; English, the baseline, costs ${english.toFixed(0)} s, ratio ${(perAdded / english).toFixed(2)})`,
);
const now = wall + buildSeconds;
const projected = now + (plannedLocales - locales.length) * perAdded;
console.log(
  `projected npm test with ${plannedLocales} locales: ${(projected / 60).toFixed(1)} min (now ${(now / 60).toFixed(1)} min with ${locales.length}; budget 15 min)`,
);
