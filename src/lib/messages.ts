import { currentLocale } from './locale';

/**
 * Every interface string, in Vietnamese and English. Components and formatting
 * ask for a key; the data (report quotes, the year's theme, tasks) stays as the
 * reports wrote it.
 */
const vi = {
  'unit.billionVnd': 'tỷ đồng',
  'unitName.billionVnd': 'tỷ đồng',
  'unitName.count': 'số lượng',
  'period.month': 'Tháng {month}/{year}',
  'period.nineMonths': '9 tháng đầu năm {year}',
  'period.year': 'Năm {year}',
  'periodShort.month': 'T{month}/{year}',
  'periodShort.nineMonths': '9 tháng {year}',
  'periodShort.year': 'Năm {year}',
  'basis.cityPlan': 'kế hoạch thành phố giao',
  'basis.districtTarget': 'kế hoạch quận phấn đấu',
  'basis.annualPlan': 'kế hoạch năm',
  'basis.plan': 'kế hoạch',
  'basis.cityPartyTarget': 'chỉ tiêu Thành ủy giao',
  'basis.provisionalTarget': 'chỉ tiêu Thành ủy tạm giao',
  'basis.supplementedTarget': 'chỉ tiêu Thành ủy giao sau bổ sung',
  'basis.target': 'chỉ tiêu',
  'basis.samePeriodLastYear': 'so với cùng kỳ năm trước',
  'basis.unspecified': 'mốc so sánh không nêu rõ',
  'change.up': 'tăng {rate}',
  'change.down': 'giảm {rate}',
  'derivation.plan': '{basis}: {value} (suy ra từ {input} = {rate} {basis})',
  'derivation.previous': '{period} (cùng kỳ): {value} (suy ra từ {input}, {change} so với cùng kỳ)',
  'source.noDate': 'không ghi ngày đăng',
} as const;

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  'unit.billionVnd': 'VND billion',
  'unitName.billionVnd': 'VND billion',
  'unitName.count': 'count',
  'period.month': '{monthName} {year}',
  'period.nineMonths': 'First 9 months of {year}',
  'period.year': 'Year {year}',
  'periodShort.month': '{monthShort} {year}',
  'periodShort.nineMonths': '9M {year}',
  'periodShort.year': '{year}',
  'basis.cityPlan': "city's plan",
  'basis.districtTarget': "district's own target",
  'basis.annualPlan': 'annual plan',
  'basis.plan': 'plan',
  'basis.cityPartyTarget': "City Party Committee's target",
  'basis.provisionalTarget': "City Party Committee's provisional target",
  'basis.supplementedTarget': "City Party Committee's supplemented target",
  'basis.target': 'target',
  'basis.samePeriodLastYear': 'against the same period last year',
  'basis.unspecified': 'unspecified basis',
  'change.up': 'up {rate}',
  'change.down': 'down {rate}',
  'derivation.plan': '{basis}: {value} (derived from {input} = {rate} of the {basis})',
  'derivation.previous': '{period} (same period): {value} (derived from {input}, {change} on the same period)',
  'source.noDate': 'no publication date',
};

const catalogues = { vi, en } as const;

export type MessageParams = Record<string, string | number>;

/** The message for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const template: string = catalogues[currentLocale()][key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
