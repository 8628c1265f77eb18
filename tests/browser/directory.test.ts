/**
 * The directory in Chromium: the search island (text, every filter, URL state, zero
 * results with the helplines), right-to-left layout, axe with results on screen, and the
 * no-JavaScript form that goes to a static browse page.
 */
import { describe } from 'vitest';
import { test, type Open } from '../support/browser-test.ts';
import type { Page } from 'playwright-core';
import { fixtureEntries } from '../fixtures/directory-entries.ts';
import { axeViolations, baseUrl } from '../support/browser.ts';
import { buildPrefixIndex } from '../../src/directory/prefix-index/build.ts';
import { cardLabels, entryLabeller } from '../../src/directory/card-labels.ts';
import { entryTokens, searchableText } from '../../src/directory/filter.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { loadResources } from '../support/resources.ts';

const resources = loadResources(process.cwd());

/** The fixture entries as the build would index them for a locale. */
function fixtureIndex(locale: string): Map<string, string> {
  const labeller = entryLabeller(cardLabels(createTranslator(resources, locale), locale));
  return buildPrefixIndex(fixtureEntries, (entry) => searchableText(entry, labeller), entryTokens);
}

async function openDirectory(open: Open, locale = 'en', search = '') {
  const opened = await open();
  const files = fixtureIndex(locale);
  const prefix = `${baseUrl()}/${locale}/directory/index/`;
  await opened.page.route(`${prefix}**`, (route) => {
    const body = files.get(route.request().url().slice(prefix.length));
    return body ? route.fulfill({ status: 200, contentType: 'application/json', body }) : route.fulfill({ status: 404, body: '' });
  });
  await opened.page.goto(`${baseUrl()}/${locale}/directory/${search}`);
  await waitLoaded(opened.page);
  return opened;
}

/** The island has fetched the directory once its count shows a number. */
async function waitLoaded(page: Page) {
  await page.locator('#search-text').waitFor();
  await page.waitForFunction(() => /\d/.test(document.querySelector('.directory-search__count')?.textContent ?? ''));
}

/** Results follow typing at once, but a loaded CI machine can be slow to paint: wait up to 10 s. */
const settle = { timeout: 10_000 };

const shownIds = (page: Page) =>
  page.locator('.directory-search .service-card h2').evaluateAll((headings) => headings.map((heading) => heading.id.replace('service-', '')));

describe.concurrent('search with JavaScript', () => {
  test('shows every service, then narrows as you type, keeping the query in the URL', async ({ expect, open }) => {
    const { context, page } = await openDirectory(open);
    expect((await shownIds(page)).sort()).toEqual(fixtureEntries.map((entry) => entry.id).sort());
    expect(await page.locator('.directory-search__count').textContent()).toBe('5 services found');
    // "refu" finds the refuge, and the pet scheme through its need's label ("… while you are in a refuge").
    await page.locator('#search-text').fill('refu');
    await expect.poll(async () => (await shownIds(page)).sort(), settle).toEqual(['test-pet-fostering-cornwall', 'test-refuge-wales']);
    expect(await page.locator('.directory-search__count').textContent()).toBe('2 services found');
    await page.locator('#search-text').fill('refuge cymru');
    await expect.poll(() => shownIds(page), settle).toEqual(['test-refuge-wales']);
    expect(await page.locator('.directory-search__count').textContent()).toBe('1 service found');
    expect(new URL(page.url()).searchParams.get('q')).toBe('refuge cymru');
    // Words match the start of words only: "men" is not "women".
    await page.locator('#search-text').fill('men');
    await expect.poll(() => shownIds(page), settle).toEqual(['test-men']);
    // Need and community labels are searchable too.
    await page.locator('#search-text').fill('legal advice');
    await expect.poll(() => shownIds(page), settle).toEqual(['test-legal-england']);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  });

  test('choosing another language keeps the search, on the same page', async ({ expect, open }) => {
    const { page } = await openDirectory(open);
    await page.locator('#search-text').fill('refuge');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), settle).toBe('refuge');
    await page.locator('.language-switcher a[hreflang="cy"]').click();
    await page.waitForURL(/\/cy\/directory\/\?q=refuge$/);
    await page.locator('#search-text').waitFor();
    expect(await page.locator('#search-text').inputValue()).toBe('refuge');
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
  });

  const filters: [string, (page: Page) => Promise<unknown>, string[]][] = [
    ['need', (page) => page.selectOption('#search-need', 'legal'), ['test-legal-england']],
    ['community', (page) => page.selectOption('#search-community', 'men'), ['test-men']],
    ['nation', (page) => page.selectOption('#search-nation', 'wales'), ['test-refuge-wales', 'test-sisters']],
    ['language', (page) => page.selectOption('#search-language', 'cy'), ['test-refuge-wales']],
    ['BSL', (page) => page.check('#search-bsl'), ['test-legal-england']],
    ['wheelchair access', (page) => page.check('#search-wheelchair'), ['test-refuge-wales']],
    ['pets', (page) => page.check('#search-pets'), ['test-refuge-wales', 'test-pet-fostering-cornwall']],
    ['no recourse to public funds', (page) => page.check('#search-nrpf'), ['test-sisters']],
  ];

  test.for(filters)('the %s filter', async ([, apply, expected], { expect, open }) => {
    const { page } = await openDirectory(open);
    await apply(page);
    await expect.poll(async () => (await shownIds(page)).sort(), settle).toEqual(expected.sort());
    // The filter is in the URL, and a fresh load of that URL shows the same results.
    const shared = page.url();
    expect(new URL(shared).search).not.toBe('');
    await page.goto(shared);
    await waitLoaded(page);
    await expect.poll(async () => (await shownIds(page)).sort(), settle).toEqual(expected.sort());
  });

  test('the area typeahead finds a town offline, by keyboard, and narrows to services that cover it', async ({ expect, open }) => {
    const { page } = await openDirectory(open);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const field = page.locator('#search-area');
    await field.focus();
    await page.keyboard.type('tru');
    await expect.poll(() => page.locator('#search-area-list [role="option"]').allTextContents(), settle).toContain('Truro in Cornwall');
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.area-picker [role="status"]').textContent()).toMatch(/^\d+ places? match/);
    expect(await axeViolations(page)).toEqual([]);
    // Down to the suggestion, then Enter: Truro is in Cornwall.
    const options = await page.locator('#search-area-list [role="option"]').allTextContents();
    for (let step = 0; step <= options.indexOf('Truro in Cornwall'); step += 1) await page.keyboard.press('ArrowDown');
    const active = await field.getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).textContent()).toBe('Truro in Cornwall');
    await page.keyboard.press('Enter');
    expect(await field.inputValue()).toBe('Truro');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    // A national service for England, a UK-wide one, and the scheme for Cornwall; not Wales or Scotland.
    const inCornwall = ['test-legal-england', 'test-pet-fostering-cornwall', 'test-sisters'];
    await expect.poll(async () => (await shownIds(page)).sort(), settle).toEqual(inCornwall);
    expect(new URL(page.url()).searchParams.get('area')).toBe('cornwall');
    expect(await page.locator('.directory-search').textContent()).toContain('Showing services that cover Cornwall.');
    // What was typed went nowhere: the only requests are the page's own static files.
    expect(requests.filter((url) => url.includes('tru') || url.includes('Truro'))).toEqual([]);
    // A shared link keeps the area.
    await page.goto(page.url());
    await waitLoaded(page);
    await expect.poll(async () => (await shownIds(page)).sort(), settle).toEqual(inCornwall);
    expect(await page.locator('#search-area').inputValue()).toBe('Cornwall');
    // Escape with the list closed clears the area.
    await page.locator('#search-area').focus();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await shownIds(page)).length, settle).toBe(5);
    expect(new URL(page.url()).searchParams.get('area')).toBeNull();
  });

  test('Welsh pages find councils by their Welsh names, and say so when nothing matches', async ({ expect, open }) => {
    const { page } = await openDirectory(open, 'cy');
    await page.locator('#search-area').fill('zzq');
    await expect
      .poll(() => page.locator('.area-picker [role="status"]').textContent(), settle)
      .toBe('Does dim tref na chyngor yn cyfateb. Gwiriwch y sillafu, neu rhowch gynnig ar enw’r cyngor.');
    await page.locator('#search-area').fill('caerdy');
    await page.locator('#search-area-list [role="option"]', { hasText: 'Caerdydd' }).first().click();
    await expect.poll(async () => (await shownIds(page)).sort(), settle).toEqual(['test-refuge-wales', 'test-sisters']);
    expect(new URL(page.url()).searchParams.get('area')).toBe('cardiff');
  });

  test('nothing found: says so and shows the national helplines', async ({ expect, open }) => {
    const { page } = await openDirectory(open, 'en', '?q=zzzzzz');
    await expect.poll(() => shownIds(page), settle).toEqual([]);
    expect(await page.locator('.directory-search .notice').textContent()).toContain('No services match your search');
    const numbers = await page.locator('.directory-search .notice a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(numbers).toEqual(expect.arrayContaining(['tel:08082000247', 'tel:08088010800', 'tel:08000271234', 'tel:08088021414']));
    await page.locator('button', { hasText: 'Clear search' }).click();
    await expect.poll(async () => (await shownIds(page)).length, settle).toBe(5);
    expect(new URL(page.url()).search).toBe('');
  });

  test('cards say how to contact a service safely and how old the details are', async ({ expect, open }) => {
    const { page } = await openDirectory(open);
    const refuge = page.locator('#service-test-refuge-wales').locator('xpath=..');
    expect(await refuge.locator('a[href="tel:01632960001"]').count()).toBe(1);
    expect(await refuge.textContent()).toContain('Refuge addresses are never shown');
    const old = page.locator('#service-test-legal-england').locator('xpath=..');
    expect(await old.locator('.service-card__checked--old').textContent()).toContain('Newest source dated 1 February 2021');
    const unverified = page.locator('#service-test-men').locator('xpath=..');
    expect(await unverified.locator('a[href^="tel:"]').count()).toBe(0);
    expect(await unverified.textContent()).toContain('we only show their website');
    expect(await page.locator('#service-test-sisters').locator('xpath=..').locator('.tag--by-and-for').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('right to left in Arabic, with Arabic labels', async ({ expect, open }) => {
    const { page } = await openDirectory(open, 'ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('#search-text').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    const input = await page.locator('#search-text').boundingBox();
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    // The field starts at the right-hand edge of the content, as Arabic text does.
    expect(input!.x + input!.width).toBeGreaterThan(width / 2);
    expect(await page.locator('label[for="search-text"]').textContent()).not.toBe('Search by name or what you need');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('without JavaScript, the form goes to a static browse page', async ({ expect, open }) => {
  const { page } = await open({ javaScriptEnabled: false });
  await page.goto(`${baseUrl()}/cy/directory/`);
  expect(await page.locator('#search-text').count()).toBe(0);
  await page.selectOption('#directory-to', 'need/pets');
  await Promise.all([page.waitForURL(`${baseUrl()}/cy/directory/need/pets/`), page.locator('.directory-go button').click()]);
  expect(await page.locator('h1').textContent()).not.toBe('');
  expect(await page.getAttribute('html', 'lang')).toBe('cy');
});

test('without JavaScript, the pets page shows which schemes cover each part of the UK, and regions have pages', async ({ expect, open }) => {
  const { page } = await open({ javaScriptEnabled: false });
  await page.goto(`${baseUrl()}/en/directory/need/pets/`);
  const southWest = page.locator('.schemes-by-area dt', { hasText: 'South West England' }).locator('xpath=following-sibling::dd[1]');
  expect(await southWest.textContent()).toContain('Refuge4Pets');
  const link = southWest.locator('a', { hasText: 'Refuge4Pets' });
  expect(await page.locator(String(await link.getAttribute('href'))).count()).toBe(1);
  await page.goto(`${baseUrl()}/en/directory/`);
  await page.selectOption('#directory-to', 'region/south-west');
  await Promise.all([page.waitForURL(`${baseUrl()}/en/directory/region/south-west/`), page.locator('.directory-go button').click()]);
  expect(await page.locator('.service-card h2').allTextContents()).toContain('Refuge4Pets');
});
