import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the browser tests and the bench find a Chromium (or Chrome): CHROME_PATH when set, else the
 * usual places of Debian/Ubuntu, Fedora and macOS packages, else a build Playwright downloaded into
 * its cache (`npx playwright-core install chromium`). playwright-core brings no browser of its own.
 */

export type Platform = 'linux' | 'darwin';

/** What a package manager installs, in the order tried. */
export function systemChromiumPaths(platform: Platform, home: string): string[] {
  if (platform === 'darwin') {
    const apps = ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome'];
    return ['/Applications', join(home, 'Applications')].flatMap((folder) => apps.map((app) => join(folder, app)));
  }
  return [
    '/usr/bin/chromium', // Debian, Arch, openSUSE
    '/usr/bin/chromium-browser', // Fedora, older Ubuntu
    '/snap/bin/chromium', // Ubuntu's snap
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
  ];
}

/** Playwright's browser cache: PLAYWRIGHT_BROWSERS_PATH, or its default folder. */
export function playwrightCache(platform: Platform, home: string, env: NodeJS.ProcessEnv): string {
  if (env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0') return env.PLAYWRIGHT_BROWSERS_PATH;
  return platform === 'darwin' ? join(home, 'Library/Caches/ms-playwright') : join(home, '.cache/ms-playwright');
}

/** The executable inside a chromium-<revision> folder, by Playwright's layouts old and new. */
const playwrightLayouts: Record<Platform, string[]> = {
  linux: ['chrome-linux64/chrome', 'chrome-linux-arm64/chrome', 'chrome-linux/chrome'],
  darwin: [
    'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
  ],
};

/** Every Chromium in Playwright's cache, newest revision first. */
export function playwrightChromiumPaths(platform: Platform, cache: string): string[] {
  let folders: string[];
  try {
    folders = readdirSync(cache).filter((name) => /^chromium-\d+$/.test(name));
  } catch {
    return [];
  }
  const revision = (name: string) => Number(name.slice('chromium-'.length));
  return folders
    .sort((a, b) => revision(b) - revision(a))
    .flatMap((folder) => playwrightLayouts[platform].map((layout) => join(cache, folder, layout)));
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export type ChromiumSearch = { path: string; message?: undefined } | { path: undefined; message: string };

export type SearchOptions = {
  env?: NodeJS.ProcessEnv;
  platform?: Platform;
  home?: string;
  /** The system paths to try, in place of systemChromiumPaths (for the finder's own test). */
  systemPaths?: string[];
};

const howToInstall = (platform: Platform) =>
  [
    'Install one, then run the tests again:',
    ...(platform === 'darwin'
      ? ['  macOS:          brew install --cask chromium   (or install Google Chrome)']
      : [
          '  Debian:         sudo apt-get install chromium',
          '  Ubuntu:         sudo snap install chromium',
          '  Fedora:         sudo dnf install chromium',
        ]),
    "  any system:     npx playwright-core install chromium   (Playwright's own build; add --with-deps for its libraries)",
    'or point CHROME_PATH at a Chromium or Chrome executable: CHROME_PATH=/path/to/chrome npm run test:e2e',
  ].join('\n');

/** The first Chromium found, or a message saying where it looked and how to install one. */
export function findChromium({
  env = process.env,
  platform = process.platform === 'darwin' ? 'darwin' : 'linux',
  home = homedir(),
  systemPaths = systemChromiumPaths(platform, home),
}: SearchOptions = {}): ChromiumSearch {
  if (env.CHROME_PATH) {
    if (isExecutableFile(env.CHROME_PATH)) return { path: env.CHROME_PATH };
    // A browser asked for by name is never silently swapped for another.
    return {
      path: undefined,
      message: `No Chromium for the browser tests: CHROME_PATH is ${env.CHROME_PATH}, which is not an executable file.\n${howToInstall(platform)}`,
    };
  }
  const cache = playwrightCache(platform, home, env);
  const found = [...systemPaths, ...playwrightChromiumPaths(platform, cache)].find(isExecutableFile);
  if (found) return { path: found };
  const looked = [...systemPaths, join(cache, 'chromium-*', playwrightLayouts[platform][0]!)];
  return {
    path: undefined,
    message: [
      'No Chromium for the browser tests: CHROME_PATH is not set, and there is none at',
      ...looked.map((path) => `  ${path}`),
      howToInstall(platform),
    ].join('\n'),
  };
}
