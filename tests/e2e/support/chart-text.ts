import type { Page } from 'playwright-core';

/**
 * Pairs of texts inside one chart drawing that overlap: an axis's labels, or the
 * figures over the bars, run into each other where the chart is too narrow for them.
 */
export function overlappingChartText(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((scope) => {
    const faults: string[] = [];
    for (const svg of Array.from(document.querySelectorAll(`${scope} svg.recharts-surface`))) {
      const texts = Array.from(svg.querySelectorAll('text'))
        .filter((text) => !text.closest('defs') && (text.textContent ?? '').trim() !== '')
        .map((text) => ({ text: (text.textContent ?? '').trim(), box: text.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      texts.forEach((a, index) => {
        for (const b of texts.slice(index + 1)) {
          const apart =
            a.box.right <= b.box.left + 1 ||
            b.box.right <= a.box.left + 1 ||
            a.box.bottom <= b.box.top + 1 ||
            b.box.bottom <= a.box.top + 1;
          if (!apart) faults.push(`"${a.text}" overlaps "${b.text}"`);
        }
      });
    }
    return faults;
  }, scope);
}
