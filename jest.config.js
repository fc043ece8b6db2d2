/* Two Jest projects: the package's LWCs (sfdx-lwc-jest preset, TypeScript run directly) and the
 * TypeScript tooling under scripts/ (ts-jest). */
const fs = require('node:fs');
const path = require('node:path');
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

// `c/<name>` resolves to the bundle's TypeScript source in whichever feature area it lives, so Jest runs
// the .ts directly (never the compiled .js beside it).
const areas = fs.readdirSync(path.join(__dirname, 'force-app/main'));
const lwcMapper = areas.map((area) => `<rootDir>/force-app/main/${area}/lwc/$1/$1`);

module.exports = {
  projects: [
    {
      ...jestConfig,
      displayName: 'lwc',
      roots: ['<rootDir>/force-app'],
      testMatch: ['**/lwc/**/__tests__/**/*.test.ts'],
      moduleFileExtensions: ['ts', 'js', 'html'],
      moduleNameMapper: { ...jestConfig.moduleNameMapper, '^c/(.*)$': lwcMapper },
      setupFilesAfterEnv: [...jestConfig.setupFilesAfterEnv, '<rootDir>/scripts/jest/setup-lwc.js'],
      collectCoverageFrom: ['force-app/main/**/lwc/**/*.ts', '!**/__tests__/**'],
      modulePathIgnorePatterns: ['<rootDir>/.localdevserver']
    },
    {
      displayName: 'scripts',
      roots: ['<rootDir>/scripts'],
      testEnvironment: 'node',
      testMatch: ['**/__tests__/**/*.test.ts'],
      // Never the .js that `npm run build` compiles beside each LWC's .ts.
      moduleFileExtensions: ['ts', 'js', 'json', 'node'],
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] }
    },
    {
      // Playwright in Debian's Chromium against the local workbench; needs `npm run build` first.
      displayName: 'browser',
      roots: ['<rootDir>/scripts'],
      testEnvironment: 'node',
      testMatch: ['**/__browser__/**/*.browser.ts'],
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
      globalSetup: '<rootDir>/scripts/workbench/__browser__/global-setup.ts',
      globalTeardown: '<rootDir>/scripts/workbench/__browser__/global-teardown.ts'
    }
  ]
};
