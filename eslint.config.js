import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: lib → features → app. Only src/main.tsx starts the mock API.
const forbid = (...groups) => [
  'error',
  { patterns: groups.map(([group, message]) => ({ group: [`**/${group}/**`], message })) },
];
const noMocks = ['mocks', 'only src/main.tsx starts the mock API'];
const noApp = ['app', 'the app shell is the top layer: nothing imports it'];
const noFeatures = ['features', 'lib and mocks are shared: they must not import features'];

export default tseslint.config(
  { ignores: ['dist', 'public/mockServiceWorker.js', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // The inline notice of src/load-failure-notice.js runs in the page as a plain script.
  { files: ['src/**/*.js'], languageOptions: { globals: globals.browser, sourceType: 'script' } },
  // The service worker; build/embedded-api-worker.ts declares `site` ahead of it.
  {
    files: ['src/embedded-api-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker, site: 'readonly' }, sourceType: 'script' },
  },
  {
    files: ['src/lib/**', 'src/components/**', 'mocks/**'],
    rules: { 'no-restricted-imports': forbid(noMocks, noApp, noFeatures) },
  },
  { files: ['src/features/**'], rules: { 'no-restricted-imports': forbid(noMocks, noApp) } },
  { files: ['src/app/**'], rules: { 'no-restricted-imports': forbid(noMocks) } },
);
