import { defineConfig } from 'vitest/config';

/**
 * The console: built into dist/web and served by the API at /app/. React's JSX goes through Vite's own
 * transform (oxc), so no framework plugin is needed. Component tests run under jsdom.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/app/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // The budget is checked on the gzipped initial JavaScript by scripts/check-bundle-size.mjs.
    chunkSizeWarningLimit: 800,
    sourcemap: false,
    rolldownOptions: {
      // Mantine marks its modules "use client" for React Server Components; a browser bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: Object.fromEntries(
      ['/auth', '/academies', '/tier-decisions', '/compliance', '/finance', '/recharges', '/aims', '/expertise', '/peer-reviews', '/audit', '/admin', '/imports', '/health', '/docs'].map((path) => [path, 'http://127.0.0.1:3000']),
    ),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    css: false,
    // One jsdom and one module graph for every file, not one each: the files clean up after each test
    // (test/setup.ts), so sharing costs nothing but the set-up, which was three quarters of the run.
    isolate: false,
    // Dates and times in the tests read the same on every machine.
    env: { TZ: 'UTC' },
  },
});
