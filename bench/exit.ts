/**
 * `npm run bench:exit`: how long quick exit takes from the person's action to the browser
 * starting to load the neutral site, in Debian's Chromium, median of 20 runs each:
 *   (a) click on "Exit this page", (b) the third Shift keyup, and, as the baseline in the
 *   same run, (c) a click on a plain link to the same site added to the same page, which
 *   no script handles: the browser's own navigation.
 * Time is read inside the browser on one clock: the action's event.timeStamp on the page
 * being left, against the neutral page's performance.timeOrigin, its navigation start.
 * No network: the neutral page is served by the test's request interception.
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createApp } from '../src/server/app.ts';
import { createLogger } from '../src/server/log.ts';
import { quickExitUrl } from '../src/site-config.ts';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.ts';

const runs = 20;
const pagePath = '/en/safer-browsing/';

const server = createServer(createApp({ distDir: join(process.cwd(), 'dist'), logger: createLogger(() => {}) }));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
if (!address || typeof address === 'string') throw new Error('no port');
const origin = `http://127.0.0.1:${address.port}`;
const url = origin + pagePath;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

async function context(): Promise<BrowserContext> {
  const created = await browser.newContext();
  await created.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(origin)) return route.continue();
    if (target === quickExitUrl) return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' });
    return route.abort();
  });
  return created;
}

/** Epoch milliseconds (high resolution) at which the neutral page's navigation started. */
const navigationStart = (page: Page) => page.evaluate(() => performance.timeOrigin);

/** Adds a listener that records when the triggering event happened, in epoch milliseconds. */
async function recordEvent(page: Page, type: 'click' | 'keyup'): Promise<() => Promise<number>> {
  let stamp = 0;
  await page.exposeFunction('__record', (value: number) => (stamp = value));
  await page.evaluate((eventType) => {
    // Capture phase on window: runs before the quick-exit handler, and adds no work to it.
    addEventListener(eventType, (event) => (window as unknown as { __record(v: number): void }).__record(performance.timeOrigin + event.timeStamp), {
      capture: true,
    });
  }, type);
  return async () => stamp;
}

async function measure(kind: 'click' | 'shift' | 'plain link'): Promise<number> {
  const ctx = await context();
  const page = await ctx.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    let started: () => Promise<number>;
    if (kind === 'plain link') {
      started = await recordEvent(page, 'click');
      await page.evaluate((href) => {
        const link = Object.assign(document.createElement('a'), { href, id: 'plain', textContent: 'Weather' });
        document.querySelector('main')!.prepend(link);
      }, quickExitUrl);
      await Promise.all([page.waitForURL(quickExitUrl), page.locator('#plain').click()]);
    } else if (kind === 'click') {
      started = await recordEvent(page, 'click');
      await Promise.all([page.waitForURL(quickExitUrl), page.locator('#qe').click()]);
    } else {
      started = await recordEvent(page, 'keyup');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await Promise.all([page.waitForURL(quickExitUrl), page.keyboard.press('Shift')]);
    }
    await page.waitForLoadState('load');
    return (await navigationStart(page)) - (await started());
  } finally {
    await ctx.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const results = new Map<string, number[]>();
// Interleave the kinds so drift on a noisy machine affects all three alike.
for (let run = 0; run < runs; run += 1) {
  for (const kind of ['plain link', 'click', 'shift'] as const) {
    results.set(kind, [...(results.get(kind) ?? []), await measure(kind)]);
  }
}

const baseline = median(results.get('plain link')!);
console.log(`\nQuick exit on ${pagePath}: action → navigation start of the neutral page, ${runs} runs each, Chromium ${browser.version()}\n`);
console.log(`${'trigger'.padEnd(26)} ${'median ms'.padStart(10)} ${'min'.padStart(7)} ${'max'.padStart(7)} ${'ratio to plain link'.padStart(20)}`);
for (const [kind, values] of results) {
  const label = kind === 'plain link' ? 'plain link (baseline)' : kind === 'click' ? 'click "Exit this page"' : 'Shift ×3 (third keyup)';
  console.log(
    `${label.padEnd(26)} ${median(values).toFixed(1).padStart(10)} ${Math.min(...values)
      .toFixed(1)
      .padStart(7)} ${Math.max(...values)
      .toFixed(1)
      .padStart(7)} ${(median(values) / baseline).toFixed(2).padStart(20)}`,
  );
}

await browser.close();
server.close();
