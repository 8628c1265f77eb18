/**
 * Focus and time for a person in a hurry (WCAG 2.2 AA): controls that remove themselves hand
 * focus on (2.4.3), the idle warning is a focused dialog whose button extends the time (2.2.1,
 * checked with a fake clock), repeated errors are announced again, the no-JavaScript error
 * summary comes first and is focused, error summary links never land a field under the Exit bar
 * (2.4.11), "Change" returns to the review, Arabic-script area typing is answered honestly, and
 * the self-check with nothing answered does not claim "never" to everything. Forced-colours
 * screenshots of the area picker and the form are written to test-output/forced-colours/ for a
 * person to review (not asserted).
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { test, type Open } from '../support/browser-test.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { baseUrl } from '../support/browser.ts';
import { startInProcess, type InProcess } from '../handler/in-process.ts';
import { contrast } from '../support/a11y/contrast.ts';
import { idleClearAfterMs, idleWarnAfterMs } from '../../src/islands/RequestForm.tsx';

const settle = { timeout: 10_000 };
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Is the element fully below the sticky Exit bar (not hidden behind it)? */
const clearOfExitBar = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const box = document.querySelector(selector)!.getBoundingClientRect();
    const bar = document.querySelector('.quick-exit')!.getBoundingClientRect();
    return box.top >= bar.bottom - 0.5;
  }, selector);

async function openForm(open: Open, form: string, options: { width?: number; clock?: boolean } = {}) {
  const opened = await open();
  if (options.width) await opened.page.setViewportSize({ width: options.width, height: 640 });
  if (options.clock) await opened.page.clock.install();
  await opened.page.goto(`${baseUrl()}/en/forms/${form}/`);
  await opened.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await opened.page.locator('.request-form button', { hasText: 'Start' }).click();
  return opened;
}
const continueButton = (page: Page) => page.locator('.request-form button[type="submit"]');
const heading = (page: Page) => page.locator('.request-form h2:not(.error-summary__title)').first().textContent();

async function openDirectory(open: Open, path = '/en/directory/') {
  const opened = await open();
  await opened.page.goto(baseUrl() + path);
  await opened.page.waitForFunction(() => /\d/.test(document.querySelector('.directory-search__count')?.textContent ?? ''), undefined, settle);
  return opened;
}

describe.concurrent('a control that removes itself hands focus on', () => {
  test('"Show more services": focus goes to the first card it added', async ({ expect, open }) => {
    const { page } = await openDirectory(open);
    const before = await page.locator('.directory-search .service-card').count();
    const more = page.locator('.directory-search button', { hasText: 'Show more' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.directory-search .service-card').count(), settle).toBeGreaterThan(before);
    const added = await page.locator('.directory-search .service-card h2').nth(before).getAttribute('id');
    await expect.poll(() => activeId(page), settle).toBe(added);
    // The next Tab goes into the new card, not back to the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate((id) => document.getElementById(id!)!.closest('article')!.contains(document.activeElement), added)).toBe(true);
  });

  test('"Clear area": focus goes back to the empty area field', async ({ expect, open }) => {
    const { page } = await openDirectory(open);
    await page.locator('#search-area').fill('leeds');
    await page.locator('#search-area-list [role="option"]', { hasText: 'Leeds' }).first().click();
    const clear = page.locator('.area-picker__clear');
    await clear.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clear.count(), settle).toBe(0);
    expect(await activeId(page)).toBe('search-area');
    expect(await page.locator('#search-area').inputValue()).toBe('');
  });

  test('self-check "Start again": focus goes to the first question', async ({ expect, open }) => {
    const { page } = await open();
    await page.goto(`${baseUrl()}/en/self-check/`);
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await page.locator('.self-check input[type="radio"][value="once"]').first().check();
    await page.locator('.self-check button[type="submit"]').click();
    const again = page.locator('.self-check button', { hasText: 'Start again' });
    await again.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => again.count(), settle).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    expect(await page.evaluate(() => document.activeElement === document.querySelector('.self-check input[type="radio"]'))).toBe(true);
  });
});

test('checkbox and radio focus rings are 3:1 against the page', async ({ expect, open }) => {
  const { page } = await openDirectory(open);
  await page.goto(`${baseUrl()}/en/self-check/`);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  const rings = [];
  for (const selector of ['.self-check input[type="radio"]']) {
    // Reach it by keyboard so :focus-visible applies: from the field before it.
    await page.locator('.self-check .notice').evaluate((element) => element.setAttribute('tabindex', '-1'));
    await page.locator('.self-check .notice').focus();
    await page.keyboard.press('Tab');
    rings.push(
      await page
        .locator(selector)
        .first()
        .evaluate((input) => [document.activeElement === input, getComputedStyle(input).outlineColor, getComputedStyle(input).outlineStyle]),
    );
  }
  await page.goto(`${baseUrl()}/en/directory/`);
  await page.waitForFunction(() => /\d/.test(document.querySelector('.directory-search__count')?.textContent ?? ''), undefined, settle);
  await page.locator('#search-nrpf').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  rings.push(
    await page
      .locator('#search-nrpf')
      .evaluate((input) => [document.activeElement === input, getComputedStyle(input).outlineColor, getComputedStyle(input).outlineStyle]),
  );
  for (const [focused, colour, style] of rings as [boolean, string, string][]) {
    expect(focused).toBe(true);
    expect(style).not.toBe('none');
    // The page behind them is white.
    expect(contrast(colour, 'rgb(255, 255, 255)'), colour).toBeGreaterThanOrEqual(3);
  }
});

test('the self-check with nothing answered does not say every answer was "never"', async ({ expect, open }) => {
  const { page } = await open();
  await page.goto(`${baseUrl()}/en/self-check/`);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.locator('.self-check button[type="submit"]').click();
  const result = page.locator('.self-check-result');
  await expect.poll(() => result.count(), settle).toBe(1);
  expect(await result.textContent()).not.toMatch(/answered .never. to every question/i);
  expect(await result.textContent()).toContain('You have not answered any questions');
});

test('the idle warning is a focused dialog on screen; a stray key keeps it; its button extends the time', async ({ expect, open }) => {
  const { page } = await openForm(open, 'callback-request', { width: 320, clock: true });
  await page.fill('#f-name', 'Sam');
  await page.clock.runFor(idleWarnAfterMs + 1_000);
  const dialog = page.locator('dialog.idle-dialog');
  await expect.poll(() => dialog.isVisible(), settle).toBe(true);
  const button = dialog.locator('button');
  expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
  const box = (await dialog.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(640);
  // The first key or tap used to take the warning away before its button could be pressed.
  await page.keyboard.press('ArrowDown');
  expect(await dialog.isVisible()).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog.count(), settle).toBe(0);
  // The time starts again from the press: no clearing 2 minutes after the first warning, no new warning before 15.
  await page.clock.runFor(idleWarnAfterMs - 1_000);
  expect(await page.locator('#f-name').inputValue()).toBe('Sam');
  expect(await dialog.count()).toBe(0);
  await page.clock.runFor(2_000);
  await expect.poll(() => dialog.isVisible(), settle).toBe(true);
  // Left alone, it clears the answers.
  await page.clock.runFor(idleClearAfterMs + 1_000);
  await expect.poll(() => page.locator('[role="alert"]', { hasText: 'We cleared your answers' }).count(), settle).toBe(1);
});

describe.concurrent('errors', () => {
  test('Continue again with the same errors focuses the summary again, and its links land below the Exit bar (320 px)', async ({ expect, open }) => {
    const { page } = await openForm(open, 'disclosure-request', { width: 320 });
    await continueButton(page).click();
    await expect.poll(() => activeId(page), settle).toBe('error-summary');
    await page.locator('#f-applicantLastName').focus();
    await continueButton(page).click();
    await expect.poll(() => activeId(page), settle).toBe('error-summary');
    for (const field of ['f-applicantFirstName', 'f-applicantDateOfBirth']) {
      await page.locator(`#error-summary a[href="#${field}"]`).click();
      expect(await activeId(page)).toBe(field);
      expect(await clearOfExitBar(page, `#${field}`), `#${field} below the Exit bar`).toBe(true);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });

  test('"Change" on the review comes back to the review', async ({ expect, open }) => {
    const { page } = await openForm(open, 'callback-request');
    await page.fill('#f-name', 'Sam');
    await continueButton(page).click();
    await expect.poll(() => heading(page), settle).toBe('How to contact you safely');
    await page.check('#f-contactMethods-email');
    await page.fill('#f-email', 'sam@example.com');
    await page.check('#f-voicemailSafe-no');
    await page.check('#f-sayWhoWeAre-no');
    await page.fill('#f-safeWord', 'bluebell');
    await continueButton(page).click();
    await expect.poll(() => heading(page), settle).toBe('Check your answers before sending');
    await page.locator('.review').first().locator('button').click();
    await expect.poll(() => heading(page), settle).toBe('About you');
    await page.fill('#f-name', 'Sami');
    await continueButton(page).click();
    await expect.poll(() => heading(page), settle).toBe('Check your answers before sending');
    expect(await page.locator('.summary-list').first().textContent()).toContain('Sami');
  });
});

describe('without JavaScript', () => {
  let site: InProcess;
  beforeAll(async () => {
    site = await startInProcess();
  });
  afterAll(() => site.close());

  test('the error summary comes first, is focused, and its links land below the Exit bar (1280 px)', async ({ expect, open }) => {
    const { page } = await open({ origin: site.base, javaScriptEnabled: false });
    await page.goto(`${site.base}/en/forms/disclosure-request/`);
    await Promise.all([page.waitForLoadState('load'), page.locator('.request-form button[type="submit"]').click()]);
    await expect.poll(() => page.title(), settle).toMatch(/^Error:/);
    // Before the page's heading, as GOV.UK places it, and focused so it is read first.
    expect(
      await page.evaluate(
        () => document.getElementById('error-summary')!.compareDocumentPosition(document.querySelector('main h1')!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    ).toBeTruthy();
    await expect.poll(() => activeId(page), settle).toBe('error-summary');
    for (const href of ['#f-applicantFirstName', '#f-force']) {
      await page.locator(`#error-summary a[href="${href}"]`).click();
      expect(await clearOfExitBar(page, href), `${href} below the Exit bar`).toBe(true);
    }
  });
});

test('"On this page" links land their headings below the Exit bar (320 px)', async ({ expect, open }) => {
  const { page } = await open();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${baseUrl()}/en/housing/`);
  const links = await page.locator('.on-this-page a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links.slice(0, 3)) {
    await page.locator(`.on-this-page a[href="${href}"]`).click();
    expect(await clearOfExitBar(page, `[id="${href.slice(1)}"]`), `${href} below the Exit bar`).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
  }
});

test('typing a place in Arabic script says plainly to use English letters', async ({ expect, open }) => {
  const { page } = await openDirectory(open, '/ar/directory/');
  await page.locator('#search-area').fill('ليدز');
  await expect.poll(() => page.locator('.area-picker__latin').textContent(), settle).toContain('بالحروف الإنجليزية');
  await page.locator('#search-area').fill('leeds');
  await expect.poll(() => page.locator('#search-area-list [role="option"]').count(), settle).toBeGreaterThan(0);
  expect(await page.locator('.area-picker__latin').count()).toBe(0);
});

test('forced colours: screenshots of the area picker and the form, for review', async ({ expect, open }) => {
  const folder = join(process.cwd(), 'test-output', 'forced-colours');
  mkdirSync(folder, { recursive: true });
  const { page } = await openDirectory(open);
  await page.emulateMedia({ forcedColors: 'active' });
  await page.locator('#search-area').fill('lee');
  await page.locator('#search-area-list [role="option"]').first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.locator('.area-picker__option--active').count(), settle).toBe(1);
  // The list hangs below the field's box, so clip to both.
  const clip = await page.evaluate(() => {
    const boxes = ['.directory-search .area-picker', '.area-picker__list'].map((selector) => document.querySelector(selector)!.getBoundingClientRect());
    const top = Math.min(...boxes.map((box) => box.top));
    const bottom = Math.max(...boxes.map((box) => box.bottom));
    return { x: 0, y: top + scrollY, width: innerWidth, height: bottom - top };
  });
  await page.screenshot({ path: join(folder, 'area-picker-active-option.png'), clip, fullPage: true });
  await page.goto(`${baseUrl()}/en/forms/disclosure-request/`);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.locator('.request-form button', { hasText: 'Start' }).click();
  await continueButton(page).click();
  await page.locator('#f-askingFor').focus();
  await page.screenshot({ path: join(folder, 'form-with-errors.png'), fullPage: true });
});
