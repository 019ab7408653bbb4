import { defineConfig } from 'vitest/config';

/**
 * The browser journeys: Debian's Chromium driven by playwright-core against the real, built system on
 * PostgreSQL with the demo trust loaded (npm run test:browser builds first). One file at a time: the
 * machine has two cores and the journeys share one ledger.
 */
export default defineConfig({
  root: import.meta.dirname,
  test: {
    environment: 'node',
    include: ['e2e/**/*.journey.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
