/**
 * The request forms in Chromium, end to end against a real handler and SMTP server (in
 * this process): a survivor's request and a sister's request with JavaScript, every error
 * state, going back, the review, quick exit mid-form, the no-JavaScript long form with the
 * server's error summary, and the Arabic (right-to-left) form. What arrives is decrypted.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { test, type Open } from '../support/browser-test.ts';
import type { Page } from 'playwright-core';
import { decrypt, readMessage, readPrivateKey } from 'openpgp';
import { axeViolations } from '../support/browser.ts';
import { startInProcess, type InProcess } from '../handler/in-process.ts';
import { waitFor } from '../handler/support.ts';
import { quickExitUrl } from '../../src/site-config.ts';
import { idleClearAfterMs, idleWarnAfterMs } from '../../src/islands/RequestForm.tsx';

let site: InProcess;
beforeAll(async () => {
  site = await startInProcess();
});
afterAll(() => site.close());

const settle = { timeout: 10_000 };

async function delivered(reference: string): Promise<Record<string, unknown>> {
  return waitFor(
    async () => {
      for (const mail of site.smtp.received) {
        const { data } = await decrypt({
          message: await readMessage({ armoredMessage: mail.text }),
          decryptionKeys: await readPrivateKey({ armoredKey: site.keys.privateKey }),
        });
        const parsed = JSON.parse(data as string) as Record<string, unknown>;
        if (parsed.reference === reference) return parsed;
      }
      return undefined;
    },
    20_000,
    `delivery of ${reference}`,
  );
}

async function openForm(open: Open, form: string, options: { locale?: string; search?: string; javaScriptEnabled?: boolean } = {}) {
  const opened = await open({ origin: site.base, ...(options.javaScriptEnabled === false ? { javaScriptEnabled: false } : {}) });
  await opened.page.goto(`${site.base}/${options.locale ?? 'en'}/forms/${form}/${options.search ?? ''}`);
  // With JavaScript, wait until the island has taken over the long form.
  if (options.javaScriptEnabled !== false) await opened.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  return opened;
}

const continueButton = (page: Page) => page.locator('.request-form button[type="submit"]');
const heading = (page: Page) => page.locator('.request-form h2:not(.error-summary__title)').first().textContent();
const summaryLinks = (page: Page) =>
  page.locator('#error-summary a').evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.textContent]));

async function start(page: Page) {
  await page.locator('.request-form button', { hasText: 'Start' }).click();
}

async function safeContactByEmail(page: Page, email: string) {
  await page.check('#f-contactMethods-email');
  await page.fill('#f-email', email);
  await page.check('#f-voicemailSafe-no');
  await page.check('#f-sayWhoWeAre-no');
  await page.fill('#f-safeWord', 'bluebell');
}

describe.concurrent('with JavaScript', () => {
  test('a survivor asks about her own partner: steps, review, change, send, and it arrives', async ({ expect, open }) => {
    const { context, page, foreign } = await openForm(open, 'disclosure-request');
    expect(await heading(page)).toBe('Before you start');
    expect(await page.locator('.request-form').textContent()).toContain('press 55');
    await start(page);
    expect(await page.locator('.progress').textContent()).toBe('Step 1 of 6');
    await page.check('#f-askingFor'); // "me": the first option
    await page.fill('#f-applicantFirstName', 'Dana');
    await page.fill('#f-applicantLastName', 'Example');
    await page.fill('#f-applicantDateOfBirth', '1990-02-03');
    await continueButton(page).click();
    // Asking for herself: no "person at risk" step.
    await expect.poll(() => heading(page), settle).toBe('The person you are worried about');
    expect(await page.locator('.progress').textContent()).toBe('Step 2 of 6');
    await page.fill('#f-concernName', 'Chris Partner');
    await page.fill('#f-concernApproxAge', '41');
    await page.fill('#f-concernRelationship', 'partner for two years');
    await continueButton(page).click();
    await expect.poll(() => heading(page), settle).toBe('Children, and what has worried you');
    await page.check('#f-children-no');
    await page.fill('#f-reason', 'He takes my bank card and checks where I go.');
    await continueButton(page).click();
    // The police force, found by typing a town.
    await expect.poll(() => heading(page), settle).toBe('Which police force');
    await page.locator('#request-area').fill('leeds');
    await page.locator('#request-area-list [role="option"]', { hasText: 'Leeds' }).first().click();
    expect(await page.locator('#f-force').inputValue()).toBe('west-yorkshire');
    await continueButton(page).click();
    await expect.poll(() => heading(page), settle).toBe('How to contact you safely');
    await safeContactByEmail(page, 'dana@example.com');
    await continueButton(page).click();
    // Review, then change an answer and come back.
    await expect.poll(() => heading(page), settle).toBe('Check your answers before sending');
    expect(await page.locator('.summary-list').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('West Yorkshire Police')]));
    await page.locator('.review', { hasText: 'The person you are worried about' }).locator('button').click();
    await expect.poll(() => heading(page), settle).toBe('The person you are worried about');
    expect(await page.locator('#f-concernName').inputValue()).toBe('Chris Partner');
    await page.fill('#f-concernAliases', 'Chrissy');
    // Continue after "Change" goes straight back to the review.
    await continueButton(page).click();
    await expect.poll(() => heading(page), settle).toBe('Check your answers before sending');
    await page.locator('.request-form button[type="submit"]', { hasText: 'Send request' }).click();
    await expect.poll(() => heading(page), settle).toBe('Your request has been sent');
    const reference = (await page.locator('.reference').textContent())!.trim();
    // Nothing that would harm her if seen is repeated on screen.
    expect(await page.locator('main').textContent()).not.toMatch(/Chris|Dana|bank card/);
    const arrived = await delivered(reference);
    expect(arrived).toMatchObject({ form: 'disclosure-request', force: 'west-yorkshire' });
    expect(arrived.answers).toMatchObject({
      askingFor: 'me',
      concernName: 'Chris Partner',
      concernAliases: 'Chrissy',
      email: 'dana@example.com',
      safeWord: 'bluebell',
    });
    expect(arrived.answers).not.toHaveProperty('atRiskName');
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  });

  test('a sister asks about her sister’s partner, arriving from the route finder', async ({ expect, open }) => {
    const { page } = await openForm(open, 'disclosure-request', { search: '?force=kent' });
    await start(page);
    await page.check('#f-askingFor-someone-else');
    await page.fill('#f-applicantFirstName', 'Amira');
    await page.fill('#f-applicantLastName', 'Khan');
    await page.fill('#f-applicantDateOfBirth', '1988-04-12');
    await continueButton(page).click();
    await expect.poll(() => heading(page), settle).toBe('The person at risk');
    expect(await page.locator('.progress').textContent()).toBe('Step 2 of 7');
    await page.fill('#f-atRiskName', 'Leila Khan');
    await page.fill('#f-atRiskRelationship', 'my sister');
    await page.check('#f-atRiskAware-no');
    await continueButton(page).click();
    await page.fill('#f-concernName', 'Mark Example');
    await page.fill('#f-concernRelationship', 'her partner');
    await continueButton(page).click();
    await page.check('#f-children');
    await page.fill('#f-childrenAges', '4 and 7');
    await page.fill('#f-reason', 'He checks her phone and she has stopped seeing us.');
    await continueButton(page).click();
    await expect.poll(() => heading(page), settle).toBe('Which police force');
    expect(await page.locator('#f-force').inputValue()).toBe('kent');
    await continueButton(page).click();
    await safeContactByEmail(page, 'amira@example.com');
    await continueButton(page).click();
    await page.locator('.request-form button[type="submit"]', { hasText: 'Send request' }).click();
    await expect.poll(() => heading(page), settle).toBe('Your request has been sent');
    const arrived = await delivered((await page.locator('.reference').textContent())!.trim());
    expect(arrived).toMatchObject({ force: 'kent' });
    expect(arrived.answers).toMatchObject({ askingFor: 'someone-else', atRiskName: 'Leila Khan', atRiskAware: 'no', childrenAges: '4 and 7' });
  });

  test('every error is shown with a summary that links to its question, and going back keeps answers', async ({ expect, open }) => {
    const { page } = await openForm(open, 'disclosure-request');
    await start(page);
    await continueButton(page).click();
    await expect
      .poll(() => summaryLinks(page), settle)
      .toEqual([
        ['#f-askingFor', 'Who are you asking for? Choose one of the options.'],
        ['#f-applicantFirstName', 'Your first name: Enter an answer. If you do not know, say so.'],
        ['#f-applicantLastName', 'Your last name: Enter an answer. If you do not know, say so.'],
        ['#f-applicantDateOfBirth', 'Your date of birth: Enter an answer. If you do not know, say so.'],
      ]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await page.locator('#e-applicantFirstName').textContent()).toContain('Enter an answer');
    expect(await page.getAttribute('#f-applicantFirstName', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#f-applicantFirstName', 'aria-describedby')).toContain('e-applicantFirstName');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#error-summary a[href="#f-applicantFirstName"]').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-applicantFirstName');
    // Too young, and a date that does not exist.
    await page.check('#f-askingFor');
    await page.fill('#f-applicantFirstName', 'Jo');
    await page.fill('#f-applicantLastName', 'Young');
    const fifteen = new Date();
    fifteen.setUTCFullYear(fifteen.getUTCFullYear() - 15);
    await page.fill('#f-applicantDateOfBirth', fifteen.toISOString().slice(0, 10));
    await continueButton(page).click();
    await expect
      .poll(() => summaryLinks(page), settle)
      .toEqual([['#f-applicantDateOfBirth', 'Your date of birth: You must be 16 or older to make this request. A helpline can still help you.']]);
    expect(await page.locator('#f-applicantFirstName').inputValue()).toBe('Jo');
    await page.fill('#f-applicantDateOfBirth', '1990-01-01');
    await continueButton(page).click();
    // The next step: a number that is not a number, and a line too long.
    await expect.poll(() => heading(page), settle).toBe('The person you are worried about');
    await page.fill('#f-concernApproxAge', 'forty');
    await page.fill('#f-concernName', 'x'.repeat(101));
    await continueButton(page).click();
    await expect
      .poll(() => summaryLinks(page), settle)
      .toEqual([
        ['#f-concernName', 'Full name of the person you are worried about: Use 100 characters or fewer.'],
        ['#f-concernApproxAge', 'If you do not know their date of birth, roughly how old are they? Enter a number, like 35.'],
        ['#f-concernRelationship', 'How are they related to the person at risk? Enter an answer. If you do not know, say so.'],
      ]);
    // Back, and forward again: nothing typed is lost.
    await page.locator('.request-form button', { hasText: 'Back' }).click();
    await expect.poll(() => heading(page), settle).toBe('About you');
    expect(await page.locator('#f-applicantLastName').inputValue()).toBe('Young');
    await continueButton(page).click();
    await expect.poll(() => heading(page), settle).toBe('The person you are worried about');
    expect(await page.locator('#f-concernApproxAge').inputValue()).toBe('forty');
  });

  test('safe contact: the details for each chosen method are required and checked', async ({ expect, open }) => {
    const { page } = await openForm(open, 'callback-request');
    await start(page);
    await page.fill('#f-name', 'Sam');
    await continueButton(page).click();
    await expect.poll(() => heading(page), settle).toBe('How to contact you safely');
    expect(await page.locator('#f-phone').count()).toBe(0);
    await page.check('#f-contactMethods'); // phone
    await page.fill('#f-phone', '12345');
    await continueButton(page).click();
    await expect
      .poll(() => summaryLinks(page), settle)
      .toEqual([
        ['#f-phone', 'Phone number: Enter a UK phone number, like 07700 900 982.'],
        ['#f-voicemailSafe', 'Is it safe to leave a voicemail? Choose one of the options.'],
        ['#f-sayWhoWeAre', 'Is it safe for them to say who they are if someone else answers? Choose one of the options.'],
      ]);
    await page.fill('#f-phone', '07700 900982');
    await page.check('#f-voicemailSafe-no');
    await page.check('#f-sayWhoWeAre-unsure');
    await continueButton(page).click();
    await expect.poll(() => heading(page), settle).toBe('Check your answers before sending');
    await page.locator('.request-form button[type="submit"]').click();
    await expect.poll(() => heading(page), settle).toBe('Your request has been sent');
    const arrived = await delivered((await page.locator('.reference').textContent())!.trim());
    expect(arrived.answers).toMatchObject({ name: 'Sam', phone: '07700 900982', voicemailSafe: 'no', sayWhoWeAre: 'unsure' });
  });

  test('quick exit in the middle of a form empties every field before it leaves', async ({ expect, open }) => {
    const { context, page } = await openForm(open, 'disclosure-request');
    await start(page);
    await page.fill('#f-applicantFirstName', 'Dana');
    await page.fill('#f-applicantLastName', 'Example');
    // Quick exit listens to keys before anything else does; a listener added after it
    // reports what is in the fields at the moment it leaves.
    await page.evaluate(() =>
      addEventListener('keyup', () => {
        if (!document.documentElement.classList.contains('qe-leaving')) return;
        const fields = [...document.querySelectorAll('input, textarea')] as HTMLInputElement[];
        console.log(`fields:${JSON.stringify(fields.map((field) => (/radio|checkbox/.test(field.type) ? (field.checked ? 'checked' : '') : field.value)))}`);
      }),
    );
    const reported = page.waitForEvent('console', (message) => message.text().startsWith('fields:'));
    await context.route(quickExitUrl, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' });
    });
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await Promise.all([page.waitForURL(quickExitUrl), page.keyboard.press('Shift')]);
    const seen = JSON.parse((await reported).text().slice('fields:'.length)) as string[];
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.filter(Boolean)).toEqual([]);
  });

  test('with answers typed, leaving asks first (“Leave site?”), except by quick exit, which leaves at once', async ({ expect, open }) => {
    const { page } = await openForm(open, 'disclosure-request');
    await start(page);
    await page.click('#f-applicantFirstName');
    await page.keyboard.type('Dana');
    const dialogs: string[] = [];
    const dismissed: Promise<void>[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      dismissed.push(dialog.dismiss());
    });
    // Leaving any other way with answers typed, the browser asks first, and staying keeps the answers.
    // (Navigating, not closing the tab: page.close with runBeforeUnload has crashed Chromium here.)
    await page.evaluate(() => location.assign('/en/'));
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    await Promise.all(dismissed);
    expect(await page.inputValue('#f-applicantFirstName')).toBe('Dana');
    // Quick exit: no question, straight out.
    await Promise.all([page.waitForURL(quickExitUrl), page.locator('#qe').click()]);
    expect(dialogs).toEqual(['beforeunload']);
  });

  test('left alone, the form warns after 15 minutes and clears itself 2 minutes later', async ({ expect, open }) => {
    const { page } = await open({ origin: site.base });
    await page.clock.install();
    await page.goto(`${site.base}/en/forms/callback-request/`);
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await start(page);
    await page.fill('#f-name', 'Sam');
    await page.clock.runFor(idleWarnAfterMs - 1_000);
    expect(await page.locator('[role="alertdialog"]', { hasText: 'clear them in 2 minutes' }).count()).toBe(0);
    await page.clock.runFor(2_000);
    await expect.poll(() => page.locator('[role="alertdialog"]', { hasText: 'clear them in 2 minutes' }).count(), settle).toBe(1);
    // Its button (focused) takes the warning away and keeps everything; a stray key does not
    // (focus-and-time.test.ts checks that, and that the button extends the time).
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[role="alertdialog"]', { hasText: 'clear them in 2 minutes' }).count(), settle).toBe(0);
    expect(await page.locator('#f-name').inputValue()).toBe('Sam');
    await page.clock.runFor(idleWarnAfterMs + idleClearAfterMs + 1_000);
    await expect.poll(() => page.locator('[role="alert"]', { hasText: 'We cleared your answers' }).count(), settle).toBe(1);
    await start(page);
    expect(await page.locator('#f-name').inputValue()).toBe('');
  });

  test('the route finder: a town gives the force, its scheme, our form for that force and the force’s own site', async ({ expect, open }) => {
    const { page, foreign } = await open({ origin: site.base });
    await page.goto(`${site.base}/en/clares-law/`);
    await page.locator('#route-area').fill('invern');
    await page.locator('#route-area-list [role="option"]', { hasText: 'Inverness' }).click();
    const result = page.locator('.route-finder__result');
    await expect.poll(() => result.textContent(), settle).toContain('Highland is covered by Police Scotland.');
    expect(await result.textContent()).toContain('Disclosure Scheme for Domestic Abuse Scotland');
    expect(await result.locator('a.button').getAttribute('href')).toBe('/en/forms/disclosure-request/?force=police-scotland');
    expect(await result.locator('a', { hasText: 'own website' }).getAttribute('href')).toBe('https://www.scotland.police.uk/');
    await page.locator('#route-area').fill('cardiff');
    await page.locator('#route-area-list [role="option"]', { hasText: 'Cardiff' }).first().click();
    await expect.poll(() => result.textContent(), settle).toContain('Cardiff is covered by South Wales Police.');
    expect(await axeViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
  });

  test('in Arabic the form runs right to left, with Arabic errors', async ({ expect, open }) => {
    const { page } = await openForm(open, 'disclosure-request', { locale: 'ar' });
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.locator('.request-form button').first().click();
    await continueButton(page).click();
    await expect.poll(async () => (await summaryLinks(page)).length, settle).toBe(4);
    expect(await page.locator('#error-summary h2').textContent()).toBe('هناك مشكلة');
    const input = await page.locator('#f-applicantFirstName').boundingBox();
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect(input!.x + input!.width).toBeGreaterThan(width / 2);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('without JavaScript: one long form; errors come back on the form with answers kept, then it sends', async ({ expect, open }) => {
  const { page } = await openForm(open, 'disclosure-request', { javaScriptEnabled: false, locale: 'cy' });
  expect(await page.locator('.request-form h2').allTextContents()).toEqual(expect.arrayContaining(['Amdanoch chi', 'Y person sydd mewn perygl', 'Pa heddlu']));
  expect(await page.locator('#error-summary').isHidden()).toBe(true);
  await page.check('#f-askingFor-someone-else');
  await page.fill('#f-applicantFirstName', 'Amira');
  await page.fill('#f-reason', 'Mae e’n gwirio ei ffôn hi.');
  await page.check('#f-safeDays-sat');
  await Promise.all([page.waitForLoadState('load'), page.locator('.request-form button[type="submit"]').click()]);
  await expect.poll(() => page.title(), settle).toMatch(/^Gwall:/);
  const links = await summaryLinks(page);
  expect(links.map(([href]) => href)).toEqual(
    expect.arrayContaining(['#f-applicantLastName', '#f-atRiskName', '#f-concernName', '#f-force', '#f-contactMethods']),
  );
  expect(links.map(([href]) => href)).not.toContain('#f-applicantFirstName');
  // Welsh messages, and nothing typed is lost.
  expect(links.find(([href]) => href === '#f-applicantLastName')![1]).not.toContain('Enter an answer');
  expect(await page.locator('#f-applicantFirstName').inputValue()).toBe('Amira');
  expect(await page.locator('#f-reason').inputValue()).toBe('Mae e’n gwirio ei ffôn hi.');
  expect(await page.locator('#f-askingFor-someone-else').isChecked()).toBe(true);
  expect(await page.locator('#f-safeDays-sat').isChecked()).toBe(true);
  expect(await page.getAttribute('#f-applicantLastName', 'aria-invalid')).toBe('true');
  // axe needs JavaScript: check the page the server sent back in a second tab that runs it.
  const refilled = await page.content();
  const checker = await open({ origin: site.base });
  await checker.page.route(`${site.base}/__refilled`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: refilled }));
  await checker.page.goto(`${site.base}/__refilled`);
  expect(await checker.page.locator('#error-summary li').count()).toBe(links.length);
  expect(await axeViolations(checker.page)).toEqual([]);
  // Complete it and send.
  await page.fill('#f-applicantLastName', 'Khan');
  await page.fill('#f-applicantDateOfBirth', '1988-04-12');
  await page.fill('#f-atRiskName', 'Leila Khan');
  await page.fill('#f-atRiskRelationship', 'chwaer');
  await page.check('#f-atRiskAware-unsure');
  await page.fill('#f-concernName', 'Mark Example');
  await page.fill('#f-concernRelationship', 'partner');
  await page.check('#f-children-unknown');
  await page.selectOption('#f-force', 'south-wales');
  await page.check('#f-contactMethods-email');
  await page.fill('#f-email', 'amira@example.com');
  await page.check('#f-voicemailSafe-no');
  await page.check('#f-sayWhoWeAre-no');
  await Promise.all([page.waitForLoadState('load'), page.locator('.request-form button[type="submit"]').click()]);
  await expect.poll(() => page.locator('.reference').count(), settle).toBe(1);
  // Without JavaScript too, the route finder's page still leads to the form.
  expect(await page.locator('.reference').textContent()).toMatch(/^[A-Z0-9]{12}$/);
  const arrived = await delivered((await page.locator('.reference').textContent())!.trim());
  expect(arrived).toMatchObject({ force: 'south-wales', locale: 'cy' });
  expect(arrived.answers).toMatchObject({ applicantFirstName: 'Amira', safeDays: ['sat'], reason: 'Mae e’n gwirio ei ffôn hi.' });
});
