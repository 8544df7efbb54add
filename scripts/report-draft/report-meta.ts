import type { Period, ReportingUnit } from '../../src/lib/report-schema';
import type { ReportLayout } from './layout';
import { findPeriods } from './periods';
import { capitalize, fold, slug } from './text';

/**
 * Who reports and for which period, from the headline and the first paragraphs. The unit's name
 * is data: since 1/7/2025 the reports come from wards ("Phường An Biên"), not from the district.
 */

/** The headline, then the first paragraphs: where a review says what it covers. */
function openingTexts(layout: ReportLayout): string[] {
  return [...(layout.title ? [layout.title] : []), ...layout.body.slice(0, 4).map((paragraph) => paragraph.text)];
}

export function readReportPeriod(layout: ReportLayout): { year: number; period: Period; doubts: string[] } {
  const doubts: string[] = [];
  const phrases = openingTexts(layout).flatMap((text) => findPeriods(text));
  const allPhrases = layout.body.flatMap((paragraph) => findPeriods(paragraph.text));
  const dated = phrases.find((phrase) => phrase.year !== null) ?? allPhrases.find((phrase) => phrase.year !== null);
  let year = dated?.year ?? (layout.publishedOn ? Number(layout.publishedOn.slice(0, 4)) : null);
  if (year === null) {
    year = new Date().getFullYear();
    doubts.push(`không tìm thấy năm của báo cáo: tạm ghi ${year}`);
  }
  // Single months ("tháng 9") sit inside a report; "3 tháng cuối năm" is what comes next.
  const covering = phrases.find((phrase) => !phrase.ahead && phrase.firstMonth !== phrase.lastMonth);
  if (!covering) doubts.push('không tìm thấy kỳ báo cáo ở tiêu đề và đoạn đầu: lấy theo các số liệu');
  const period = covering
    ? { year, firstMonth: covering.firstMonth, lastMonth: covering.lastMonth }
    : { year, firstMonth: 12, lastMonth: 1 };
  return { year, period, doubts };
}

const unitPattern =
  /(?:^|[^\p{L}])([Qq]uận|[Hh]uyện|[Pp]hường|[Xx]ã|[Tt]hị xã|[Tt]hị trấn|[Tt]hành phố)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})/gu;

export function readReportingUnit(layout: ReportLayout): { unit: ReportingUnit; found: boolean } {
  const tally = new Map<string, { name: string; score: number }>();
  const count = (text: string, weight: number) => {
    for (const match of text.matchAll(unitPattern)) {
      const kind = (match[1] ?? '').toLowerCase();
      const name = `${capitalize(kind)} ${match[2] ?? ''}`;
      // "thành phố Hải Phòng" is the city above the unit, not the unit reporting.
      if (kind === 'thành phố' || fold(name).includes('hai phong')) continue;
      const key = fold(name);
      const entry = tally.get(key) ?? { name, score: 0 };
      entry.score += weight;
      tally.set(key, entry);
    }
  };
  if (layout.title) count(layout.title, 3);
  for (const paragraph of layout.body) count(paragraph.text, 1);
  const best = [...tally.values()].sort((a, b) => b.score - a.score)[0];
  if (!best) return { unit: { id: 'chua-ro', name: '(chưa rõ đơn vị)' }, found: false };
  return { unit: { id: slug(best.name), name: best.name }, found: true };
}
