import { findChromium } from './find-chromium';

/**
 * The browser tests' global setup: without a Chromium, the run stops here, once, with the message
 * saying how to install one, instead of every test file failing with Playwright's launch error.
 * It exits rather than throws: vitest would print "No test files found" above a thrown error.
 */
export default function requireChromium(): void {
  const search = findChromium();
  if (search.path !== undefined) return;
  console.error(`\n${search.message}\n`);
  process.exit(1);
}
