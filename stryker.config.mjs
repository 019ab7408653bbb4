// @ts-check
// Mutation testing of the seed rules (docs/MUTATION-TESTING.md): `npm run test:mutation`.
import { readInitialOptions } from 'jest-config';

/**
 * The unit project of jest.config.ts, flattened into one top-level config limited to the domain's specs.
 * Stryker's jest runner puts its own test environment (which records which test reached which mutant)
 * only at the top level of a config, never inside `projects`; and a config with projects would also let
 * a mutant's related integration and end-to-end tests run, which need PostgreSQL and Redis. The transform
 * and aliases are read from jest.config.ts, so the two cannot drift apart.
 */
async function domainUnitJestConfig() {
  const { config } = await readInitialOptions('jest.config.ts');
  const unit = config.projects?.find(
    (project) => typeof project === 'object' && project !== null && 'displayName' in project && project.displayName === 'unit',
  );
  if (typeof unit !== 'object' || unit === null) {
    throw new Error('jest.config.ts has no project named unit');
  }
  const { displayName: _displayName, testMatch: _testMatch, ...shared } = /** @type {Record<string, unknown>} */ (unit);
  return {
    ...shared,
    // Relative, so that it is the sandbox Stryker runs in, not this folder.
    rootDir: '.',
    testMatch: ['<rootDir>/libs/domain/**/*.spec.ts'],
  };
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  // The rules of the seeds: RAG thresholds, tier criteria, SIP visit minimums, rates, pence arithmetic,
  // core-day limits, and the peer review visits per host. The rest of libs/domain (parsing of values,
  // event catalogues, folds of other streams) is not mutated: its tests are not what this run is for.
  mutate: [
    'libs/domain/src/tier/**/*.ts',
    'libs/domain/src/finance/**/*.ts',
    'libs/domain/src/kpi/**/*.ts',
    'libs/domain/src/peer-review/visits-per-host.ts',
    'libs/domain/src/peer-review/schedule-review-visit.ts',
    '!**/*.spec.ts',
    '!**/test-support/**',
  ],
  testRunner: 'jest',
  // The default plugins, and the ignorer of exhaustive switches' unreachable `default:` branches.
  plugins: ['@stryker-mutator/*', './test/mutation/exhaustive-switch-ignorer.mjs'],
  ignorers: ['exhaustive-switch'],
  // The project is native ESM: jest runs its tests only with vm modules, as the npm test scripts do.
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    projectType: 'custom',
    // package.json has no jest key, so nothing is read from a file: the whole config is the one below
    // (left to itself, the runner would read jest.config.ts, projects and all).
    configFile: 'package.json',
    config: await domainUnitJestConfig(),
  },
  // Each mutant is tested by the tests that reached it in the first run, not by all 1,700 domain tests.
  coverageAnalysis: 'perTest',
  // Jest under vm modules keeps every run's modules: a test runner grew to some 4 GB after a few hundred
  // mutants, and each run grew slower with it. A fresh runner every 50 mutants keeps them small and quick.
  maxTestRunnerReuse: 50,
  // Only what the domain's unit tests need is copied to the sandbox (not dist/, .data/, the console...).
  ignorePatterns: ['/*', '!/libs', '/libs/*', '!/libs/domain', '!/package.json', '!/tsconfig.json', '!/tsconfig.base.json'],
  // A rerun tests only the mutants whose code or tests changed since the last run (the file is gitignored).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Survivors are listed in full in the clear-text report, as they are the work this run gives.
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
};

export default config;
