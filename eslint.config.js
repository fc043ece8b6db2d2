/* ESLint flat config: Salesforce's LWC rules for components (TypeScript through their Babel-based
 * TS configs), typescript-eslint for the tooling under scripts/, Node globals for config files. */
const js = require('@eslint/js');
const globals = require('globals');
const tseslint = require('typescript-eslint');
const lwcConfig = require('@salesforce/eslint-config-lwc');
const jestPlugin = require('eslint-plugin-jest');

const scoped = (configs, files) => configs.map((config) => ({ ...config, files }));
const lwcFiles = ['force-app/**/lwc/**/*.ts'];
const lwcTestFiles = ['force-app/**/lwc/**/__tests__/**/*.ts'];

module.exports = [
  {
    ignores: [
      'node_modules/**',
      'build/**',
      'coverage/**',
      'artifacts/**',
      '.sf/**',
      '.sfdx/**',
      'force-app/**/lwc/**/*.js',
      'force-app/types/**',
      'force-app/**/staticresources/**',
      '**/*.d.ts'
    ]
  },
  ...scoped(lwcConfig.configs.recommendedTs, lwcFiles),
  {
    // The Babel parser of the *Ts configs does not model types, so these core rules misfire on type
    // names; `tsc` (npm run build:check) enforces the same things with type information.
    files: lwcFiles,
    rules: {
      'no-undef': 'off',
      'no-unused-vars': 'off',
      'no-use-before-define': 'off',
      'no-redeclare': 'off'
    }
  },
  {
    files: lwcTestFiles,
    plugins: { jest: jestPlugin },
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      ...jestPlugin.configs['flat/recommended'].rules,
      '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off'
    }
  },
  ...scoped([js.configs.recommended, ...tseslint.configs.recommended], ['scripts/**/*.ts']),
  {
    files: ['scripts/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['scripts/**/__tests__/**/*.ts', 'scripts/**/__browser__/**/*.ts'],
    plugins: { jest: jestPlugin },
    languageOptions: { globals: globals.jest },
    rules: jestPlugin.configs['flat/recommended'].rules
  },
  {
    files: ['*.js', 'scripts/**/*.js'],
    ...js.configs.recommended,
    languageOptions: { sourceType: 'commonjs', globals: globals.node }
  }
];
