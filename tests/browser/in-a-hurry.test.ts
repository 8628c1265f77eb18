/**
 * WCAG 2.2 AA for a person in a hurry, on one page of each template in each locale, at a
 * 320 px phone and a 1280 px desktop: no sideways scroll (1.4.10), quick exit fully on screen,
 * Tab forward and back with no focused element hidden behind the sticky Exit bar (2.4.11), the
 * focused Exit button's indicator (3:1) and text (4.5:1), and in right-to-left locales no
 * Latin-script name, URL or multi-part number left to be reordered by the bidi algorithm.
 * Pages come from the shared pool so the file stays quick.
 */
import { afterAll, describe, test } from 'vitest';
import type { Page } from 'playwright-core';
import { locales } from '../../src/i18n/locales.ts';
import { baseUrl } from '../support/browser.ts';
import { pagePool } from '../support/page-pool.ts';
import { focusedStop, type FocusStop } from '../support/a11y/focus-cover.ts';
import { unisolatedLatinRuns } from '../support/a11y/bidi-isolation.ts';
import { coloursIn, contrast } from '../support/a11y/contrast.ts';

const pool = pagePool();
afterAll(() => pool.close());

/** One page of each template (src/pages): the slug after /<locale>/. */
const templates = {
  home: '',
  content: 'housing/',
  'easy read': 'easy-read/',
  'self-check': 'self-check/',
  'directory search': 'directory/',
  'directory browse': 'directory/need/housing/',
  form: 'forms/disclosure-request/',
  'not found': '404/',
} as const;

const widths = [320, 1280] as const;
/**
 * The 320 px phone, where a long translated label wraps and the Exit bar takes most room, in every
 * locale; the 1280 px desktop, where the layout does not depend on the words, in English and in
 * each right-to-left locale (the mirrored layout).
 */
const widthsFor = (locale: (typeof locales)[number]) => (locale.code === 'en' || locale.dir === 'rtl' ? widths : ([320] as const));
const cases = locales.flatMap((locale) =>
  Object.entries(templates).map(([template, slug]) => ({
    locale: locale.code,
    dir: locale.dir,
    template,
    path: `/${locale.code}/${slug}`,
    widths: widthsFor(locale),
  })),
);

/** Tab stops checked, for the closing count. */
let stopsChecked = 0;
afterAll(() =>
  console.log(`in-a-hurry: ${cases.length} pages, ${cases.reduce((sum, one) => sum + one.widths.length, 0)} page widths, ${stopsChecked} focus stops checked`),
);

/** Islands that load data (the directory) must finish before their controls can be tabbed to. */
async function settled(page: Page) {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  if (await page.locator('.directory-search__count').count())
    await page.waitForFunction(() => /\d/.test(document.querySelector('.directory-search__count')?.textContent ?? ''), undefined, { timeout: 20_000 });
}

/** Tabs one way until focus leaves the page (or comes round again); every stop's cover check. */
async function walk(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  let first: string | undefined;
  for (let step = 0; step < 600; step += 1) {
    await page.keyboard.press(key);
    const stop = await page.evaluate(focusedStop);
    // Focus left the page (to the browser), or came round again: one full pass.
    if (!stop) {
      if (stops.length === 0 && step === 0) continue;
      break;
    }
    if (stop.key === first) break;
    first ??= stop.key;
    stops.push(stop);
  }
  return stops;
}

async function exitButtonFocus(page: Page) {
  // Reach it by keyboard so :focus-visible applies, as for a keyboard user: from the first skip link.
  await page.evaluate(() => document.querySelector<HTMLElement>('.skip-link')?.focus());
  for (let step = 0; step < 5 && (await page.evaluate(() => document.activeElement?.id)) !== 'qe'; step += 1) await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const button = document.getElementById('qe')!;
    const style = getComputedStyle(button);
    const bar = getComputedStyle(document.querySelector('.quick-exit')!);
    return {
      focused: document.activeElement === button,
      color: style.color,
      background: style.backgroundColor,
      outline: `${style.outlineStyle} ${style.outlineColor}`,
      shadow: style.boxShadow,
      barBackground: bar.backgroundColor,
    };
  });
}

describe.concurrent('every template in every locale', () => {
  // The directory has over a hundred Tab stops, walked both ways at both widths.
  test.for(cases)('$template $path', { timeout: 180_000 }, async ({ dir, path, widths: pageWidths }, { expect }) => {
    await pool.use(async ({ page }) => {
      try {
        for (const width of pageWidths) {
          await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
          await page.goto(baseUrl() + path);
          await settled(page);

          const layout = await page.evaluate(() => {
            const exit = document.getElementById('qe')!.getBoundingClientRect();
            return { scrollWidth: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth, exit: [exit.left, exit.right] };
          });
          expect(layout.scrollWidth, `${width} px: sideways scroll`).toBeLessThanOrEqual(layout.viewport);
          expect(layout.exit[0], `${width} px: Exit button starts on screen`).toBeGreaterThanOrEqual(0);
          expect(layout.exit[1], `${width} px: Exit button ends on screen`).toBeLessThanOrEqual(layout.viewport);

          const forward = await walk(page, 'Tab');
          const back = await walk(page, 'Shift+Tab');
          stopsChecked += forward.length + back.length;
          expect(forward.length, 'Tab reaches the page').toBeGreaterThan(3);
          expect(back.length, 'Shift+Tab comes back through the page').toBeGreaterThan(3);
          const covered = [...forward.map((stop) => ['Tab', stop] as const), ...back.map((stop) => ['Shift+Tab', stop] as const)]
            .filter(([, stop]) => stop.covered)
            .map(([key, stop]) => `${key}: ${stop.label}`);
          expect(covered.join('\n'), `${width} px: focused and hidden behind the Exit bar`).toBe('');

          const exit = await exitButtonFocus(page);
          expect(exit.focused).toBe(true);
          expect(contrast(exit.color, exit.background), `focused Exit text ${exit.color} on ${exit.background}`).toBeGreaterThanOrEqual(4.5);
          const indicator = [...coloursIn(exit.shadow), ...(exit.outline.startsWith('none') ? [] : coloursIn(exit.outline))];
          const best = Math.max(0, ...indicator.map((colour) => contrast(colour, exit.barBackground)));
          expect(best, `focused Exit indicator (${exit.outline}; ${exit.shadow}) against the bar`).toBeGreaterThanOrEqual(3);
        }
        // At 320 px with text at 200%, the Exit bar stays compact (it took 37–46% of the screen)
        // and its button stays a target of 24 px or more (2.5.8).
        await page.setViewportSize({ width: 320, height: 640 });
        const bar = await page.evaluate(() => {
          document.documentElement.style.fontSize = '200%';
          const size = {
            bar: document.querySelector('.quick-exit')!.getBoundingClientRect().height,
            button: document.getElementById('qe')!.getBoundingClientRect(),
            height: innerHeight,
          };
          return { share: size.bar / size.height, buttonHeight: size.button.height, buttonWidth: size.button.width };
        });
        expect(bar.share, 'Exit bar share of a 320 × 640 screen at 200% text').toBeLessThanOrEqual(0.2);
        expect(Math.min(bar.buttonHeight, bar.buttonWidth)).toBeGreaterThanOrEqual(24);
        if (dir === 'rtl') expect(await page.evaluate(unisolatedLatinRuns)).toEqual([]);
      } finally {
        await page.setViewportSize({ width: 1280, height: 720 });
      }
    });
  });
});
