/**
 * In Chromium, one page of each template in each locale, every page with an island and every
 * page with its own text (tests/support/representative-pages.ts), each checked for everything
 * the Foundation promises: security headers, lang/dir, no third-party requests, no cookies or
 * storage, axe-core clean, and quick exit by Shift×3 (its click and no-JavaScript paths:
 * quick-exit.test.ts). Every page of every locale is checked over HTTP in every-page-http.test.ts.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { getLocale } from '../../src/i18n/locales.ts';
import { quickExitUrl } from '../../src/site-config.ts';
import { allInlineScriptHashes, builtPages, expectedCsp } from '../support/site.ts';
import { browserCheckedPages, templateOf } from '../support/representative-pages.ts';
import { axeViolations, baseUrl, requestsSince } from '../support/browser.ts';
import { test as fixtureTest } from '../support/browser-test.ts';
import { pagePool } from '../support/page-pool.ts';

const all = builtPages();
const checked = browserCheckedPages(all);
// A page that stands for a template or has an island gets every check below; a page that differs
// from its template only by its text (a translated or English content page) gets the checks text can
// break (language, direction, axe), which keeps the browser's time per added locale small.
const pages = checked.filter((page) => page.reason !== 'own text');
const textPages = checked.filter((page) => page.reason === 'own text');
const hashes = allInlineScriptHashes();
const pool = pagePool();
const started = performance.now();
afterAll(async () => {
  await pool.close();
  // What one more language costs this suite: its templates (an untranslated locale has no own
  // text yet) at the time each page took here. Printed for the record, never asserted.
  const seconds = (performance.now() - started) / 1000;
  const perPage = seconds / checked.length;
  const perLocale = new Set(all.filter((page) => page.locale === 'cy').map((page) => templateOf(page))).size;
  console.log(
    `every-page (browser): ${checked.length} of ${all.length} pages (${pages.length} fully, ${textPages.length} for their text) in ${seconds.toFixed(0)} s (${perPage.toFixed(2)} s a page, up to 4 at a time); ` +
      `an added locale adds ${perLocale} template pages ≈ ${(perLocale * perPage).toFixed(0)} s, plus its translated pages and their share of every-page-http.`,
  );
});

const expectedHeaders = {
  'content-security-policy': expectedCsp(),
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

test('every template of every locale is among the pages checked here, and the quick exit script is allowed by hash', () => {
  const templates = (list: typeof all) => new Set(list.map((page) => `${page.locale} ${templateOf(page)}`));
  expect(templates(pages)).toEqual(templates(all));
  // Every English page is written in English: all of them are checked here.
  expect(checked.filter((page) => page.locale === 'en')).toHaveLength(
    all.filter((page) => page.locale === 'en' && !page.slug.startsWith('directory/')).length + 1,
  );
  expect(hashes.length).toBeGreaterThanOrEqual(1);
});

describe.concurrent('one page of each template in each locale, and every page with an island or its own text', () => {
  test.for(pages)('$path ($reason)', async ({ locale, path }, { expect }) => {
    const url = baseUrl() + path;
    await pool.use(async ({ context, page, requests, foreign, cspViolations }) => {
      const response = await page.goto(url, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      const headers = response!.headers();
      for (const [name, value] of Object.entries(expectedHeaders)) expect(headers[name], name).toBe(value);
      expect(headers['strict-transport-security'], 'no HSTS over plain HTTP').toBeUndefined();
      expect(headers['set-cookie']).toBeUndefined();

      // Language and direction.
      const { code, dir } = getLocale(locale);
      expect(await page.getAttribute('html', 'lang')).toBe(code);
      expect(await page.getAttribute('html', 'dir')).toBe(dir);

      // Quick exit is a real link, first in the focus order after "skip to content".
      const button = page.locator('#qe');
      expect(await button.getAttribute('href')).toBe(quickExitUrl);
      expect(await button.getAttribute('rel')).toBe('nofollow noreferrer');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
      await page.keyboard.press('Tab');
      const secondStop = await page.evaluate(() => [document.activeElement?.getAttribute('href'), document.activeElement?.getAttribute('rel')]);
      expect(secondStop).toEqual([quickExitUrl, 'nofollow noreferrer']);
      // The inline script ran (so the CSP hash matched): it reveals the "don't show again" button.
      expect(await page.locator('#qe-note button').isVisible()).toBe(true);

      expect(await axeViolations(page)).toEqual([]);
      expect(foreign).toEqual([]);
      expect(cspViolations).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
      for (const request of requests) expect(new URL(request.url()).origin).toBe(new URL(baseUrl()).origin);

      // Shift pressed three times leaves at once, replacing this page in history. Checked on every page
      // because an island with its own key handling could swallow it; the click and the no-JavaScript
      // link, which no island can change, are checked on one page of each kind in quick-exit.test.ts.
      // The directory's search fetches its index after the page has loaded: let it show its count
      // first, so that any request after the third Shift can only be the exit's.
      if ((await page.locator('.directory-search').count()) > 0)
        await page.waitForFunction(() => /\d/.test(document.querySelector('.directory-search__count')?.textContent ?? ''));
      const historyBefore = await page.evaluate(() => history.length);
      const sentBefore = requests.length;
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await Promise.all([page.waitForURL(quickExitUrl), page.keyboard.press('Shift')]);
      const sentAfter = requestsSince(requests, sentBefore);
      expect(sentAfter[0]?.url(), 'the first request after the third Shift is the exit itself').toBe(quickExitUrl);
      expect(sentAfter[0]?.headers().referer).toBeUndefined();
      expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    });
  });
});

/** The text pages of each locale, walked in one tab: a page's check is then a navigation and axe, nothing more. */
const textByLocale = [...Map.groupBy(textPages, (page) => page.locale)].map(([locale, list]) => ({ locale, paths: list.map((page) => page.path) }));

describe.concurrent('every other page with its own text: language, direction and axe', () => {
  fixtureTest.for(textByLocale)('$locale: $paths.length pages', { timeout: 600_000 }, async ({ locale, paths }, { expect, open }) => {
    const { code, dir } = getLocale(locale);
    // A fresh context for the walk (not the pool: its history would fill up for the next page's checks).
    const { page, foreign, cspViolations } = await open();
    const problems: string[] = [];
    for (const path of paths) {
      const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
      if (response?.status() !== 200) problems.push(`${path}: status ${response?.status()}`);
      const found = await page.evaluate(() => [
        document.documentElement.lang,
        document.documentElement.dir,
        document.getElementById('qe')?.getAttribute('href'),
      ]);
      if (found[0] !== code || found[1] !== dir || found[2] !== quickExitUrl) problems.push(`${path}: lang, dir, quick exit ${JSON.stringify(found)}`);
      // The page's own text: the header, Exit bar and footer around it are this locale's template,
      // checked whole above. A translation has the same elements and styles as its English page,
      // whose colours are checked (English pages keep every rule), so contrast is not re-run.
      for (const violation of await axeViolations(page, 'main', locale === 'en' ? [] : ['color-contrast']))
        problems.push(`${path}: ${JSON.stringify(violation)}`);
    }
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
