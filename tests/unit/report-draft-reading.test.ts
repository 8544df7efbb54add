import { describe, expect, it } from 'vitest';
import { readBasis } from '../../scripts/report-draft/bases';
import { findMentions } from '../../scripts/report-draft/mentions';
import { findPeriods, periodSlug } from '../../scripts/report-draft/periods';
import { fold, slug } from '../../scripts/report-draft/text';

const kinds = (text: string) => findMentions(text).map((mention) => [mention.number.text, mention.kind]);

describe('numbers and units', () => {
  it('reads Vietnamese notation, keeping the precision and the leading zero as written', () => {
    const [thousands, plain, zero] = findMentions('đạt 1.947,272 tỷ đồng; 6220,4 tỷ đồng; thành lập 05 chi bộ');
    expect(thousands).toMatchObject({ kind: 'amount', number: { value: 1947.272, decimals: 3 } });
    expect(plain).toMatchObject({ kind: 'amount', number: { value: 6220.4, decimals: 1 } });
    expect(zero).toMatchObject({
      kind: 'amount',
      number: { value: 5, text: '05' },
      unit: { unit: 'count', written: 'chi bộ' },
    });
  });

  it('converts triệu đồng to tỷ and keeps a unit it does not know as written', () => {
    const [millions, hectares] = findMentions('đạt 450 triệu đồng, gieo cấy đạt 85 ha');
    expect(millions).toMatchObject({ unit: { unit: 'billionVnd', scale: 0.001, written: 'triệu đồng' } });
    expect(hectares).toMatchObject({ unit: { known: false, written: 'ha' } });
  });

  it('keeps the qualifier that makes a value approximate, and not "cao hơn"', () => {
    const mentions = findMentions('đạt hơn 45.000 lượt khách, gần 820 tỷ đồng, cao hơn 6,5% so với cùng kỳ');
    expect(mentions.map((mention) => ('qualifier' in mention ? mention.qualifier : undefined))).toEqual([
      'hơn',
      'gần',
      undefined,
    ]);
  });

  it('reads a percentage with or without a space, glued to the word before', () => {
    expect(kinds('đạt125% và 84 %')).toEqual([
      ['125', 'percent'],
      ['84', 'percent'],
    ]);
  });

  it('sets aside dates, document numbers, addresses, terms, times and page counters', () => {
    const text =
      'Chiều 22/9, theo Nghị quyết số 10-NQ/QU, tại số 12/34 phố Tô Hiệu, nhiệm kỳ 2020-2025, lúc 18:15, Lượt xem: 1.234, lô TM15, Nghị định 15/2024/NĐ-CP.';
    expect(findMentions(text).every((mention) => mention.kind === 'aside')).toBe(true);
  });

  it('reads counts against targets as ratios', () => {
    expect(findMentions('kết nạp 233/230 đảng viên')[0]).toMatchObject({
      kind: 'ratio',
      number: { value: 233 },
      denominator: { value: 230 },
    });
    expect(findMentions('đạt 02/4 = 50%')[1]).toMatchObject({ kind: 'percent', ofRatio: true });
  });
});

describe('periods', () => {
  const read = (text: string) =>
    findPeriods(text).map(({ firstMonth, lastMonth, year, ahead }) => ({ firstMonth, lastMonth, year, ahead }));

  it('reads each period phrase, with the year when the sentence gives one', () => {
    expect(read('quý I/2025')).toEqual([{ firstMonth: 1, lastMonth: 3, year: 2025, ahead: false }]);
    expect(read('6 tháng đầu năm 2024')).toEqual([{ firstMonth: 1, lastMonth: 6, year: 2024, ahead: false }]);
    expect(read('9 thángước đạt')).toEqual([{ firstMonth: 1, lastMonth: 9, year: null, ahead: false }]);
    expect(read('tháng 9 ước đạt')).toEqual([{ firstMonth: 9, lastMonth: 9, year: null, ahead: false }]);
    expect(read('cả năm ước đạt')).toEqual([{ firstMonth: 1, lastMonth: 12, year: null, ahead: false }]);
    expect(read('3 tháng cuối năm 2023')).toEqual([{ firstMonth: 10, lastMonth: 12, year: 2023, ahead: true }]);
  });

  it('does not read a period in a date, a term or "kế hoạch năm"', () => {
    expect(read('ngày 22 tháng 9 năm 2023; giai đoạn 2021-2025; bằng 74,69% kế hoạch năm')).toEqual([]);
  });

  it('slugs periods for figure ids', () => {
    expect([
      periodSlug({ year: 2023, firstMonth: 9, lastMonth: 9 }),
      periodSlug({ year: 2025, firstMonth: 7, lastMonth: 9 }),
    ]).toEqual(['2023-09', '2025-q3']);
  });
});

describe('bases', () => {
  it('tells the plans apart and keeps the report’s words where they differ from the usual name', () => {
    expect(readBasis('bằng ', ' kế hoạch thành phố giao', 6, false)).toMatchObject({
      basis: 'cityPlan',
      wording: undefined,
    });
    expect(readBasis('đạt ', ' kế hoạch quận xây dựng', 6, false)).toMatchObject({
      basis: 'districtTarget',
      wording: 'kế hoạch quận xây dựng',
    });
    expect(readBasis('đạt ', ' dự toán HĐND huyện giao', 6, false)).toMatchObject({
      basis: 'districtTarget',
      wording: 'dự toán HĐND huyện giao',
    });
    expect(readBasis('đạt ', ' chỉ tiêu Thành ủy giao sau bổ sung', 84, false).basis).toBe('supplementedTarget');
    expect(readBasis('đạt ', ' chỉ tiêu Thành ủy tạm giao', 127, false).basis).toBe('provisionalTarget');
  });

  it('reads growth and index against the same period, and a fall as negative', () => {
    expect(readBasis('tăng ', ' so với cùng kỳ', 10, false)).toMatchObject({ form: 'growth', sign: 1 });
    expect(readBasis('giảm ', ' so với cùng kỳ', 3, false)).toMatchObject({ form: 'growth', sign: -1 });
    expect(readBasis('bằng ', ' so với cùng kỳ', 112.5, false)).toMatchObject({ form: 'index', sign: 1 });
  });

  it('marks a percentage with no basis named as unspecified, or of its n/m pair', () => {
    expect(readBasis('bằng ', '; thu ngoài', 184, false)).toMatchObject({
      basis: 'unspecified',
      doubt: expect.any(String),
    });
    expect(readBasis('đạt ', '; kết nạp', 100, true).basis).toBe('target');
  });
});

describe('text', () => {
  it('folds diacritics one character for one, so offsets carry over', () => {
    const text = 'Tổng mức bán lẻ hàng hoá';
    expect(fold(text)).toHaveLength(text.length);
    expect(fold(text)).toBe(fold('tổng mức bán lẻ hàng hóa'.replace('hóa', 'hoá')));
    expect(slug('Phường An Biên')).toBe('phuong-an-bien');
  });
});
