import type { Page } from 'playwright-core';

/**
 * What a chart too narrow for its content gets wrong: texts in one drawing that
 * overlap (an axis's labels, the figures over the bars), and texts or bars that lie
 * outside the drawing, cut off (names wider than the chart push its bars out).
 */
export function chartFaults(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((scope) => {
    const faults: string[] = [];
    const drawn = (element: Element) => {
      const box = element.getBoundingClientRect();
      return !element.closest('defs') && box.width > 0 && box.height > 0;
    };
    for (const svg of Array.from(document.querySelectorAll(`${scope} svg.recharts-surface`))) {
      const frame = svg.getBoundingClientRect();
      const texts = Array.from(svg.querySelectorAll('text'))
        .filter((text) => drawn(text) && (text.textContent ?? '').trim() !== '')
        .map((text) => ({ name: `"${(text.textContent ?? '').trim()}"`, box: text.getBoundingClientRect() }));
      const bars = Array.from(svg.querySelectorAll('.recharts-rectangle'))
        .filter(drawn)
        .map((bar) => ({ name: 'a bar', box: bar.getBoundingClientRect() }));
      for (const { name, box } of [...texts, ...bars])
        if (
          box.left < frame.left - 1 ||
          box.right > frame.right + 1 ||
          box.top < frame.top - 1 ||
          box.bottom > frame.bottom + 1
        )
          faults.push(`${name} is cut off by its chart's edge`);
      texts.forEach((a, index) => {
        for (const b of texts.slice(index + 1)) {
          const apart =
            a.box.right <= b.box.left + 1 ||
            b.box.right <= a.box.left + 1 ||
            a.box.bottom <= b.box.top + 1 ||
            b.box.bottom <= a.box.top + 1;
          if (!apart) faults.push(`${a.name} overlaps ${b.name}`);
        }
      });
    }
    return faults;
  }, scope);
}
