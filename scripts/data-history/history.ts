import { writeNumber } from '../../mocks/written-numbers';
import type { Figure, Percentage, Period, Report, TargetSet } from '../../src/lib/report-schema';

/**
 * A simulated reporting history for the scale bench: six years of four reviews each (quý I, 6 tháng,
 * 9 tháng, cả năm), in the dataset's schema, valid under `npm run data:check`. Levels grow from year
 * to year, shares of the annual plan rise through the year, and every quote writes the figure's
 * numbers as a report would. Seeded: the same seed gives the same files. Every title and source says
 * the figures are simulated; none of them is Lê Chân's.
 */

export const historyYears = [2019, 2020, 2021, 2022, 2023, 2024] as const;

/** The reviews of a year, as months 1..lastMonth, with the words the reports use for each. */
const reviews = [
  { key: 'q1', file: 'quy-1', lastMonth: 3, words: 'quý I', published: '04-05' },
  { key: '6m', file: '6-thang', lastMonth: 6, words: '6 tháng đầu năm', published: '07-05' },
  { key: '9m', file: '9-thang', lastMonth: 9, words: '9 tháng đầu năm', published: '09-28' },
  { key: 'year', file: 'ca-nam', lastMonth: 12, words: 'cả năm', published: '12-20' },
] as const;
type Review = (typeof reviews)[number];

/** mulberry32: a small seeded generator, so that two runs write the same files. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals)) || 0;
const percent = (value: number, decimals: number) => `${writeNumber(value, decimals)}%`;
const change = (value: number) => (value < 0 ? `giảm ${percent(-value, 1)}` : `tăng ${percent(value, 1)}`);

/** An amount indicator: its level in the first year and how the year's total is planned and reached. */
type AmountModel = {
  indicator: string;
  /** The year's total in the year before the history starts, tỷ đồng. */
  base: number;
  decimals: number;
  /** Growth a year, drawn between these. */
  growth: [number, number];
  /** The share of the year's total reached by the end of quý I, 6 and 9 months. */
  season: [number, number, number];
  /** How the report words the figure; `plans` are the shares of plan it states. */
  plans: ('cityPlan' | 'districtTarget' | 'annualPlan')[];
  statesGrowth: boolean;
  sentence: string;
};

const amounts: AmountModel[] = [
  {
    indicator: 'budget-revenue',
    base: 1180,
    decimals: 3,
    growth: [0.04, 0.12],
    season: [0.24, 0.48, 0.72],
    plans: ['cityPlan', 'districtTarget'],
    statesGrowth: true,
    sentence: 'Thu ngân sách trên địa bàn quận',
  },
  {
    indicator: 'non-state-tax',
    base: 520,
    decimals: 3,
    growth: [0.05, 0.14],
    season: [0.23, 0.47, 0.73],
    plans: ['cityPlan', 'districtTarget'],
    statesGrowth: true,
    sentence: 'Thuế ngoài quốc doanh',
  },
  {
    indicator: 'industrial-output',
    base: 360,
    decimals: 1,
    growth: [0.02, 0.06],
    season: [0.24, 0.49, 0.74],
    plans: ['annualPlan'],
    statesGrowth: true,
    sentence: 'Giá trị sản xuất công nghiệp',
  },
  {
    indicator: 'retail-sales',
    base: 24600,
    decimals: 1,
    growth: [0.05, 0.13],
    season: [0.24, 0.49, 0.75],
    plans: ['annualPlan'],
    statesGrowth: true,
    sentence: 'Tổng mức bán lẻ hàng hoá',
  },
  {
    indicator: 'accommodation-food',
    base: 3500,
    decimals: 1,
    growth: [0.06, 0.15],
    season: [0.23, 0.48, 0.75],
    plans: ['annualPlan'],
    statesGrowth: true,
    sentence: 'Doanh thu dịch vụ lưu trú và ăn uống',
  },
  {
    indicator: 'public-investment-decentralized',
    base: 120,
    decimals: 2,
    growth: [0.03, 0.1],
    season: [0.14, 0.36, 0.62],
    plans: ['cityPlan'],
    statesGrowth: false,
    sentence: 'Giải ngân vốn đầu tư công nguồn phân cấp',
  },
];

const planWords: Record<AmountModel['plans'][number], string> = {
  cityPlan: 'kế hoạch thành phố giao',
  districtTarget: 'kế hoạch quận phấn đấu',
  annualPlan: 'kế hoạch năm',
};

/** One indicator's simulated years: the year's total, its plans, and the share reached by each review. */
type AmountYear = { total: number; plans: Record<string, number>; season: number[] };

function amountYears(model: AmountModel, random: () => number): Map<number, AmountYear> {
  const between = ([low, high]: [number, number]) => low + (high - low) * random();
  const years = new Map<number, AmountYear>();
  let total = model.base;
  // One year before the history, so that its first year can state growth against the same period.
  for (const year of [historyYears[0] - 1, ...historyYears]) {
    total *= 1 + between(model.growth);
    // The city plans a little below what the year reaches; the district aims higher than the city.
    const cityPlan = total / between([0.98, 1.12]);
    const plans = { cityPlan, annualPlan: cityPlan, districtTarget: cityPlan * between([1.08, 1.18]) };
    const season = model.season.map((share) => share * between([0.96, 1.04]));
    years.set(year, { total, plans, season: [...season, 1] });
  }
  return years;
}

const periodKey = (year: number, review: Review) => `${year}-${review.key}`;
const periodOf = (year: number, review: Review): Period => ({ year, firstMonth: 1, lastMonth: review.lastMonth });

function amountFigure(model: AmountModel, years: Map<number, AmountYear>, year: number, index: number): Figure {
  const review = reviews[index]!;
  const valueIn = (y: number) => round(years.get(y)!.total * years.get(y)!.season[index]!, model.decimals);
  const value = valueIn(year);
  const plans = years.get(year)!.plans;
  const percentages: Percentage[] = [];
  const clauses: string[] = [];
  for (const basis of model.plans) {
    const share = round((value / plans[basis]!) * 100, 2);
    percentages.push({ value: share, decimals: 2, basis });
    clauses.push(`bằng ${percent(share, 2)} ${planWords[basis]}`);
  }
  if (model.statesGrowth) {
    const growth = round((value / valueIn(year - 1) - 1) * 100, 1);
    percentages.push({ value: growth, decimals: 1, basis: 'samePeriodLastYear' });
    clauses.push(`${change(growth)} so với cùng kỳ`);
  }
  const when = review.key === 'year' ? `năm ${year}` : review.words;
  return {
    id: `${model.indicator}.${periodKey(year, review)}`,
    indicator: model.indicator,
    period: periodOf(year, review),
    value,
    decimals: model.decimals,
    unit: 'billionVnd',
    estimate: true,
    percentages,
    quote: `${model.sentence} ${when} ước đạt ${writeNumber(value, model.decimals)} tỷ đồng, ${clauses.join(', ')}`,
  };
}

/** A count against the year's target, stated as n/m with its share: "kết nạp 118/230 đảng viên, đạt 51,3%". */
type CountModel = { indicator: string; target: [number, number]; season: [number, number, number]; words: string };

const counts: CountModel[] = [
  { indicator: 'party-cells', target: [3, 6], season: [0.25, 0.5, 0.75], words: 'Thành lập {n} chi bộ' },
  { indicator: 'party-members', target: [200, 240], season: [0.2, 0.48, 0.8], words: 'Kết nạp {n} đảng viên' },
];

function countFigures(model: CountModel, random: () => number): Map<string, Figure> {
  const figures = new Map<string, Figure>();
  for (const year of historyYears) {
    const [low, high] = model.target;
    const target = low + Math.floor(random() * (high - low + 1));
    const reached = [...model.season.map((share) => share * (0.9 + 0.2 * random())), 1 + 0.1 * random()];
    reviews.forEach((review, index) => {
      const numerator = Math.max(1, Math.round(target * reached[index]!));
      const share = round((numerator / target) * 100, 1);
      const ratio = `${numerator}/${target}`;
      figures.set(periodKey(year, review), {
        id: `${model.indicator}.${periodKey(year, review)}`,
        indicator: model.indicator,
        period: periodOf(year, review),
        value: numerator,
        decimals: 0,
        unit: 'count',
        estimate: false,
        ratio: { numerator, denominator: target },
        percentages: [{ value: share, decimals: 1, basis: 'target' }],
        quote: `${model.words.replace('{n}', ratio)}, đạt ${percent(share, 1)} chỉ tiêu năm`,
      });
    });
  }
  return figures;
}

/** The year-end review's count of main targets met, and of those at 90% or more. */
function mainTargets(year: number, random: () => number): TargetSet {
  const total = 20;
  const met = 16 + Math.floor(random() * 5);
  const rest = total - met;
  const bands: TargetSet['bands'] = [{ kind: 'metOrExceeded', count: met }];
  if (rest > 0) bands.push({ kind: 'atLeast90', count: rest });
  return {
    id: 'main-targets',
    assignedBy: 'Chỉ tiêu chủ yếu (giả lập)',
    total,
    bands,
    quote:
      `Năm ${year} hoàn thành và hoàn thành vượt mức ${met}/${total} chỉ tiêu chủ yếu` +
      (rest > 0 ? `, ${rest}/${total} chỉ tiêu đạt 90% trở lên` : ''),
    en: { assignedBy: 'Main targets (simulated)' },
  };
}

function report(year: number, review: Review, figures: Figure[], targetSets: TargetSet[]): Report {
  const label = review.key === 'year' ? `năm ${year}` : `${review.words} ${year}`;
  return {
    schemaVersion: 2,
    reportingUnit: { id: 'quan-le-chan', name: 'Quận Lê Chân', en: { name: 'Lê Chân District' } },
    period: periodOf(year, review),
    source: {
      id: `gia-lap-${periodKey(year, review)}`,
      title: `DỮ LIỆU GIẢ LẬP ĐỂ ĐO HIỆU NĂNG: ${label}`,
      publishedOn: `${year}-${review.published}`,
      outlet: 'Dữ liệu giả lập',
      author: 'Bộ đo hiệu năng (giả lập)',
      meeting: 'Cuộc họp giả lập, chỉ có trong bộ dữ liệu đo hiệu năng',
      note: 'Số liệu giả lập để đo hiệu năng, không phải số liệu thật của quận hay phường.',
      en: {
        meeting: 'A simulated meeting, only in the benchmark dataset',
        note: 'Simulated figures for the benchmark, not the real figures of the district or the wards.',
      },
    },
    theme: {
      district: 'Chủ đề giả lập để đo hiệu năng',
      quote: 'Chủ đề năm giả lập để đo hiệu năng, không phải chủ đề thật.',
    },
    tasksAhead: {
      heading: 'Nhiệm vụ giả lập thời gian tới',
      items: ['Nhiệm vụ giả lập để đo hiệu năng.', 'Nhiệm vụ giả lập thứ hai, để danh sách có hơn một mục.'],
    },
    targetSets,
    figures,
  };
}

export type HistoryFile = { name: string; report: Report };

/** The 24 reports, oldest first, each with its file name (`2023-9-thang.json`). */
export function generateHistory(seed = 28): HistoryFile[] {
  const random = seededRandom(seed);
  const amountModels = amounts.map((model) => ({ model, years: amountYears(model, random) }));
  const countModels = counts.map((model) => countFigures(model, random));
  return historyYears.flatMap((year) =>
    reviews.map((review, index) => {
      const figures = [
        ...amountModels.map(({ model, years }) => amountFigure(model, years, year, index)),
        ...countModels.map((figuresByPeriod) => figuresByPeriod.get(periodKey(year, review))!),
      ];
      const targetSets = review.key === 'year' ? [mainTargets(year, random)] : [];
      return { name: `${year}-${review.file}.json`, report: report(year, review, figures, targetSets) };
    }),
  );
}
