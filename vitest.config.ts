import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` for logic and the built site read from dist/ (no browser);
 * `handler`, the form handler as a real process against a real SMTP server; and `browser`:
 * every page over HTTP, and one page of each template per locale (plus pages with islands or
 * their own text) in Debian's Chromium, through one shared browser and one server started by
 * tests/setup/browser-and-server.ts.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Several read every built page (about 300 of them, and 3 more for each page added).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'handler',
          include: ['tests/handler/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/browser-and-server.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxConcurrency: 4,
        },
      },
    ],
  },
});
