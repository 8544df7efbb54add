import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openDashboard, openPage } from './support/browser';
import { serveDist, type StaticServer } from './support/static-server';

/** WCAG 2.1 A and AA, as axe-core checks them, on every view of the production build. */

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function violationsOf(page: Page): Promise<{ count: number; report: string }> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const report = results.violations
    .map((violation) => {
      const nodes = violation.nodes
        .map(
          (node) => `    - ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n${nodes}`;
    })
    .join('\n');
  return { count: results.violations.length, report };
}

async function checkView(path: string, prepare?: (page: Page) => Promise<void>): Promise<void> {
  const { context, page, errors } = await openPage(browser);
  try {
    await openDashboard(page, server.url, path);
    await prepare?.(page);
    const { count, report } = await violationsOf(page);
    expect(count, `axe violations on ${path}:\n${report}`).toBe(0);
    expect(errors, 'console errors or uncaught exceptions').toEqual([]);
  } finally {
    await context.close();
  }
}

/** Opens every "Nguồn và cách tính" disclosure the way a user would: by its summary. */
async function openAllSources(page: Page): Promise<void> {
  const summaries = page.locator('details.report-source:not([open]) > summary');
  const total = await summaries.count();
  expect(total).toBeGreaterThan(0);
  for (let opened = 0; opened < total; opened++) {
    await summaries.first().click();
  }
  const closed = await page.locator('details.report-source:not([open])').count();
  expect(closed).toBe(0);
}

describe('axe-core WCAG 2.1 AA', () => {
  it('has no violations on ?year=2023', () => checkView('/?year=2023'));
  it('has no violations on ?year=2024', () => checkView('/?year=2024'));
  it('has no violations on ?view=compare', () => checkView('/?view=compare'));
  it('has no violations on ?year=2023 with every "Nguồn và cách tính" opened', () =>
    checkView('/?year=2023', openAllSources));
  it('has no violations on ?year=2024 with every "Nguồn và cách tính" opened', () =>
    checkView('/?year=2024', openAllSources));
});
