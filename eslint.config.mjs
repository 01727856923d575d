import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'shots/**']),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The content layer has one door: outside lib/content/, content is read through `@/lib/content`
    // (or its rules alone, `@/lib/content/schemas`). Unit tests may test its parts.
    ignores: ['lib/content/**', 'tests/unit/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(?:(?:^|/)lib/content|^(?:\\.\\./)+content)/(?!schemas$)',
              message: 'Read content through its door: import from `@/lib/content` (or `@/lib/content/schemas` for the rules alone).',
            },
          ],
        },
      ],
    },
  },
]);
