/**
 * Quick exit's finer behaviour, in each locale: the spoken countdown, the timeout, keys
 * that must not count, what it clears before leaving, the bfcache reset, the note about
 * history, right-to-left placement and a visible focus.
 */
import { describe } from 'vitest';
import { test } from '../support/browser-test.ts';
import type { Page, Request } from 'playwright-core';
import { locales } from '../../src/i18n/locales.ts';
import { quickExitUrl } from '../../src/site-config.ts';
import { baseUrl, requestsSince } from '../support/browser.ts';

const pagePath = (locale: string) => `/${locale}/safer-browsing/`;

describe.concurrent.for(locales)('$englishName', ({ code, dir }) => {
  test('Shift counts down aloud in the page’s language, and expires after 5 seconds', async ({ expect, open }) => {
    const { context, page } = await open();
    await page.clock.install();
    await page.goto(baseUrl() + pagePath(code));
    const button = page.locator('#qe');
    const status = page.locator('#qe-status');
    await expect.poll(() => status.getAttribute('role'), { timeout: 20_000 }).toBe('status');

    await page.keyboard.press('Shift');
    expect(await status.textContent()).toBe(await button.getAttribute('data-two'));
    await page.keyboard.press('Shift');
    expect(await status.textContent()).toBe(await button.getAttribute('data-one'));
    expect(await page.getAttribute('html', 'data-qe')).toBe('2');

    await page.clock.runFor(5_001);
    expect(await status.textContent()).toBe(await button.getAttribute('data-expired'));
    expect(await page.getAttribute('html', 'data-qe')).toBe('0');
    // After the timeout one more press starts again rather than leaving.
    await page.keyboard.press('Shift');
    expect(page.url()).toBe(baseUrl() + pagePath(code));
    // The announcements are this locale's, not English (unless this is English).
    const english = await (async () => {
      const other = await context.newPage();
      await other.goto(baseUrl() + pagePath('en'));
      const text = await other.locator('#qe').getAttribute('data-two');
      await other.close();
      return text;
    })();
    if (code !== 'en') expect(await button.getAttribute('data-two')).not.toBe(english);
  });

  test('the button sits at the inline end: right in left-to-right pages, left in right-to-left', async ({ expect, open }) => {
    const { page } = await open();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(baseUrl() + pagePath(code));
    const box = await page.locator('#qe').boundingBox();
    expect(box).not.toBeNull();
    const centre = box!.x + box!.width / 2;
    if (dir === 'rtl') expect(centre).toBeLessThan(500);
    else expect(centre).toBeGreaterThan(500);
    // Sticky: still on screen after scrolling to the bottom.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const afterScroll = await page.locator('#qe').boundingBox();
    expect(afterScroll!.y).toBeGreaterThanOrEqual(0);
    expect(afterScroll!.y).toBeLessThan(100);
  });
});

describe.concurrent('keys that must not trigger quick exit', () => {
  test('a Shift used to type a capital letter does not count', async ({ expect, open }) => {
    const { page } = await open();
    await page.goto(baseUrl() + pagePath('en'));
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    expect(page.url()).toBe(baseUrl() + pagePath('en'));
    await Promise.all([page.waitForURL(quickExitUrl), page.keyboard.press('Shift')]);
  });

  test('any other key starts the count again', async ({ expect, open }) => {
    const { page } = await open();
    await page.goto(baseUrl() + pagePath('en'));
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    expect(await page.locator('#qe-status').textContent()).toBe('');
    await page.keyboard.press('Shift');
    expect(page.url()).toBe(baseUrl() + pagePath('en'));
    expect(await page.getAttribute('html', 'data-qe')).toBe('1');
  });
});

describe.concurrent('what quick exit does before leaving', () => {
  test('hides the page, blanks the title and empties fields before the next site has loaded', async ({ expect, open }) => {
    const { context, page } = await open();
    await page.goto(baseUrl() + pagePath('en'));
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'typed';
      field.value = 'something private';
      document.querySelector('main')!.append(field);
    });
    // A listener on window runs after the button's own handler, while the page is still
    // here: it reports what someone glancing at the screen would see.
    await page.evaluate(() =>
      addEventListener('click', () =>
        console.log(
          'state:' +
            JSON.stringify({
              title: document.title,
              hidden: getComputedStyle(document.body).visibility,
              leaving: document.documentElement.classList.contains('qe-leaving'),
              typed: (document.getElementById('typed') as HTMLInputElement).value,
            }),
        ),
      ),
    );
    const reported = page.waitForEvent('console', (message) => message.text().startsWith('state:'));
    // Hold the neutral page back until the page being left has reported (the click comes first).
    await context.route(quickExitUrl, async (route) => {
      await reported;
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' });
    });
    await Promise.all([page.waitForURL(quickExitUrl), page.locator('#qe').click()]);
    const state = JSON.parse((await reported).text().slice('state:'.length));
    expect(state).toEqual({ title: '', hidden: 'hidden', leaving: true, typed: '' });
  });

  test('clears this site’s session and local storage', async ({ expect, open }) => {
    const { page } = await open();
    await page.goto(baseUrl() + pagePath('en'));
    await page.evaluate(() => {
      sessionStorage.setItem('draft', 'x');
      localStorage.setItem('saved', 'y');
    });
    await Promise.all([page.waitForURL(quickExitUrl), page.locator('#qe').click()]);
    await page.goto(baseUrl() + pagePath('en'));
    expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
  });

  test('coming back from the back/forward cache shows the page again, not a blank one', async ({ expect, open }) => {
    const { page } = await open();
    await page.goto(baseUrl() + pagePath('en'));
    const title = await page.title();
    const restored = await page.evaluate(() => {
      document.documentElement.classList.add('qe-leaving');
      document.title = '';
      document.documentElement.dataset.qe = '2';
      dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      return {
        title: document.title,
        leaving: document.documentElement.classList.contains('qe-leaving'),
        presses: document.documentElement.dataset.qe,
      };
    });
    expect(restored).toEqual({ title, leaving: false, presses: '0' });
  });

  test('the skip link at the top of the page leaves the same way', async ({ expect, open }) => {
    const { page } = await open();
    await page.goto(baseUrl() + pagePath('cy'));
    const before = await page.evaluate(() => history.length);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(quickExitUrl), page.keyboard.press('Enter')]);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });
});

/** Waits until every request the page has made is answered and the browser reports the network idle. */
async function untilQuiet(page: Page, requests: Request[]): Promise<void> {
  await page.waitForLoadState('networkidle');
  await Promise.all(requests.map((request) => request.response()));
}

/** One page of each kind the site builds: every layout and every island. every-page.test.ts checks Shift×3 on all of them. */
const pageKinds = ['', 'housing/', 'easy-read/', 'directory/', 'directory/need/refuge/', 'clares-law/', 'forms/disclosure-request/', 'self-check/'];
/**
 * The click and the no-JavaScript link are the same inline script and the same markup in every
 * language: all kinds in English, and in each other locale the page with no island and the page
 * with the most script. Shift×3 is checked on every template of every locale (every-page.test.ts).
 */
const kindsIn = (code: string) => (code === 'en' ? pageKinds : ['', 'forms/disclosure-request/']);

describe.concurrent.for(locales)('a click on quick exit, $englishName', ({ code }) => {
  test.for(kindsIn(code))('/%s: leaves at once without a history entry, and without JavaScript is a plain link that leaves', async (kind, { expect, open }) => {
    const url = `${baseUrl()}/${code}/${kind}`;
    const { page, requests } = await open();
    // Let the page finish what it loads by itself (island code, then the directory's index, one
    // file after another), so that a request after the click can only be the click's doing.
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await untilQuiet(page, requests);
    const historyBefore = await page.evaluate(() => history.length);
    const sentBefore = requests.length;
    await Promise.all([page.waitForURL(quickExitUrl), page.locator('#qe').click()]);
    const sentAfter = requestsSince(requests, sentBefore).map((request) => request.url());
    expect(sentAfter[0], 'the first request after the click is the exit itself').toBe(quickExitUrl);
    expect(sentAfter.every((sent) => sent.startsWith(quickExitUrl))).toBe(true);
    expect(requests.find((request) => request.url() === quickExitUrl)?.headers().referer).toBeUndefined();
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    const noScript = await open({ javaScriptEnabled: false });
    await noScript.page.goto(url);
    await Promise.all([noScript.page.waitForURL(quickExitUrl), noScript.page.locator('#qe').click()]);
    expect(noScript.foreign).toEqual([]);
  });
});

describe.concurrent('the note explaining quick exit', () => {
  test('is open until closed; closing it is remembered only when the person asks', async ({ expect, open }) => {
    const { page } = await open();
    const url = baseUrl() + pagePath('en');
    await page.goto(url);
    const note = page.locator('#qe-note');
    expect(await note.getAttribute('open')).not.toBeNull();
    // Closing the note by its summary keeps nothing.
    await note.locator('summary').click();
    expect(await note.getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    expect(await note.getAttribute('open')).not.toBeNull();

    // "Don't show this again" keeps one small note, which quick exit deletes.
    await note.locator('button').click();
    expect(await note.getAttribute('open')).toBeNull();
    await page.reload();
    expect(await note.getAttribute('open')).toBeNull();
    await Promise.all([page.waitForURL(quickExitUrl), page.locator('#qe').click()]);
    await page.goto(url);
    expect(await note.getAttribute('open')).not.toBeNull();
  });

  test('without JavaScript it is open, can be closed, and offers no button that would not work', async ({ expect, open }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(baseUrl() + pagePath('ar'));
    const note = page.locator('#qe-note');
    expect(await note.getAttribute('open')).not.toBeNull();
    expect(await note.locator('button').isVisible()).toBe(false);
    await note.locator('summary').click();
    expect(await note.getAttribute('open')).toBeNull();
  });
});

test('keyboard focus is clearly visible on the first link', async ({ expect, open }) => {
  const { page } = await open();
  await page.goto(baseUrl() + pagePath('en'));
  await page.keyboard.press('Tab');
  const focused = page.locator('.skip-link').first();
  expect(await focused.evaluate((element) => element === document.activeElement)).toBe(true);
  const style = await focused.evaluate((element) => {
    const computed = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return { background: computed.backgroundColor, inView: box.top >= 0 && box.bottom <= innerHeight };
  });
  expect(style).toEqual({ background: 'rgb(255, 221, 0)', inView: true });
});
