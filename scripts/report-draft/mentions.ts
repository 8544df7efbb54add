import { findNumbers, type WrittenNumber } from '../../mocks/written-numbers';
import { fold } from './text';
import { readUnit, type UnitReading } from './units';

/**
 * What each number of a paragraph is. Most numbers in a review are not figures of the unit:
 * dates, document numbers ("10-NQ/QU"), addresses ("số 12/34 phố …"), terms ("2020-2025"),
 * years, page counters. Those are set aside with the reason, so the review sheet can show that
 * every number was looked at.
 */

export type Qualifier = 'hơn' | 'gần' | 'trên' | 'khoảng';

export type Mention =
  | { kind: 'amount'; number: WrittenNumber; unit: UnitReading; end: number; qualifier?: Qualifier }
  | {
      kind: 'ratio';
      number: WrittenNumber;
      denominator: WrittenNumber;
      unit: UnitReading | null;
      end: number;
      qualifier?: Qualifier;
    }
  | { kind: 'percent'; number: WrittenNumber; end: number; qualifier?: Qualifier; ofRatio: boolean }
  | { kind: 'bare'; number: WrittenNumber; end: number }
  | { kind: 'aside'; number: WrittenNumber; end: number; reason: string };

type Rule = { reason: string; test: (before: string, after: string, number: WrittenNumber) => boolean };

/** Checked in order; `before` and `after` are folded (no diacritics, lower case). */
const asideRules: Rule[] = [
  { reason: 'cách viết số không rõ', test: (_b, _a, number) => !number.wellFormed },
  { reason: 'số hiệu văn bản', test: (_b, after) => /^\s?[-–]\s?[a-z]{1,5}\b|^\/[a-z]|^\/\d{2,4}\/[a-z]/.test(after) },
  {
    reason: 'số hiệu văn bản',
    test: (before) =>
      /(nghi quyet|quyet dinh|nghi dinh|chi thi|ket luan|thong tu|cong van|ke hoach|luat) (so )?$/.test(before),
  },
  {
    reason: 'địa chỉ hoặc số hiệu',
    test: (before) =>
      /(?<!tong )\bso (nha )?$|\b(ngo|ngach|hem|kiet|to dan pho|khu pho|to|lo|phong|tang)\s$/.test(before),
  },
  { reason: 'ngày tháng', test: (_b, after) => /^\/\d{1,2}\/\d{2,4}/.test(after) },
  {
    reason: 'ngày tháng',
    test: (before, after) =>
      /^\/\d{1,2}\b/.test(after) && /\b(ngay|chieu|sang|toi|trua|dem|hom|tu|den)\s$/.test(before),
  },
  { reason: 'giờ', test: (_b, after) => /^:\d|^\s?(gio|h)\b/.test(after) },
  { reason: 'khoảng, nhiệm kỳ hoặc giai đoạn', test: (_b, after) => /^\s?[-–]\s?\d/.test(after) },
  {
    reason: 'bộ đếm của trang web',
    test: (before, after) =>
      /^\s*(luot xem|luot doc|luot truy cap|luot thich|luot chia se|binh luan|views?)\b/.test(after) ||
      /(luot xem|luot doc|luot truy cap|views?)\s*:?\s*$/.test(before),
  },
  {
    reason: 'thời gian, số thứ tự',
    test: (before) =>
      /\b(ngay|thang|quy|nam|ky|khoa|lan thu|thu|dieu|khoan|giai doan|nhiem ky|dai hoi|phu luc|so thu tu)\s*$/.test(
        before,
      ),
  },
  { reason: 'độ dài kỳ báo cáo', test: (_b, after) => /^\s?thang/.test(after) },
  { reason: 'mã hiệu', test: (_b, after) => /^[a-z]/.test(after) },
];

/** "hơn 1.200 tỷ đồng": the words that make a value approximate, kept so the draft never drops them. */
function qualifierBefore(text: string): Qualifier | undefined {
  const match = /(?:^|[\s,(])(hơn|gần|trên|khoảng)\s+$/iu.exec(text);
  if (!match || /(cao|thấp|nhiều|ít|tăng|giảm) (hơn|trên)\s+$/iu.test(text)) return undefined;
  return match[1]?.toLowerCase() as Qualifier;
}

/** Is `second` written as part of the same code or date as `first` ("12/34", "2020-2025", "18:15")? */
const joined = (paragraph: string, first: WrittenNumber | undefined, second: WrittenNumber) =>
  first !== undefined && /^\s?[/\-–:]\s?$/.test(paragraph.slice(first.end, second.start));

/** Every number of the paragraph, classified, in order. */
export function findMentions(paragraph: string): Mention[] {
  const folded = fold(paragraph);
  const numbers = findNumbers(paragraph);
  const mentions: Mention[] = [];
  for (let index = 0; index < numbers.length; index += 1) {
    const number = numbers[index] as WrittenNumber;
    const next = numbers[index + 1];
    const before = folded.slice(Math.max(0, number.start - 30), number.start);
    const after = folded.slice(number.end, number.end + 40);
    const rawAfter = paragraph.slice(number.end, number.end + 40);
    const qualifier = qualifierBefore(paragraph.slice(Math.max(0, number.start - 12), number.start));
    // A number glued to a capital ("TM15") is a code; one glued to a word ("đạt125%") is a typo.
    const aside =
      /\p{Lu}$/u.test(paragraph.slice(0, number.start)) && !/^\s?%/.test(after)
        ? 'mã hiệu'
        : /^\s?%/.test(after)
          ? undefined
          : asideRules.find((rule) => rule.test(before, after, number))?.reason;
    if (aside) {
      mentions.push({ kind: 'aside', number, end: number.end, reason: aside });
      // A document number, date, address, range or time spans the digits that follow it ("15/2024/NĐ-CP", "18:15").
      for (
        let spanned = numbers[index + 1];
        spanned && joined(paragraph, numbers[index], spanned);
        spanned = numbers[index + 1]
      ) {
        mentions.push({ kind: 'aside', number: spanned, end: spanned.end, reason: aside });
        index += 1;
      }
      continue;
    }
    if (/^\s?%/.test(after)) {
      const ofRatio = /\/\s?\d[\d.,]*\s?=\s?$/.test(paragraph.slice(Math.max(0, number.start - 20), number.start));
      mentions.push({
        kind: 'percent',
        number,
        end: number.end + (/^\s?%/.exec(after)?.[0].length ?? 1),
        qualifier,
        ofRatio,
      });
      continue;
    }
    if (next && /^\s?\/\s?$/.test(paragraph.slice(number.end, next.start)) && next.wellFormed) {
      index += 1;
      const unit = readUnit(paragraph.slice(next.end, next.end + 40));
      const end = next.end + (unit?.length ?? 0);
      mentions.push({ kind: 'ratio', number, denominator: next, unit, end, qualifier });
      continue;
    }
    const unit = readUnit(rawAfter);
    if (unit) {
      mentions.push({ kind: 'amount', number, unit, end: number.end + unit.length, qualifier });
      continue;
    }
    const yearLike =
      number.decimals === 0 && !number.text.includes('.') && number.value >= 1900 && number.value <= 2100;
    mentions.push(
      yearLike ? { kind: 'aside', number, end: number.end, reason: 'năm' } : { kind: 'bare', number, end: number.end },
    );
  }
  return mentions;
}
