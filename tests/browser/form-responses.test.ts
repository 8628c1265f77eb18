/**
 * The pages the form handler answers with (sent, invalid, rejected, busy, failed), in
 * every locale, filled in as the server fills them, checked in Chromium like every other
 * page: axe-core clean, lang/dir right, quick exit there, nothing from another site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { test } from '../support/browser-test.ts';
import { getLocale, locales } from '../../src/i18n/locales.ts';
import { escapeHtml } from '../../src/i18n/format.ts';
import { responseKinds } from '../../src/server/forms/response-kinds.ts';
import { distDir, templatePages } from '../support/site.ts';
import { axeViolations, baseUrl } from '../support/browser.ts';

const pages = templatePages();

test('there is a response page for each kind in each locale', () => {
  expect(pages.length).toBe(responseKinds.length * locales.length);
});

describe.concurrent('form response pages', () => {
  test.for(pages)('$path', async ({ locale, path }, { expect, open }) => {
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8')
      .replace('<!--waypoint:reference-->', 'ABCDEFGH2345')
      .replace('<!--waypoint:reason-->', escapeHtml('The form had an answer we did not expect.'))
      .replace('<!--waypoint:errors-->', '<li>Enter an answer.</li>');
    const { page, foreign, cspViolations } = await open();
    // Served at a same-origin address, as the handler would answer a POST.
    const url = `${baseUrl()}/__response${path}`;
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(url);
    const { dir } = getLocale(locale);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.getAttribute('html', 'dir')).toBe(dir);
    expect(await page.locator('#qe').count()).toBe(1);
    expect(await page.content()).not.toContain('<!--waypoint:');
    expect(await axeViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
