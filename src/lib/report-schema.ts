import { z } from 'zod';

// Zod compiles fast parsers with `new Function`; the Content-Security-Policy forbids eval.
z.config({ jitless: true });

/**
 * The one source of the dataset's types. Every API response is parsed with
 * these schemas, and `npm run data:check` validates the data files with them.
 */

export const Basis = z.enum([
  'cityPlan', // kế hoạch thành phố giao
  'districtTarget', // kế hoạch quận phấn đấu
  'annualPlan', // kế hoạch năm
  'plan', // "kế hoạch" with no level named
  'cityPartyTarget', // chỉ tiêu Thành ủy giao
  'provisionalTarget', // chỉ tiêu Thành ủy tạm giao
  'supplementedTarget', // chỉ tiêu Thành ủy giao sau bổ sung
  'target', // "đạt 100%" of a count target stated as n/m
  'samePeriodLastYear', // so với cùng kỳ
  'unspecified', // the report gives a % without naming what it is of
]);
export type Basis = z.infer<typeof Basis>;

export const Unit = z.enum(['billionVnd', 'count']);
export type Unit = z.infer<typeof Unit>;

export const Period = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('month'),
    year: z.number().int().min(2000).max(2100),
    month: z.number().int().min(1).max(12),
  }),
  z.object({ kind: z.literal('nineMonths'), year: z.number().int().min(2000).max(2100) }),
  z.object({ kind: z.literal('year'), year: z.number().int().min(2000).max(2100) }),
]);
export type Period = z.infer<typeof Period>;

/** English wording of a Vietnamese label, for visiting delegations; absent, the Vietnamese is shown. */
const English = <Shape extends z.ZodRawShape>(shape: Shape) => z.object(shape).partial().optional();

/** Digits after the decimal mark, as the report writes the number. */
const Decimals = z.number().int().min(0).max(4);

export const Percentage = z
  .object({
    /** A fall against the same period ("giảm 3%") is stored as −3. */
    value: z.number(),
    decimals: Decimals,
    basis: Basis,
  })
  .refine((percentage) => percentage.value >= 0 || percentage.basis === 'samePeriodLastYear', {
    path: ['value'],
    message: 'only growth against the same period can be negative',
  });
export type Percentage = z.infer<typeof Percentage>;

const Quote = z.string().min(10);

export const Figure = z
  .object({
    id: z.string().regex(/^[a-z0-9-.]+$/),
    indicator: z.string().regex(/^[a-z0-9-]+$/),
    period: Period,
    /** Null when the report gives only a percentage (2024 non-state tax). */
    value: z.number().nonnegative().nullable(),
    decimals: Decimals,
    unit: Unit,
    /** "ước đạt", "ước thực hiện": an estimate at the time of the report. */
    estimate: z.boolean(),
    /** "233/230": achieved against the target count. */
    ratio: z.object({ numerator: z.number().nonnegative(), denominator: z.number().positive() }).optional(),
    percentages: z.array(Percentage),
    /** A part of the figure the report singles out ("trong đó 02 là người theo tôn giáo"). */
    detail: z
      .object({ label: z.string().min(1), value: z.number().nonnegative(), en: English({ label: z.string().min(1) }) })
      .optional(),
    /** What the reader must know about the figure's scope, in Vietnamese. */
    note: z.string().min(1).optional(),
    en: English({ note: z.string().min(1) }),
    quote: Quote,
  })
  .superRefine((figure, ctx) => {
    if (figure.ratio && figure.value !== figure.ratio.numerator) {
      ctx.addIssue({ code: 'custom', path: ['ratio', 'numerator'], message: 'ratio numerator must equal the value' });
    }
    if (figure.ratio) {
      const stated = figure.percentages.find((p) => p.basis === 'target' || p.basis === 'cityPartyTarget');
      const computed = (figure.ratio.numerator / figure.ratio.denominator) * 100;
      // The report rounds the percentage: it must agree with n/m at the precision it is written with.
      if (stated && Math.abs(computed - stated.value) > 0.5 * 10 ** -stated.decimals + 1e-9) {
        ctx.addIssue({
          code: 'custom',
          path: ['percentages'],
          message: `percentage ${stated.value} does not match ratio ${figure.ratio.numerator}/${figure.ratio.denominator}`,
        });
      }
    }
    if (figure.value === null && figure.percentages.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a figure needs a value or a percentage' });
    }
  });
export type Figure = z.infer<typeof Figure>;

export const TargetBand = z.object({
  kind: z.enum(['exceeded', 'met', 'metOrExceeded', 'atLeast90', 'range']),
  /** Null where the report leaves the count to be inferred ("các chỉ tiêu còn lại"). */
  count: z.number().int().nonnegative().nullable(),
  range: z.tuple([z.number(), z.number()]).optional(),
  note: z.string().min(1).optional(),
  en: English({ note: z.string().min(1) }),
});
export type TargetBand = z.infer<typeof TargetBand>;

export const TargetSet = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Who assigned the targets, in Vietnamese ("UBND thành phố giao"). */
    assignedBy: z.string().min(1),
    total: z.number().int().positive(),
    bands: z.array(TargetBand).min(1),
    quote: Quote,
    en: English({ assignedBy: z.string().min(1) }),
  })
  .superRefine((set, ctx) => {
    const counted = set.bands.reduce((sum, band) => sum + (band.count ?? 0), 0);
    if (counted > set.total) {
      ctx.addIssue({
        code: 'custom',
        path: ['bands'],
        message: `bands count ${counted} targets, more than the total ${set.total}`,
      });
    }
    if (set.bands.filter((band) => band.count === null).length > 1) {
      ctx.addIssue({ code: 'custom', path: ['bands'], message: 'at most one band may leave its count to be inferred' });
    }
  });
export type TargetSet = z.infer<typeof TargetSet>;

export const ReportSource = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** ISO date; null when the stored copy of the article carries no date. */
  publishedOn: z.iso.date().nullable(),
  outlet: z.string().min(1),
  author: z.string().min(1),
  /** The meeting the article reports on, in Vietnamese. */
  meeting: z.string().min(1),
  /** What the reader should know about the stored copy (a missing date or title), in Vietnamese. */
  note: z.string().min(1).optional(),
  en: English({ meeting: z.string().min(1), note: z.string().min(1) }),
});
export type ReportSource = z.infer<typeof ReportSource>;

export const Report = z
  .object({
    schemaVersion: z.literal(1),
    period: Period,
    source: ReportSource,
    theme: z.object({ city: z.string().min(1).optional(), district: z.string().min(1), quote: Quote }),
    tasksAhead: z.object({
      heading: z.string().min(1),
      items: z.array(z.string().min(1)).min(1),
      en: English({ heading: z.string().min(1) }),
    }),
    targetSets: z.array(TargetSet),
    figures: z.array(Figure).min(1),
  })
  .superRefine((report, ctx) => {
    const seen = new Set<string>();
    report.figures.forEach((figure, index) => {
      if (seen.has(figure.id))
        ctx.addIssue({ code: 'custom', path: ['figures', index, 'id'], message: `duplicate figure id ${figure.id}` });
      seen.add(figure.id);
      if (figure.period.year !== report.period.year) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', index, 'period', 'year'],
          message: 'figure year differs from the report year',
        });
      }
    });
  });
export type Report = z.infer<typeof Report>;

export const PeriodSummary = z.object({
  year: z.number().int(),
  period: Period,
  reportId: z.string(),
  title: z.string(),
  publishedOn: z.iso.date().nullable(),
});
export type PeriodSummary = z.infer<typeof PeriodSummary>;

export const PeriodList = z.object({ periods: z.array(PeriodSummary) });
export type PeriodList = z.infer<typeof PeriodList>;

export const Indicator = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  shortName: z.string().min(1),
  group: z.enum(['budget', 'economy', 'investment', 'party']),
  unit: Unit,
  en: English({ name: z.string().min(1), shortName: z.string().min(1) }),
});
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorCatalogue = z.object({ indicators: z.array(Indicator).min(1) });
export type IndicatorCatalogue = z.infer<typeof IndicatorCatalogue>;

export const ApiError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
