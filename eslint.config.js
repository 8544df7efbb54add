import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: lib and components → features → app; a feature imports no other feature.
// Only src/main.tsx starts the mock API. See docs/project-structure.md.
const forbid = (...groups) => [
  'error',
  {
    patterns: groups.map(([group, message]) =>
      group instanceof RegExp ? { regex: group.source, message } : { group: [`**/${group}/**`], message },
    ),
  },
];
const noMocks = ['mocks', 'only src/main.tsx starts the mock API'];
const noApp = ['app', 'the app shell is the top layer: nothing imports it'];
const noFeatures = ['features', 'lib, components and mocks are shared: they must not import features'];
const noComponents = ['components', 'lib is the bottom layer: pure code, no components'];

// One zone per feature, found on disk so that a new feature gets its own. A feature reaches another
// either through a `features/<other>/` path or by climbing to its sibling folder (`../../<other>/`).
const features = readdirSync(`${import.meta.dirname}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const otherFeatures = (feature) => {
  const others = features.filter((other) => other !== feature).join('|');
  const message = `a feature imports only src/lib, src/components and itself: move what "${feature}" shares with another feature down, or compose them in src/app`;
  return [
    [new RegExp(`(^|/)features/(?!${feature}/)[^/]+/`), message],
    [new RegExp(`^(\\.\\./)+(${others})(/|$)`), message],
  ];
};

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
    files: ['src/components/**', 'mocks/**'],
    rules: { 'no-restricted-imports': forbid(noMocks, noApp, noFeatures) },
  },
  { files: ['src/lib/**'], rules: { 'no-restricted-imports': forbid(noMocks, noApp, noFeatures, noComponents) } },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: { 'no-restricted-imports': forbid(noMocks, noApp, ...otherFeatures(feature)) },
  })),
  { files: ['src/app/**'], rules: { 'no-restricted-imports': forbid(noMocks) } },
);
