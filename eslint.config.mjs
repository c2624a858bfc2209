// ESLint flat config: Next's core-web-vitals and TypeScript rules over the whole tree; `npm test` runs it first.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Pages are complete static HTML and the framework runtime starts only on first interaction
      // (scripts/publish-deferred-runtime.ts), so plain links must navigate without it: <Link> would not help.
      '@next/next/no-html-link-for-pages': 'off',
      // A static export has no image optimiser; thumbnails are pre-rendered PNGs at their display size.
      '@next/next/no-img-element': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS by necessity: jest's config and reporter, and the host-side embed script served as-is.
    files: ['jest.config.js', 'tests/support/summary-reporter.js', 'public/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'out/**',
      'coverage/**',
      'test-results/**',
      'tests/charts/reference/**',
      'next-env.d.ts',
    ],
  },
];

export default config;
