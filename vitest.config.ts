import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` for logic (fast, no browser) and `browser`, which checks every
 * built page in every locale in Debian's Chromium, through one shared browser and one
 * server started by tests/setup/browser-and-server.ts.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
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
