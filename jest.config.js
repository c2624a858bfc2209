// Jest runs three projects: unit (lib/, scripts/), component (components/, jsdom) and e2e (tests/, real chromium).
// next/jest compiles TypeScript with SWC, so no ts-jest.
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: __dirname });

module.exports = async () => {
  const base = await createJestConfig({ moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' } })();
  // d3-geo (and its d3-array, internmap) ship only as ES modules: let SWC compile them like our own code.
  base.transformIgnorePatterns = base.transformIgnorePatterns.map((p) =>
    p.replace('(?!(geist|', '(?!(d3-geo|d3-array|internmap|geist|'),
  );
  const project = (displayName, testEnvironment, testMatch, extra = {}) => ({
    ...base,
    rootDir: __dirname,
    displayName,
    testEnvironment,
    testMatch,
    ...extra,
  });
  return {
    reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
    projects: [
      project('unit', 'node', [
        '<rootDir>/lib/**/*.test.ts',
        '<rootDir>/scripts/**/*.test.ts',
        '<rootDir>/bench/**/*.test.ts',
      ]),
      project('component', 'jsdom', ['<rootDir>/components/**/*.test.tsx']),
      project('e2e', 'node', ['<rootDir>/tests/**/*.test.ts'], {
        globalSetup: '<rootDir>/tests/support/global-setup.ts',
        setupFilesAfterEnv: ['<rootDir>/tests/support/e2e-timeout.ts'],
      }),
    ],
  };
};
