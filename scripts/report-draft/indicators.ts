import type { Indicator, Unit } from '../../src/lib/report-schema';
import { capitalize, fold, slug } from './text';

/**
 * Indicator names matched to the catalogue. Reviews name the same indicator several ways
 * ("thu ngân sách", "tổng thu NSNN trên địa bàn", "GTSX công nghiệp"); the variants below are
 * the ones seen or expected, beside each catalogue entry's own name and short name. A figure that
 * matches none is proposed as a new catalogue entry rather than forced into a wrong one.
 */

type Variant = { indicator: string; phrase: string; /** The count noun the number must carry. */ unitWord?: string };

const variants: Variant[] = [
  { indicator: 'budget-revenue', phrase: 'thu ngân sách' },
  { indicator: 'budget-revenue', phrase: 'tổng thu ngân sách' },
  { indicator: 'budget-revenue', phrase: 'thu ngân sách nhà nước' },
  { indicator: 'budget-revenue', phrase: 'thu NSNN' },
  { indicator: 'budget-revenue', phrase: 'tổng thu NSNN' },
  { indicator: 'non-state-tax', phrase: 'thuế ngoài quốc doanh' },
  { indicator: 'non-state-tax', phrase: 'thu ngoài quốc doanh' },
  { indicator: 'non-state-tax', phrase: 'thu thuế ngoài quốc doanh' },
  { indicator: 'non-state-tax', phrase: 'thu từ khu vực ngoài quốc doanh' },
  { indicator: 'industrial-output', phrase: 'giá trị sản xuất công nghiệp' },
  { indicator: 'industrial-output', phrase: 'GTSX công nghiệp' },
  { indicator: 'industrial-output', phrase: 'GTSX CN' },
  { indicator: 'industrial-output', phrase: 'sản xuất công nghiệp' },
  { indicator: 'retail-sales', phrase: 'tổng mức bán lẻ' },
  { indicator: 'retail-sales', phrase: 'doanh thu bán lẻ hàng hóa' },
  { indicator: 'accommodation-food', phrase: 'lưu trú và ăn uống' },
  { indicator: 'accommodation-food', phrase: 'lưu trú, ăn uống' },
  { indicator: 'public-investment-decentralized', phrase: 'nguồn phân cấp' },
  { indicator: 'public-investment-decentralized', phrase: 'vốn phân cấp' },
  { indicator: 'public-investment-city', phrase: 'thành phố bố trí' },
  { indicator: 'public-investment-city', phrase: 'vốn thành phố' },
  { indicator: 'party-cells', phrase: 'thành lập', unitWord: 'chi bộ' },
  { indicator: 'party-cells', phrase: 'thành lập chi bộ' },
  { indicator: 'party-cells', phrase: 'thành lập mới', unitWord: 'chi bộ' },
  { indicator: 'party-members', phrase: 'kết nạp', unitWord: 'đảng viên' },
  { indicator: 'party-members', phrase: 'kết nạp đảng viên' },
  { indicator: 'party-members', phrase: 'kết nạp mới', unitWord: 'đảng viên' },
];

export type IndicatorMatch = { indicator: Indicator; phrase: string; start: number };

/** The phrases a catalogue entry is known by, folded. */
function phrasesOf(catalogue: Indicator[]): Variant[] {
  const own = catalogue.flatMap((indicator) => [
    { indicator: indicator.id, phrase: indicator.name },
    { indicator: indicator.id, phrase: indicator.shortName },
  ]);
  return [...own, ...variants].filter((variant) => catalogue.some((entry) => entry.id === variant.indicator));
}

/**
 * The catalogue entry `subject` names, for a value in `unit` written with `unitWord`. The longest
 * phrase wins ("thu ngoài quốc doanh" over "thu"), then the one nearest the number.
 */
export function matchIndicator(
  catalogue: Indicator[],
  subject: string,
  unit: Unit | null,
  unitWord: string,
): IndicatorMatch | null {
  const folded = fold(subject);
  let best: IndicatorMatch | null = null;
  for (const variant of phrasesOf(catalogue)) {
    const indicator = catalogue.find((entry) => entry.id === variant.indicator);
    if (!indicator || (unit && indicator.unit !== unit)) continue;
    if (variant.unitWord && fold(variant.unitWord) !== fold(unitWord)) continue;
    const phrase = fold(variant.phrase);
    const start = folded.lastIndexOf(phrase);
    if (start === -1 || /[a-z]/.test(folded[start - 1] ?? '') || /[a-z]/.test(folded[start + phrase.length] ?? ''))
      continue;
    const better =
      !best || phrase.length > best.phrase.length || (phrase.length === best.phrase.length && start > best.start);
    if (better) best = { indicator, phrase: variant.phrase, start };
  }
  return best;
}

/**
 * Words around a number that say nothing of what it measures. Matched with their diacritics:
 * folded, "đạt" (reached) and "đất" (land) are the same word.
 */
const fillers =
  /(?<!\p{L})(ước đạt|ước thực hiện|ước tính|dự kiến|dự ước|ước|đạt được|đạt|thực hiện|là|được|có|trong đó|đồng thời|riêng|trên địa bàn (?:quận|phường|huyện|xã)(?: \p{L}+){0,2}|của (?:quận|phường|huyện|xã)|hơn|gần|trên|khoảng|tổng số)(?!\p{L})/giu;

/**
 * The words naming what a figure measures, from the clause before its number: null when only
 * fillers are left ("9 tháng đầu năm ước đạt"), and the figure continues the previous one's indicator.
 */
export function subjectWords(subject: string, periodPhrases: string[]): string | null {
  let text = subject;
  for (const phrase of periodPhrases) text = text.replace(phrase, ' ');
  const words = text
    .replace(fillers, ' ')
    .split(/[^\p{L}\d]+/u)
    .filter((word) => word.length > 0);
  return words.filter((word) => /\p{L}/u.test(word)).length >= 2 ? words.join(' ') : null;
}

/** A catalogue entry for an indicator the catalogue lacks, for a person to accept, rename or reject. */
export function proposeIndicator(words: string, unit: Unit, unitWord: string): Indicator {
  const name = capitalize(unit === 'count' && !fold(words).includes(fold(unitWord)) ? `${words} ${unitWord}` : words);
  const folded = fold(name);
  const group = /dang vien|chi bo|dang bo|to chuc dang/.test(folded)
    ? 'party'
    : /ngan sach|thue|^thu |^chi /.test(folded)
      ? 'budget'
      : /dau tu|von/.test(folded)
        ? 'investment'
        : 'economy';
  return { id: slug(name).slice(0, 60).replace(/-+$/, ''), name, shortName: name, group, unit };
}
