import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findChromium } from '../e2e/support/find-chromium';

/**
 * Where the browser tests look for Chromium, on a made-up machine: a home folder and system paths
 * inside a temporary folder, holding files that are, or are not, executable.
 */

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'find-chromium-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A file at `path` under the made-up machine, executable unless said otherwise. */
function file(path: string, executable = true): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, '#!/bin/sh\n');
  chmodSync(full, executable ? 0o755 : 0o644);
  return full;
}

const home = () => join(root, 'home');
const search = (env: NodeJS.ProcessEnv, systemPaths: string[], platform: 'linux' | 'darwin' = 'linux') =>
  findChromium({ env, platform, home: home(), systemPaths });

describe('findChromium', () => {
  it('takes CHROME_PATH first, over a system Chromium', () => {
    const chosen = file('opt/chrome');
    expect(search({ CHROME_PATH: chosen }, [file('usr/bin/chromium')])).toEqual({ path: chosen });
  });

  it('refuses a CHROME_PATH that is not an executable file rather than picking another browser', () => {
    const result = search({ CHROME_PATH: join(root, 'nowhere') }, [file('usr/bin/chromium')]);
    expect(result.path).toBeUndefined();
    expect(result.message).toContain(`CHROME_PATH is ${join(root, 'nowhere')}, which is not an executable file`);
    expect(search({ CHROME_PATH: file('text', false) }, []).path).toBeUndefined();
  });

  it('takes the first executable system path, skipping missing and non-executable ones', () => {
    const paths = [
      join(root, 'usr/bin/chromium'),
      file('usr/bin/chromium-browser', false),
      file('usr/bin/google-chrome'),
    ];
    expect(search({}, paths)).toEqual({ path: paths[2] });
  });

  it("falls back to Playwright's cache, newest revision first, in its old and new layouts", () => {
    file('home/.cache/ms-playwright/chromium-1100/chrome-linux/chrome');
    const newest = file('home/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome');
    file('home/.cache/ms-playwright/chromium_headless_shell-1300/chrome-linux/headless_shell');
    expect(search({}, [join(root, 'usr/bin/chromium')])).toEqual({ path: newest });
  });

  it('reads the cache PLAYWRIGHT_BROWSERS_PATH names, and the macOS layout on macOS', () => {
    const app = 'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    const chrome = file(`browsers/chromium-1200/${app}`);
    expect(search({ PLAYWRIGHT_BROWSERS_PATH: join(root, 'browsers') }, [], 'darwin')).toEqual({ path: chrome });
  });

  it('with none found, says where it looked and how to install one', () => {
    const result = search({}, [join(root, 'usr/bin/chromium')]);
    expect(result.path).toBeUndefined();
    expect(result.message).toContain(join(root, 'usr/bin/chromium'));
    expect(result.message).toContain(join(home(), '.cache/ms-playwright/chromium-*/chrome-linux64/chrome'));
    expect(result.message).toContain('sudo apt-get install chromium');
    expect(result.message).toContain('npx playwright-core install chromium');
    expect(result.message).toContain('CHROME_PATH=/path/to/chrome');
  });
});
