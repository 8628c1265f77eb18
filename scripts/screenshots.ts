/**
 * `npm run screenshots`: phone-sized screenshots of the home page and the Clare's Law request
 * form in the right-to-left and Indic-script locales (and any others named on the command line),
 * for a person to review how the scripts render and mirror: test-output/screenshots/<code>-*.png.
 * Nothing is asserted pixel by pixel. Installs Debian's Noto fonts first if they are missing,
 * so headless Chromium draws Urdu Nastaliq, Gurmukhi and Bengali rather than empty boxes.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createApp } from '../src/server/app.ts';
import { createLogger } from '../src/server/log.ts';
import { isLocale } from '../src/i18n/locales.ts';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.ts';
import { ensureSystemPackages } from './ensure-system-packages.ts';

const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['ar', 'ur', 'pa', 'bn'];
const codes = wanted.filter((code) => isLocale(code));
const skipped = wanted.filter((code) => !isLocale(code));
if (skipped.length > 0) console.warn(`Not a locale of this site (yet): ${skipped.join(', ')}`);

ensureSystemPackages();
const nastaliq = '/usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Regular.ttf';
if (!existsSync(nastaliq) && process.getuid?.() === 0) {
  spawnSync('sh', ['-c', 'apt-get update && apt-get install -y fonts-noto-core'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
if (!existsSync(nastaliq)) console.warn('Noto fonts are missing (apt-get install -y fonts-noto-core): some scripts will show as boxes.');

const out = join(process.cwd(), 'test-output', 'screenshots');
mkdirSync(out, { recursive: true });

const server = createServer(createApp({ distDir: join(process.cwd(), 'dist'), logger: createLogger(() => {}) }));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
if (!address || typeof address === 'string') throw new Error('no port');
const origin = `http://127.0.0.1:${address.port}`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  // A small Android phone's viewport.
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 });
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const page = await context.newPage();
  for (const code of codes) {
    for (const [name, path] of [
      ['home', `/${code}/`],
      ['clares-law-form', `/${code}/forms/disclosure-request/`],
    ] as const) {
      await page.goto(origin + path, { waitUntil: 'load' });
      const file = join(out, `${code}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${file}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
