import { findChromium } from '../tests/e2e/support/find-chromium';

/**
 * `tsx scripts/find-chromium.ts`: prints the Chromium the browser tests would drive, or says where
 * it looked and how to install one, with exit status 1. .ci/run installs Debian's when there is none.
 */
const search = findChromium();
if (search.path !== undefined) console.log(search.path);
else {
  console.error(search.message);
  process.exitCode = 1;
}
