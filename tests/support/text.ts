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
