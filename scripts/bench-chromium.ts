import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (or CHROME_PATH), as the browser tests use it; Lighthouse gets the same binary and flags. */
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, args: chromeFlags });
}
