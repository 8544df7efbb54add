import type { MatcherFunction } from '@testing-library/react';

/**
 * Matches the innermost element whose whole text is `text`, even when it is split
 * across child elements (a tile draws "641,769" and "tỷ đồng" in separate spans).
 */
export function wholeText(text: string): MatcherFunction {
  return (_content, element) => {
    if (!element || element.textContent !== text) return false;
    return Array.from(element.children).every((child) => child.textContent !== text);
  };
}

/** The text of each list item within `container`, its spaces collapsed as a browser draws them. */
export function listLines(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('li'), (item) => item.textContent!.replace(/\s+/g, ' ').trim());
}
