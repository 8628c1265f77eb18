/**
 * `npm test`: make sure Debian's Chromium and GnuPG are there, lint, type-check, build the site once, then
 * run every vitest project and end with one line: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSystemPackages } from './ensure-system-packages.ts';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

ensureSystemPackages();

const bin = join(process.cwd(), 'node_modules', '.bin');
const quiet = { ASTRO_TELEMETRY_DISABLED: '1' };

// Steps that must pass before any test can mean anything: each counts as one failure.
const gates: [string, string, string[]][] = [
  ['Lint or formatting errors (npm run lint; npm run format fixes formatting).', 'biome', ['ci', '.']],
  ['Type errors in .astro files.', 'astro', ['check']],
  ['Type errors in TypeScript files.', 'tsc', ['--noEmit', '-p', '.']],
  ['The site did not build.', 'astro', ['build']],
];
for (const [failure, command, args] of gates) {
  if (run(join(bin, command), args, quiet) !== 0) {
    console.error(failure);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const report = join(process.cwd(), 'node_modules', '.cache', 'waypoint-vitest.json');
rmSync(report, { force: true });
const status = run(join(bin, 'vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);

let passed = 0;
let failed = status === 0 ? 0 : 1;
try {
  const results = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed = results.numPassedTests;
  failed = results.numFailedTests + (status !== 0 && results.numFailedTests === 0 ? 1 : 0);
} catch {
  console.error('vitest wrote no report.');
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
