import type { Unit } from '../../src/lib/report-schema';

/**
 * Units as reviews write them after a number. Money is stored in tỷ đồng (billions of đồng): an
 * amount in triệu đồng is converted, and the draft says so. Count nouns make a count; any other
 * word after a number ("ha", "lượt khách") is a unit the drafter does not know and keeps as written.
 */

export type UnitReading = {
  unit: Unit;
  /** The unit as the report writes it. */
  written: string;
  /** Multiply the written number by this to get the stored value (triệu → tỷ: 0.001). */
  scale: number;
  known: boolean;
  /** Characters the unit takes after the number, spaces included. */
  length: number;
};

const money: { pattern: RegExp; scale: number }[] = [
  { pattern: /^\s*(?:nghìn|ngàn) tỷ(?: đồng)?/iu, scale: 1000 },
  { pattern: /^\s*tỷ(?: đồng)?(?!\s*(?:USD|đô))/iu, scale: 1 },
  { pattern: /^\s*(?:triệu đồng|tr\.?đ\b|trđ\b)/iu, scale: 0.001 },
];

/** Count nouns the district's reviews use; longer names first ("tổ chức cơ sở đảng" before "tổ chức"). */
export const countNouns = [
  'tổ chức cơ sở đảng',
  'đảng viên',
  'chi bộ',
  'đảng bộ',
  'chỉ tiêu',
  'tiêu chí',
  'xã',
  'phường',
  'hộ',
  'người',
  'doanh nghiệp',
  'dự án',
  'công trình',
  'trường hợp',
  'hồ sơ',
];

/** Words that follow a number without being its unit ("02 là người…", "2024 và"). */
const notUnits = new Set(
  'là và của với so bằng đạt tăng giảm trong theo năm tháng ngày quý đã được cùng tại trên dưới có các những này đó khi thì như để về từ đến ước dự'.split(
    ' ',
  ),
);

/** Two-word units whose first word alone says little ("lượt khách", "triệu USD"). */
const leadWords = new Set(['lượt', 'triệu', 'nghìn', 'ngàn', 'tỷ', 'tấn', 'm', 'mét']);

/** The unit written right after a number, or null when none is (`text` starts after the number). */
export function readUnit(text: string): UnitReading | null {
  for (const { pattern, scale } of money) {
    const match = pattern.exec(text);
    if (match) return { unit: 'billionVnd', written: match[0].trim(), scale, known: true, length: match[0].length };
  }
  const lower = text.toLowerCase();
  for (const noun of countNouns) {
    const match = new RegExp(`^\\s*${noun}(?![\\p{L}])`, 'u').exec(lower);
    if (match) return { unit: 'count', written: noun, scale: 1, known: true, length: match[0].length };
  }
  const words = /^\s+([\p{L}²³]+)(?:\s+([\p{L}]+))?/u.exec(text);
  const first = words?.[1];
  if (!words || !first || notUnits.has(first.toLowerCase())) return null;
  const second = words[2];
  const written = leadWords.has(first.toLowerCase()) && second ? `${first} ${second}` : first;
  const length = text.indexOf(written) + written.length;
  return { unit: 'count', written, scale: 1, known: false, length };
}
