// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', 'eslint.config.js'] },
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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/libs/*/src/**', '../../libs/**', '../../../libs/**'], message: 'Import a library through its @trust/* alias.' },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: no framework, database or queue imports (STYLE.md rule 1). After the
    // general block, because a later block's rule replaces an earlier one for the same files.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'pg', 'ioredis', 'bullmq', '@eventstore/*', '@trust/*'], message: 'libs/domain stays pure: pass the clock, ids and look-ups in.' },
            { group: ['**/libs/*/src/**', '../../libs/**'], message: 'Import a library through its @trust/* alias.' },
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
