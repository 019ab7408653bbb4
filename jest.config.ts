import type { Config } from 'jest';

// The project runs as native ESM (NestJS 12 is ESM-only), so ts-jest compiles to ESM and jest
// runs under NODE_OPTIONS=--experimental-vm-modules (see package.json scripts).
const aliases: Record<string, string> = {
  '^@trust/domain$': '<rootDir>/libs/domain/src/index.ts',
  '^@trust/event-store$': '<rootDir>/libs/event-store/src/index.ts',
  '^@trust/jobs$': '<rootDir>/libs/jobs/src/index.ts',
  '^@trust/database$': '<rootDir>/libs/database/src/index.ts',
  '^@trust/projection-runner$': '<rootDir>/libs/projection-runner/src/index.ts',
  '^@trust/projections$': '<rootDir>/projections/index.ts',
  '^@trust/testing$': '<rootDir>/libs/testing/src/index.ts',
  '^@trust/synthetic$': '<rootDir>/libs/synthetic/src/index.ts',
  '^@trust/deadlines$': '<rootDir>/libs/deadlines/src/index.ts',
  '^@trust/tokens$': '<rootDir>/libs/tokens/src/index.ts',
  '^@trust/reports$': '<rootDir>/libs/reports/src/index.ts',
  '^@trust/imports$': '<rootDir>/libs/imports/src/index.ts',
  '^@trust/personal-data$': '<rootDir>/libs/personal-data/src/index.ts',
  '^(\\.{1,2}/.*)\\.js$': '$1',
};

const shared = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: aliases,
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/.stryker-tmp/'],
  // Stryker's sandboxes (npm run test:mutation) hold copies of libs/domain and of package.json.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
} satisfies Config['projects'] extends (infer P)[] | undefined ? P : never;

const config: Config = {
  // Integration and e2e tests talk to real PostgreSQL and Redis; unit tests finish far sooner.
  testTimeout: 30_000,
  // Two test files at a time: most of the suite waits on PostgreSQL and HTTP rather than on the CPU, so
  // two workers keep a two-core machine busy; more would starve the database they share.
  maxWorkers: 2,
  // The files that load the whole demo start first, whatever timings Jest has cached (test/jest).
  testSequencer: '<rootDir>/test/jest/slow-files-first.mjs',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/**/*.spec.ts'] },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/**/*.int-spec.ts'], testTimeout: 30_000 },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
      testTimeout: 30_000,
      // Every response of an app under test is checked against the OpenAPI document it publishes.
      setupFilesAfterEnv: ['<rootDir>/apps/api/test/test-support/openapi-responses.setup.ts'],
    },
  ],
};

export default config;
