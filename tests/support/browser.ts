/**
 * Helpers for browser tests: connect to the shared Chromium, open a context that
 * records every request and blocks anything not on the site, and run axe-core.
 */
import { inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { quickExitUrl } from '../../src/site-config.ts';

let shared: Promise<Browser> | undefined;

// The minified build: axe.source is the 1.5 MB readable one, and parsing it in every page costs
// about a second on these machines; the minified 0.65 MB one runs the same rules.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function browser(): Promise<Browser> {
  // Connect again if Chromium was restarted by the global setup after exiting.
  if (
    shared &&
    !(await shared.then(
      (connected) => connected.isConnected(),
      () => false,
    ))
  )
    shared = undefined;
  shared ??= chromium.connect(inject('wsEndpoint'));
  return shared;
}

export const baseUrl = (): string => inject('baseUrl');

export interface RecordedContext {
  context: BrowserContext;
  page: Page;
  /** Every request the page made, in order. */
  requests: Request[];
  /** Requests to any origin other than the site's, apart from quick exit's destination. */
  foreign: string[];
  /** Content-Security-Policy violations the page reported. */
  cspViolations: string[];
}

/** The neutral page quick exit goes to, served locally so no test touches the internet. */
const neutralPage = '<!doctype html><html lang="en"><title>Weather</title><p>Weather</p></html>';

/** `origin`: the site's address when a test runs its own server (the form tests do, to read what was delivered). */
export async function openContext(options: { javaScriptEnabled?: boolean; origin?: string } = {}): Promise<RecordedContext> {
  const context = await (await browser()).newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const requests: Request[] = [];
  const foreign: string[] = [];
  const cspViolations: string[] = [];
  const origin = new URL(options.origin ?? baseUrl()).origin;
  page.on('request', (request) => requests.push(request));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    if (url === quickExitUrl) return route.fulfill({ status: 200, contentType: 'text/html', body: neutralPage });
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, page, requests, foreign, cspViolations };
}

/**
 * The requests made from `index` on, leaving out the tab's icon, which the browser asks for
 * whenever it likes: what a quick-exit check may see after the person acts.
 */
export function requestsSince(requests: Request[], index: number): Request[] {
  return requests.slice(index).filter((request) => new URL(request.url()).pathname !== '/favicon.svg');
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules and returns the violations.
 * `within`: a selector to check only that part (the page's own text in <main>, when the rest of
 * the page is a template already checked whole in the same locale); the whole document by default.
 */
export async function axeViolations(page: Page, within?: string, skipRules: string[] = []): Promise<AxeViolation[]> {
  // evaluate() runs through the DevTools protocol, which the page's CSP does not block.
  await page.evaluate(axeSource);
  return page.evaluate(
    async ([selector, skip]) => {
      const context = selector ? { include: [selector] } : document;
      const result = await (window as unknown as { axe: typeof axe }).axe.run(context, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
        rules: Object.fromEntries(skip.map((id) => [id, { enabled: false }])),
      });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    },
    [within, skipRules] as const,
  );
}
