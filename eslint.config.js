// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const THROUGH_ALIASES = { group: ['**/libs/*/src/**', '../../libs/**', '../../../libs/**'], message: 'Import a library through its @trust/* alias.' };
const TEST_FILES = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test-support/**', 'apps/*/test/**'];
const APPS = ['api', 'cli', 'worker', 'web'];
// The folders of apps/api/src that hold a feature: its top-level files (module, schemas, shared helpers)
// are what other features may use; its slice folders (one command or query each) are its own.
const FEATURES = ['academies', 'admin', 'aims', 'audit', 'compliance', 'expertise', 'finance', 'health', 'peer-reviews', 'tiers'];

function notAnotherApp(app) {
  const others = APPS.filter((other) => other !== app).join('|');
  // `../../api/` from a file two folders down is apps/api; but the console has a folder of its own named
  // api (apps/web/src/api), which its pages reach that way: for it, only a path through apps/ is another app.
  const shortForm = app === 'web' ? '' : `|^(\\.\\./){2,}(${others})/`;
  return {
    regex: `^(\\.\\./)+apps/(${others})/${shortForm}`,
    message: `apps/${app} does not import another app: move what both need into a library under libs/.`,
  };
}

/** Forbids these imports (and reaching a library other than through its alias) in these files, tests aside. */
function restrictImports(files, patterns) {
  return { files, ignores: TEST_FILES, rules: { 'no-restricted-imports': ['error', { patterns: [THROUGH_ALIASES, ...patterns] }] } };
}

/** No app imports another: what two apps share lives in a library (libs/tokens, libs/reports, ...). Tests may start another app. */
const appBoundaries = () => APPS.map((app) => restrictImports([`apps/${app}/**/*.ts`], [notAnotherApp(app)]));

/** A feature of the API uses another's public files (apps/api/src/<feature>/*.ts), never the inside of its slices. */
const featureBoundaries = () =>
  FEATURES.map((feature) =>
    restrictImports(
      [`apps/api/src/${feature}/**/*.ts`],
      [
        notAnotherApp('api'),
        {
          regex: `^(\\.\\./)+(${FEATURES.filter((other) => other !== feature).join('|')})/[^/]+/`,
          message: `${feature} reaches into another feature's slice: use that feature's top-level files, or move what is shared to apps/api/src/common.`,
        },
      ],
    ),
  );

export default tseslint.config(
  // .stryker-tmp and reports: the sandboxes and reports of `npm run test:mutation`.
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', '.stryker-tmp/**', 'reports/**', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      // Handlers implement async interfaces (projection apply, subscription callbacks) without always awaiting.
      '@typescript-eslint/require-await': 'off',
      // Nest classes (modules, DTOs) are legitimately empty or decorator-only.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // Libraries and projections are reached through their public index via @trust/* aliases.
    files: ['apps/**/*.ts', 'projections/**/*.ts', 'libs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [THROUGH_ALIASES] }] },
  },
  ...appBoundaries(),
  ...featureBoundaries(),
  {
    // The domain is pure: no framework, database or queue imports (docs/ARCHITECTURE.md). After the
    // general blocks, because a later block's rule replaces an earlier one for the same files.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'pg', 'ioredis', 'bullmq', '@eventstore/*', '@trust/*'], message: 'libs/domain stays pure: pass the clock, ids and look-ups in.' },
            THROUGH_ALIASES,
          ],
        },
      ],
    },
  },
  {
    // Plain Node scripts that run before anything is built: not part of the TypeScript project.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { console: 'readonly', URL: 'readonly', process: 'readonly' },
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test-support/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
