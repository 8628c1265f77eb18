/**
 * Every built page in every locale, over HTTP and as parsed HTML, with no browser: cheap
 * enough to run on all of them however many pages and locales there are. Status, the exact
 * security headers, lang and dir, the skip link then quick exit as the first two links, quick
 * exit's real link and its note, in-page links that land, and nothing loaded from another site. (The browser checks
 * one page per template and locale: every-page.test.ts.)
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { getLocale } from '../../src/i18n/locales.ts';
import { quickExitUrl } from '../../src/site-config.ts';
import { builtPages, expectedCsp } from '../support/site.ts';
import { baseUrl } from '../support/browser.ts';

const pages = builtPages();
const csp = expectedCsp();

test('every page of every locale is here', () => {
  // English is the source: every locale builds the same pages (built-site.test.ts); count them here.
  const english = pages.filter((page) => page.locale === 'en').length;
  expect(english).toBeGreaterThan(80);
  expect(pages).toHaveLength(english * new Set(pages.map((page) => page.locale)).size);
});

describe.concurrent('every page in every locale, over HTTP', () => {
  test.for(pages)('$path', async ({ locale, path }) => {
    const response = await fetch(baseUrl() + path, { headers: { 'Sec-Fetch-Site': 'none' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('set-cookie')).toBeNull();

    const { document } = parseHTML(await response.text());
    const { code, dir } = getLocale(locale);
    expect(document.documentElement.getAttribute('lang')).toBe(code);
    expect(document.documentElement.getAttribute('dir')).toBe(dir);

    // The skip link, then quick exit: the first two things a keyboard reaches.
    const [skip, exit] = [...document.querySelectorAll('body a[href], body button')];
    expect(skip?.getAttribute('href')).toBe('#main');
    expect(exit?.getAttribute('href')).toBe(quickExitUrl);
    expect(exit?.getAttribute('rel')).toBe('nofollow noreferrer');
    expect(document.querySelector('#qe-note')).not.toBeNull();
    expect(document.querySelector('main#main')).not.toBeNull();
    expect(document.querySelector('title')?.textContent?.trim()).not.toBe('');

    // A reader of one language stays in it: every link to another page of the site is in this
    // locale, except those that say they change language (the switcher, "read the English").
    for (const link of document.querySelectorAll('a[href^="/"]:not([hreflang])')) {
      expect(link.getAttribute('href'), `${path}: a link out of ${locale}`).toMatch(new RegExp(`^/${locale}/`));
    }

    // Every link within the page lands somewhere: translated headings get translated ids.
    for (const link of document.querySelectorAll('a[href^="#"]')) {
      const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
      expect(document.getElementById(id), `${path}: #${id}`).not.toBeNull();
    }

    for (const element of document.querySelectorAll('script[src], link[href], img[src], iframe, source[src]')) {
      const target = element.getAttribute('src') ?? element.getAttribute('href') ?? '';
      if (element.tagName === 'LINK' && /alternate/.test(element.getAttribute('rel') ?? '')) continue;
      expect(new URL(target, baseUrl()).origin, `${path}: ${target}`).toBe(new URL(baseUrl()).origin);
    }
  });
});
