/**
 * Jest projects. `npm test` runs node, pane and e2e (jest --selectProjects): they use only the repository's own fixtures, and a guard
 * (tests/setup/self-contained.js) fails any of them that reads ../shared. `npm run test:shared` runs shared,
 * shared-pane and corpus, which read the real minutes beside the checkout (see tests/support/shared.ts).
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
const common = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
const selfContained = '<rootDir>/tests/setup/self-contained.js';
const sharedSuites = ['<rootDir>/tests/shared/', '<rootDir>/tests/corpus/'];
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      setupFiles: [selfContained],
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/', ...sharedSuites],
    },
    {
      ...common,
      displayName: 'pane',
      testEnvironment: 'jsdom',
      setupFiles: [selfContained],
      testMatch: ['<rootDir>/tests/**/*.test.tsx'],
      testPathIgnorePatterns: ['/node_modules/', ...sharedSuites],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/jsdom.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      setupFiles: [selfContained],
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'shared',
      testEnvironment: 'node',
      globalSetup: '<rootDir>/tests/setup/shared-present.js',
      testMatch: ['<rootDir>/tests/shared/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'shared-pane',
      testEnvironment: 'jsdom',
      globalSetup: '<rootDir>/tests/setup/shared-present.js',
      testMatch: ['<rootDir>/tests/shared/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/jsdom.ts'],
    },
    {
      ...common,
      displayName: 'corpus',
      testEnvironment: 'node',
      globalSetup: '<rootDir>/tests/setup/shared-present.js',
      testMatch: ['<rootDir>/tests/corpus/**/*.test.ts'],
    },
  ],
};
