/* Two Jest projects: the package's LWCs (sfdx-lwc-jest preset, TypeScript run directly) and the
 * TypeScript tooling under scripts/ (ts-jest). */
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  projects: [
    {
      ...jestConfig,
      displayName: 'lwc',
      roots: ['<rootDir>/force-app'],
      testMatch: ['**/lwc/**/__tests__/**/*.test.ts'],
      moduleFileExtensions: ['ts', 'js', 'html'],
      modulePathIgnorePatterns: ['<rootDir>/.localdevserver']
    },
    {
      displayName: 'scripts',
      roots: ['<rootDir>/scripts'],
      testEnvironment: 'node',
      testMatch: ['**/__tests__/**/*.test.ts'],
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] }
    }
  ]
};
