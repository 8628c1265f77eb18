/**
 * The three pathways from the home page, and the self-check. Each person reaches what to do
 * next and who to call in three taps; the self-check scores in the page with JavaScript (no
 * request at all) and on the server without it (answers in the body, never in a URL).
 */
import { describe } from 'vitest';
import { test } from '../support/browser-test.ts';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl } from '../support/browser.ts';

const tap = async (page: Page, selector: string, name: string | RegExp) => {
  await Promise.all([page.waitForLoadState('load'), page.locator(selector, { hasText: name }).first().click()]);
};

describe.concurrent('three taps from home to who to call', () => {
  const journeys: [string, string, string | RegExp, string][] = [
    ['a survivor', '/en/help-for-you/', 'Housing and refuge', 'tel:08082000247'],
    ['a person worried about their own behaviour', '/en/your-behaviour/', 'What happens when you call the Respect Phoneline', 'tel:08088024040'],
    ['a friend', '/en/someone-else/', 'If a child tells you', 'tel:08088005000'],
  ];
  test.for(journeys)('%s', async ([, hub, topic, tel], { expect, open }) => {
    const { page } = await open();
    await page.goto(`${baseUrl()}/en/`);
    await Promise.all([page.waitForURL(`${baseUrl()}${hub}`), page.locator(`a[href="${hub}"]`).first().click()]);
    await tap(page, '.prose a', topic);
    // The number is in "Talk to someone now" (the nations' lines) or in "Who can help" (the page's services).
    expect(await page.locator('.who-can-help h2').textContent()).toBe('Who can help');
    expect(await page.locator(`.who-can-help a[href="${tel}"], [data-talk-now] a[href="${tel}"]`).count()).toBeGreaterThan(0);
  });
});

async function answer(page: Page, answers: Record<string, string>) {
  for (const [question, value] of Object.entries(answers)) await page.check(`#q-${question}-${value}`);
}

describe.concurrent('the self-check', () => {
  test('with JavaScript: scored in the page, nothing sent, nothing in the URL, and start again clears it', async ({ expect, open }) => {
    const { page, requests } = await open();
    await page.goto(`${baseUrl()}/en/self-check/`);
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    const before = requests.length;
    await answer(page, { checking: 'often', children: 'once' });
    await page.locator('.self-check button[type="submit"]').click();
    const result = page.locator('.self-check-result');
    await expect.poll(() => result.locator('h3').first().textContent()).toBe('Your answers describe behaviour that can be abusive');
    expect(await result.textContent()).toContain('Children who see or hear abuse are harmed by it');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('self-check-result');
    expect(requests.slice(before).map((request) => request.url())).toEqual([]);
    expect(page.url()).toBe(`${baseUrl()}/en/self-check/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.self-check button', { hasText: 'Start again' }).click();
    expect(await page.locator('#q-checking-often').isChecked()).toBe(false);
    expect(await page.locator('.self-check-result').count()).toBe(0);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  });

  test('without JavaScript: the server scores the same way, in the body, and shows only the band that applies', async ({ expect, open }) => {
    const { page, requests } = await open({ javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/en/self-check/`);
    await answer(page, { physical: 'once' });
    await Promise.all([page.waitForURL(`${baseUrl()}/api/self-check`), page.locator('.self-check button[type="submit"]').click()]);
    const post = requests.find((request) => request.method() === 'POST')!;
    expect(post.postData()).toContain('physical=once');
    expect(new URL(post.url()).search).toBe('');
    const bands = await page
      .locator('[data-band]')
      .evaluateAll((elements) => elements.map((element) => [element.getAttribute('data-band'), (element as HTMLElement).hidden]));
    expect(bands).toEqual([['urgent', false]]);
    expect(await page.locator('[data-note="children"]').count()).toBe(0);
    expect(await page.locator('.who-can-help a[href="tel:08088024040"]').count()).toBe(1);
    // axe needs JavaScript: check the page the server sent in a tab that runs it.
    const html = await page.content();
    const checker = await open();
    await checker.page.route(`${baseUrl()}/__result`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await checker.page.goto(`${baseUrl()}/__result`);
    expect(await axeViolations(checker.page)).toEqual([]);
  });
});
