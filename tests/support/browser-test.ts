/**
 * The browser tests' `test`: vitest's, extended with an `open` fixture (as Starlight's e2e
 * test-utils extend Playwright's test with server fixtures). `open()` opens a recorded browser
 * context for this test; every context a test opened is closed when it ends, pass or fail, so
 * tests hold no try/finally of their own.
 */
import { test as base } from 'vitest';
import { openContext, type RecordedContext } from './browser.ts';

export type Open = (options?: Parameters<typeof openContext>[0]) => Promise<RecordedContext>;

export const test = base.extend<{ open: Open }>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads the fixture's dependencies from this pattern.
  open: async ({}, use) => {
    const opened: RecordedContext[] = [];
    await use(async (options) => {
      const recorded = await openContext(options);
      opened.push(recorded);
      return recorded;
    });
    await Promise.all(opened.map(({ context }) => context.close()));
  },
});
