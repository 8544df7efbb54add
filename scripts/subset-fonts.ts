import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { format, resolveConfig } from 'prettier';
import subsetFont from 'subset-font';

/**
 * `npm run fonts`: cuts the page's typeface, Be Vietnam Pro (from the Google Fonts
 * files in @expo-google-fonts/be-vietnam-pro, SIL Open Font License), down to the
 * characters the dashboard writes, one WOFF2 file per weight, and writes the
 * @font-face rules that use them. One file per weight, rather than a Latin and a
 * Vietnamese file each, halves the requests the first screen waits for; and the cut
 * keeps "≈", the derived-figure mark, which the published subsets leave out. The
 * files are committed: the build does not run this.
 */

/** Code points kept. tests/unit/typeface.test.ts checks that the dataset and the messages fit in them. */
const typefaceRanges: [number, number][] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1: no-break space, ·, ×, ÷…
  [0x0102, 0x0103], // Ă ă
  [0x0110, 0x0111], // Đ đ
  [0x0128, 0x0129], // Ĩ ĩ
  [0x0168, 0x0169], // Ũ ũ
  [0x01a0, 0x01a1], // Ơ ơ
  [0x01af, 0x01b0], // Ư ư
  [0x0300, 0x0301], // combining tone marks, for text typed in decomposed form
  [0x0303, 0x0303],
  [0x0309, 0x0309],
  [0x0323, 0x0323],
  [0x1ea0, 0x1ef9], // the precomposed Vietnamese letters
  [0x2000, 0x206f], // dashes, quotes, ellipsis, narrow no-break space
  [0x20ab, 0x20ab], // ₫
  [0x2212, 0x2212], // minus sign
  [0x2248, 0x2248], // ≈, the derived-figure mark
];

const typefaceWeights = [
  { weight: 400, file: '400Regular/BeVietnamPro_400Regular.ttf' },
  { weight: 600, file: '600SemiBold/BeVietnamPro_600SemiBold.ttf' },
  { weight: 700, file: '700Bold/BeVietnamPro_700Bold.ttf' },
];

const hex = (codePoint: number) => codePoint.toString(16).toUpperCase().padStart(4, '0');
const unicodeRange = typefaceRanges
  .map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`))
  .join(', ');

function fontFace(weight: number): string {
  return `@font-face {
  font-family: 'Be Vietnam Pro';
  font-style: normal;
  font-display: optional;
  font-weight: ${weight};
  src: url('../assets/fonts/be-vietnam-pro-${weight}.woff2') format('woff2');
  unicode-range: ${unicodeRange};
}
`;
}

const header = `/*
 * Written by scripts/subset-fonts.ts (npm run fonts); edit that script, not this file.
 * Be Vietnam Pro, cut to the characters the dashboard writes, one file per weight.
 * index.html preloads the three files, so they arrive with the first screen;
 * "optional" then keeps whatever font the text was first drawn in: no swap, no
 * layout shift, even on a connection too slow for the preload.
 */
`;

async function main(): Promise<void> {
  const source = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
  const text = typefaceRanges
    .flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, index) => first + index))
    .map((codePoint) => String.fromCodePoint(codePoint))
    .join('');
  mkdirSync('src/assets/fonts', { recursive: true });
  for (const { weight, file } of typefaceWeights) {
    const cut = await subsetFont(readFileSync(`${source}/${file}`), text, { targetFormat: 'woff2' });
    writeFileSync(`src/assets/fonts/be-vietnam-pro-${weight}.woff2`, cut);
    console.log(`src/assets/fonts/be-vietnam-pro-${weight}.woff2: ${(cut.length / 1000).toFixed(1)} kB`);
  }
  // The Open Font License travels with the files it covers.
  copyFileSync(`${source}/LICENSE_FONT`, 'src/assets/fonts/OFL.txt');
  const css = [header, ...typefaceWeights.map(({ weight }) => fontFace(weight))].join('\n');
  writeFileSync(
    'src/lib/fonts.css',
    await format(css, { ...(await resolveConfig('src/lib/fonts.css')), filepath: 'src/lib/fonts.css' }),
  );
  console.log('src/lib/fonts.css written');
}

await main();
