import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/lib/messages';

/**
 * The typeface is cut to a set of characters (scripts/subset-fonts.ts). Anything the
 * page writes outside that set is drawn in whatever font the machine has, so every
 * character of the dataset and of the interface's wording must be in it.
 */

const fontFaces = readFileSync('src/lib/fonts.css', 'utf8').match(/@font-face\s*\{[^}]*\}/g) ?? [];

/** The code points of a CSS unicode-range ("U+0020-007E, U+2248"). */
function parseRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [first, last = first] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(first!, 16), parseInt(last!, 16)];
  });
}

const ranges = parseRange(fontFaces[0]?.match(/unicode-range:\s*([^;]+);/)?.[1] ?? '');
const inTypeface = (codePoint: number) => ranges.some(([first, last]) => codePoint >= first && codePoint <= last);

/** Characters of `text` outside the cut, ignoring line breaks and tabs (never drawn). */
const outside = (text: string) => [
  ...new Set([...text].filter((c) => !/[\n\t]/.test(c) && !inTypeface(c.codePointAt(0)!))),
];

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

describe('the typeface cut', () => {
  it('is one range shared by the three weights, and it holds the derived-figure mark', () => {
    expect(fontFaces.map((face) => face.match(/font-weight:\s*(\d+)/)?.[1])).toEqual(['400', '600', '700']);
    expect(new Set(fontFaces.map((face) => face.match(/unicode-range:\s*([^;]+);/)?.[1])).size).toBe(1);
    expect(inTypeface('≈'.codePointAt(0)!)).toBe(true);
    // The check can fail: symbols the page draws as icons are outside.
    expect(outside('Vượt kế hoạch ▲ ✔')).toEqual(['▲', '✔']);
  });

  it('holds every character of the dataset', () => {
    const dataDir = 'mocks/data';
    const files = [
      join(dataDir, 'indicators.json'),
      ...readdirSync(join(dataDir, 'reports')).map((name) => join(dataDir, 'reports', name)),
    ];
    const missing = files.flatMap((file) =>
      stringsIn(JSON.parse(readFileSync(file, 'utf8'))).flatMap((text) =>
        outside(text).map((c) => `${file}: "${c}" in "${text.slice(0, 60)}"`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('holds every character of the wording, in Vietnamese and English', () => {
    const missing = Object.entries(catalogues).flatMap(([locale, messages]) =>
      Object.entries(messages)
        // Tooltips (title attributes) are drawn by the browser in the system's font, arrows and all.
        .filter(([key]) => !key.endsWith('Title'))
        .flatMap(([key, text]) => outside(text).map((c) => `${locale} ${key}: "${c}"`)),
    );
    expect(missing).toEqual([]);
  });
});
