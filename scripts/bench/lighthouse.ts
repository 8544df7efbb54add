import { Launcher, launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromeFlags, chromePath } from '../../tests/e2e/support/browser';

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Largest Contentful Paint (ms) and Cumulative Layout Shift, as Lighthouse measured them. */
  lcpMs: number;
  /** Total Blocking Time: the part of each long task beyond 50 ms, summed, as Lighthouse simulates the phone. */
  tbtMs: number;
  cls: number;
  /** The accessibility and best-practices audits that did not pass, so that a score below 100 says why. */
  failedAudits: string[];
};
export type FormFactor = 'mobile' | 'desktop';

/**
 * One Lighthouse run (12.x: the last line for Node 20) in its own Chromium, with the
 * bench's browser and flags. Mobile is Lighthouse's default (simulated slow 4G and
 * 4× CPU slowdown); desktop is its desktop config. Scores are 0–100.
 *
 * Lighthouse's launcher turns Chrome's RenderDocument off; this Chromium then held the first
 * frame after Lighthouse's blank page until Lighthouse's own end-of-load work in most runs, the
 * static copy's too, so the page painted at 1.2 or 2.2 s instead of 0.2–0.3 s (docs/performance.md).
 * The bench leaves RenderDocument as Chrome ships it unless `stockLauncher` is asked for.
 */
// A second --disable-features replaces the launcher's own list: the list is given again without RenderDocument.
const launcherDisabled = Launcher.defaultFlags().find((flag) => flag.startsWith('--disable-features=')) ?? '';
const renderDocumentOn = launcherDisabled.replace(/,?RenderDocument\b/, '');

export async function runLighthouse(
  url: string,
  formFactor: FormFactor,
  { stockLauncher = false } = {},
): Promise<LighthouseScores> {
  const chrome = await launch({
    chromePath: chromePath(),
    chromeFlags: [...chromeFlags, '--headless', ...(stockLauncher || !renderDocumentOn ? [] : [renderDocumentOn])],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error' },
      {
        ...(formFactor === 'desktop' ? desktopConfig : { extends: 'lighthouse:default' }),
        settings: {
          ...(formFactor === 'desktop' ? desktopConfig.settings : {}),
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        },
      },
    );
    const categories = result?.lhr.categories;
    const score = (id: string) => Math.round((categories?.[id]?.score ?? 0) * 100);
    const measured = (id: string) => result?.lhr.audits[id]?.numericValue ?? Number.NaN;
    if (result?.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    const failedAudits = ['accessibility', 'best-practices'].flatMap((id) =>
      (categories?.[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (result?.lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id),
    );
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: measured('largest-contentful-paint'),
      tbtMs: measured('total-blocking-time'),
      cls: measured('cumulative-layout-shift'),
      failedAudits,
    };
  } finally {
    chrome.kill();
  }
}
