/**
 * Vietnamese text helpers. Matching is done on a folded copy of the text (lower case, no diacritics)
 * so that "hoá" and "hóa", or "Quận" and "quận", match alike; folding keeps one character for one,
 * so an offset found in the folded copy is an offset in the original.
 */

/** Reads a report as the drafter expects it: NFC (composed diacritics), no BOM, `\n` line ends. */
export function normalizeReportText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n');
}

const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const lower = char.toLowerCase();
    folded = lower === 'đ' ? 'd' : (lower.normalize('NFD')[0] ?? char);
    if (folded.length !== 1) folded = char;
    foldedChars.set(char, folded);
  }
  return folded;
}

/** Lower case without diacritics, `đ` as `d`, one UTF-16 unit for one. */
export function fold(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index += 1) folded += foldChar(text[index] ?? '');
  return folded;
}

/** An id from Vietnamese words: "Phường An Biên" → "phuong-an-bien". */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Upper-cases the first letter: "phường An Biên" → "Phường An Biên". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
