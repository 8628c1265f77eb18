/**
 * Global setup for the browser tests: one Waypoint server on a free loopback port,
 * serving the built dist/, and one Chromium that every test file connects to.
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromium, type BrowserServer } from 'playwright-core';
import { createApp } from '../../src/server/app.ts';
import { createLogger } from '../../src/server/log.ts';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = join(process.cwd(), 'dist');
  if (!existsSync(join(distDir, '_headers'))) throw new Error('dist/ is not built. Run "npm test", which builds first.');

  const server: Server = createServer(createApp({ distDir, logger: createLogger(() => {}) }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');

  // One Chromium for every browser test. If it ever exits while tests still run (seen once on CI:
  // every browser test then failed with ECONNREFUSED), say why, and start it again at the same
  // address so the tests that follow can reconnect (tests/support/browser.ts) instead of all failing.
  const launchOptions = { executablePath: chromiumPath, args: chromiumArgs, headless: true };
  let closing = false;
  let restarts = 0;
  let browser: BrowserServer = await chromium.launchServer(launchOptions);
  const endpoint = new URL(browser.wsEndpoint());
  const watch = (current: BrowserServer) =>
    current.process().once('exit', (code, signal) => {
      if (closing) return;
      console.error(`Chromium exited during the tests (code ${code}, signal ${signal}).`);
      if (restarts++ >= 3) return;
      void chromium.launchServer({ ...launchOptions, port: Number(endpoint.port), wsPath: endpoint.pathname }).then((next) => {
        browser = next;
        watch(next);
      });
    });
  watch(browser);

  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  project.provide('wsEndpoint', browser.wsEndpoint());

  return async () => {
    closing = true;
    await browser.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
}
