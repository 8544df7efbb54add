import type { Period } from '../../src/lib/report-schema';
import { fold } from './text';

/**
 * Periods as reviews name them. A sentence often leaves the year out ("tháng 9", "9 tháng đầu
 * năm"): the phrase then has year null and takes the report's year.
 */

export type PeriodPhrase = {
  start: number;
  end: number;
  text: string;
  firstMonth: number;
  lastMonth: number;
  year: number | null;
  /** "3 tháng cuối năm" names what is still to do, not what a report covers. */
  ahead: boolean;
};

const romanQuarters: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** An optional year after the phrase: "quý I/2025", "tháng 9 năm 2023", "6 tháng đầu năm 2024". */
const yearAfter = String.raw`(?:\s*(?:\/|nam)?\s*((?:19|20)\d{2})\b(?![.,]\d))?`;

type Rule = {
  pattern: RegExp;
  /** Months covered, from the match; null when the match is no period (a date, month 13). */
  months: (match: RegExpMatchArray) => [number, number] | null;
  ahead?: boolean;
};

const monthCount = (text: string | undefined) => {
  const count = Number(text);
  return count >= 1 && count <= 12 ? count : 0;
};

/** Longest phrases first: "6 tháng đầu năm 2024" must not also be read as "năm 2024". */
const rules: Rule[] = [
  // A date names a day, not a period; read first so its month and year are not taken for one.
  {
    pattern: /\b(?:ngay )?\d{1,2}(?: thang |\/)\d{1,2}(?:(?: nam |\/)\d{4})?\b(?!\s*(?:\/|tieu chi|chi tieu))/g,
    months: () => null,
  },
  {
    pattern: new RegExp(String.raw`\bquy (iv|i{1,3}|[1-4])\b${yearAfter}`, 'g'),
    months: (match) => {
      const quarter = romanQuarters[match[1] ?? ''] ?? 0;
      return quarter ? [quarter * 3 - 2, quarter * 3] : null;
    },
  },
  {
    pattern: new RegExp(String.raw`\b(\d{1,2}) thang cuoi nam${yearAfter}`, 'g'),
    months: (match) => (monthCount(match[1]) ? [13 - monthCount(match[1]), 12] : null),
    ahead: true,
  },
  {
    // "9 thángước đạt": the reports sometimes glue the next word on, so no word boundary after "tháng".
    pattern: new RegExp(String.raw`\b(\d{1,2}) thang(?: dau nam)?${yearAfter}`, 'g'),
    months: (match) => (monthCount(match[1]) ? [1, monthCount(match[1])] : null),
  },
  {
    pattern: new RegExp(String.raw`\bthang (\d{1,2})\b${yearAfter}`, 'g'),
    months: (match) => (monthCount(match[1]) ? [monthCount(match[1]), monthCount(match[1])] : null),
  },
  { pattern: /\b(?:ca )?nam()\s*((?:19|20)\d{2})\b(?![.,]\d|\s*[-–])/g, months: () => [1, 12] },
  { pattern: /\bca nam\b/g, months: () => [1, 12] },
];

/** Every period phrase in `text`, in order. */
export function findPeriods(text: string): PeriodPhrase[] {
  let folded = fold(text);
  const phrases: PeriodPhrase[] = [];
  const masked: { start: number; end: number }[] = [];
  for (const rule of rules) {
    for (const match of folded.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      masked.push({ start, end });
      const months = rule.months(match);
      if (!months) continue;
      const yearText = match[2];
      phrases.push({
        start,
        end,
        text: text.slice(start, end),
        firstMonth: months[0],
        lastMonth: months[1],
        year: yearText ? Number(yearText) : null,
        ahead: rule.ahead ?? false,
      });
    }
    // Mask what this rule read so a shorter rule does not read it again.
    for (const { start, end } of masked) folded = folded.slice(0, start) + '#'.repeat(end - start) + folded.slice(end);
  }
  return phrases.sort((a, b) => a.start - b.start);
}

export function toPeriod(phrase: PeriodPhrase, reportYear: number): Period {
  return { year: phrase.year ?? reportYear, firstMonth: phrase.firstMonth, lastMonth: phrase.lastMonth };
}

/** A short stable slug for ids: 2024, 2023-09, 2023-9m, 2025-q1, 2025-m4-8. */
export function periodSlug(period: Period): string {
  const { year, firstMonth, lastMonth } = period;
  if (firstMonth === 1 && lastMonth === 12) return `${year}`;
  if (firstMonth === lastMonth) return `${year}-${String(firstMonth).padStart(2, '0')}`;
  if (lastMonth - firstMonth === 2 && firstMonth % 3 === 1) return `${year}-q${(firstMonth + 2) / 3}`;
  if (firstMonth === 1) return `${year}-${lastMonth}m`;
  return `${year}-m${firstMonth}-${lastMonth}`;
}

/** The period in Vietnamese, for the review sheet. */
export function periodLabel(period: Period): string {
  const { year, firstMonth, lastMonth } = period;
  if (firstMonth === 1 && lastMonth === 12) return `năm ${year}`;
  if (firstMonth === lastMonth) return `tháng ${firstMonth}/${year}`;
  if (lastMonth - firstMonth === 2 && firstMonth % 3 === 1)
    return `quý ${['I', 'II', 'III', 'IV'][(firstMonth - 1) / 3]}/${year}`;
  if (firstMonth === 1) return `${lastMonth} tháng đầu năm ${year}`;
  return `tháng ${firstMonth}–${lastMonth}/${year}`;
}
