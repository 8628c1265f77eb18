/**
 * The server starts from a production install: only `dependencies`, no development package,
 * reading only dist/ (and config/). It is installed in a temporary folder with the project's
 * lock file (`npm install --omit=dev`; `npm ci` refuses this lock file, see .ci/run), then run
 * with the project's Node 24 as an operator would run `npm run serve`, and a form is sent.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { callbackAnswers, post } from './support.ts';

const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'waypoint-production-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('npm install --omit=dev, then the server serves the site and takes a form', { timeout: 300_000 }, async () => {
  for (const name of ['package.json', 'package-lock.json', 'src', 'dist']) cpSync(join(root, name), join(dir, name), { recursive: true });
  const install = spawnSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8', timeout: 240_000 });
  expect(install.status, install.stderr).toBe(0);
  // Development packages really are absent: the server cannot lean on them.
  for (const devOnly of ['vitest', 'playwright-core', 'fast-check', 'axe-core']) expect(existsSync(join(dir, 'node_modules', devOnly)), devOnly).toBe(false);

  const child = spawn(join(root, 'node_modules', '.bin', 'node'), ['src/server/start.ts'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`did not start:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/[^\s]+)\//.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
    });
    expect((await fetch(`${url}/en/`)).status).toBe(200);
    const sent = await post(url, '/api/forms/callback-request', JSON.stringify(callbackAnswers()));
    expect(sent.status).toBe(200);
    expect(((await sent.json()) as { status: string }).status).toBe('sent');
  } finally {
    child.kill('SIGTERM');
  }
});
