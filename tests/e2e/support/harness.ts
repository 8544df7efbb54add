import type { Browser } from 'playwright-core';
import { afterAll } from 'vitest';
import { launchChromium } from './browser';
import { serveDist, type StaticServer } from './static-server';

/**
 * The production build served on loopback and one Chromium, for a whole test
 * file; both are stopped when the file is done.
 */
export async function startHarness(): Promise<{ server: StaticServer; browser: Browser }> {
  const server = await serveDist();
  const browser = await launchChromium();
  afterAll(async () => {
    await browser.close();
    await server.close();
  });
  return { server, browser };
}
