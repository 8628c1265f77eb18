/**
 * Every built page in every locale, checked once for everything the Foundation promises:
 * security headers, lang/dir, no third-party requests, no cookies or storage, axe-core
 * clean, and quick exit by click, by Shift×3, and with JavaScript off.
 */
import { describe, expect, test } from 'vitest';
import { getLocale } from '../../src/i18n/locales.ts';
import { quickExitUrl } from '../../src/site-config.ts';
import { allInlineScriptHashes, builtPages, expectedCsp } from '../support/site.ts';
import { axeViolations, baseUrl, openContext } from '../support/browser.ts';

const pages = builtPages();
const hashes = allInlineScriptHashes();

const expectedHeaders = {
  'content-security-policy': expectedCsp(),
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

test('the site has pages to check, and the quick exit script is allowed by hash', () => {
  expect(pages.length).toBeGreaterThanOrEqual(24);
  expect(hashes.length).toBeGreaterThanOrEqual(1);
});

describe.concurrent('every page in every locale', () => {
  test.for(pages)('$path', async ({ locale, path }, { expect }) => {
    const url = baseUrl() + path;
    const { context, page, requests, foreign, cspViolations } = await openContext();
    try {
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

      // Click: leaves for the neutral site at once, replacing this page in history.
      const historyBefore = await page.evaluate(() => history.length);
      const sentBefore = requests.length;
      await Promise.all([page.waitForURL(quickExitUrl), button.click()]);
      const sentAfter = requests.slice(sentBefore).map((request) => request.url());
      expect(sentAfter[0], 'the first request after the click is the exit itself').toBe(quickExitUrl);
      expect(sentAfter.every((sent) => sent.startsWith(quickExitUrl))).toBe(true);
      expect(requests[sentBefore]?.headers()['referer']).toBeUndefined();
      expect(await page.evaluate(() => history.length)).toBe(historyBefore);

      // Shift pressed three times does the same.
      await page.goto(url, { waitUntil: 'load' });
      const historyAgain = await page.evaluate(() => history.length);
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await Promise.all([page.waitForURL(quickExitUrl), page.keyboard.press('Shift')]);
      expect(await page.evaluate(() => history.length)).toBe(historyAgain);
    } finally {
      await context.close();
    }

    // Without JavaScript the button is still a plain link to the same place.
    const noScript = await openContext({ javaScriptEnabled: false });
    try {
      await noScript.page.goto(url);
      await Promise.all([noScript.page.waitForURL(quickExitUrl), noScript.page.locator('#qe').click()]);
      expect(noScript.foreign).toEqual([]);
    } finally {
      await noScript.context.close();
    }
  });
});
