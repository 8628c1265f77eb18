/**
 * Promises the site makes, checked in the built pages: each line here once said something the
 * site did not do (the self-check "not sent" when posted, no timescale after sending a request,
 * "any helpline will help" on pages for men and LGBTQ+ people).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { distDir } from '../support/site.ts';
import { locales } from '../../src/i18n/locales.ts';

const text = (path: string) =>
  parseHTML(readFileSync(join(distDir, path), 'utf8'))
    .document.querySelector('main')
    ?.textContent?.replace(/\s+/g, ' ') ?? '';

test('without JavaScript the self-check says its answers are sent to work out the result, not that nothing is sent', () => {
  const page = parseHTML(readFileSync(join(distDir, 'en/self-check/index.html'), 'utf8')).document;
  const privacy = page.querySelector('[data-privacy]')?.textContent ?? '';
  expect(page.querySelector('form[action="/api/self-check"][method="post"]')).not.toBeNull();
  expect(privacy).toMatch(/sent to our website/);
  expect(privacy).not.toMatch(/not saved, sent/);
});

test('after sending, the person is told how long the police take and what to do if nothing comes, in every locale', () => {
  for (const { code } of locales) {
    const sent = text(`${code}/forms/response/sent/index.html`);
    expect(sent, code).toMatch(/28/);
    expect(sent, code).toMatch(/45/);
    expect(sent, code).toMatch(/101/);
  }
});

test('the Clare’s Law pages say you can call 101, and how long each scheme takes', () => {
  expect(text('en/clares-law/index.html')).toMatch(/call the police on 101/);
  expect(text('en/clares-law/index.html')).toMatch(/28 days/);
  expect(text('en/clares-law-scotland/index.html')).toMatch(/45 days/);
});

test('pages for men and LGBTQ+ people name who each nation’s line serves, never "any helpline"', () => {
  for (const slug of ['male-survivors', 'lgbtq-survivors']) {
    const page = text(`en/${slug}/index.html`);
    expect(page, slug).not.toMatch(/any (domestic abuse )?helpline/i);
    expect(page, slug).toMatch(/England:.{0,20}national line is for women/);
  }
});

test('the immigration page tells the honest risk of police sharing details with the Home Office', () => {
  expect(text('en/immigration/index.html')).toMatch(/share a victim.s details with the Home Office/);
});
