/**
 * Numbers as Vietnamese reports write them: `.` groups thousands, `,` marks decimals
 * (`1.947,272`), though a report may leave the thousands mark out (`6220,4`) or write a leading
 * zero (`05 chi bộ`). Shared by the quote check and the report drafter, so both read a number the same way.
 */

export type WrittenNumber = {
  /** The digits as written. */
  text: string;
  value: number;
  /** Digits after the decimal comma, as written. */
  decimals: number;
  /** Offsets in the text the number was read from. */
  start: number;
  end: number;
  /** False for digits that are not a number in Vietnamese notation (`2.5`, `1,2,3`): left for a person. */
  wellFormed: boolean;
};

const grouped = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const plain = /^\d+(?:,\d+)?$/;

/** Reads one number written in Vietnamese notation; null when the digits are not one. */
export function readNumber(text: string): { value: number; decimals: number } | null {
  if (!grouped.test(text) && !plain.test(text)) return null;
  const [whole = '', fraction = ''] = text.replaceAll('.', '').split(',');
  return { value: Number(`${whole}.${fraction || '0'}`), decimals: fraction.length };
}

/** Every run of digits in `text` (with its thousands and decimal marks), in order. */
export function findNumbers(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  for (const match of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const read = readNumber(match[0]);
    found.push({
      text: match[0],
      value: read?.value ?? Number.NaN,
      decimals: read?.decimals ?? 0,
      start: match.index,
      end: match.index + match[0].length,
      wellFormed: read !== null,
    });
  }
  return found;
}

/** Same number at the same precision, allowing for binary fractions (0.1 + 0.2). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** `value` in Vietnamese notation with `decimals` digits after the comma: 1947.272, 3 → `1.947,272`. */
export function writeNumber(value: number, decimals: number): string {
  const [whole = '', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const groupedWhole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '−' : ''}${groupedWhole}${fraction ? `,${fraction}` : ''}`;
}
