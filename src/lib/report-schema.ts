// zod's functional build: 16.6 kB (gzipped) less for the page to load before it is interactive.
import * as z from 'zod/mini';

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

const Year = z.int().check(z.minimum(2000), z.maximum(2100));

const Month = z.int().check(z.minimum(1), z.maximum(12));

/**
 * Months firstMonth..lastMonth of one year: quý I is 1–3, 6 tháng đầu năm 1–6, 9 tháng 1–9, the year 1–12,
 * September alone 9–9, quý III alone 7–9. Labels are derived from it (src/lib/format.ts).
 */
export const Period = z.object({ year: Year, firstMonth: Month, lastMonth: Month }).check(
  z.refine((period) => period.firstMonth <= period.lastMonth, {
    path: ['lastMonth'],
    message: 'lastMonth must not come before firstMonth',
  }),
);
export type Period = z.infer<typeof Period>;

// Declared before their first use: a `const` read earlier throws when the module loads.
const Quote = z.string().check(z.minLength(10));
const Text = z.string().check(z.minLength(1));

/** English wording of a Vietnamese label, for visiting delegations; absent, the Vietnamese is shown. */
const English = <Shape extends z.core.$ZodShape>(shape: Shape) => z.optional(z.partial(z.object(shape)));

/** Digits after the decimal mark, as the report writes the number. */
const Decimals = z.int().check(z.minimum(0), z.maximum(4));

export const Percentage = z
  .object({
    /** A fall against the same period ("giảm 3%") is stored as −3. */
    value: z.number(),
    decimals: Decimals,
    basis: Basis,
    /**
     * How the report writes a change against the same period: "tăng 10%" (growth, the default; a fall is
     * negative) or "bằng 112,5%" (an index, 100% = unchanged). The value is stored as written.
     */
    form: z.optional(z.enum(['growth', 'index'])),
    /** The report's own words for the basis where they differ from the basis's usual name ("kế hoạch quận xây dựng"). */
    wording: z.optional(Text),
  })
  .check(
    z.refine(
      (percentage) =>
        percentage.value >= 0 || (percentage.basis === 'samePeriodLastYear' && percentage.form !== 'index'),
      {
        path: ['value'],
        message: 'only growth against the same period can be negative',
      },
    ),
    z.refine((percentage) => percentage.form === undefined || percentage.basis === 'samePeriodLastYear', {
      path: ['form'],
      message: 'only a change against the same period is written as growth or index',
    }),
  );
export type Percentage = z.infer<typeof Percentage>;

/** Set to false by `npm run report:draft`; a person flips it once the figure is checked against the report. */
const Reviewed = z.optional(z.boolean());

export const Figure = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-.]+$/)),
    indicator: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    period: Period,
    /** Null when the report gives only a percentage (2024 non-state tax). */
    value: z.nullable(z.number().check(z.nonnegative())),
    decimals: Decimals,
    unit: Unit,
    /** "ước đạt", "ước thực hiện": an estimate at the time of the report. */
    estimate: z.boolean(),
    /** "hơn 1.200 tỷ đồng": the report's word that makes the value approximate, shown before the value. */
    qualifier: z.optional(z.enum(['hơn', 'gần', 'trên', 'khoảng'])),
    /** "233/230": achieved against the target count. */
    ratio: z.optional(
      z.object({ numerator: z.number().check(z.nonnegative()), denominator: z.number().check(z.positive()) }),
    ),
    percentages: z.array(Percentage),
    /** A part of the figure the report singles out ("trong đó 02 là người theo tôn giáo"). */
    detail: z.optional(
      z.object({ label: Text, value: z.number().check(z.nonnegative()), en: English({ label: Text }) }),
    ),
    /** What the reader must know about the figure's scope, in Vietnamese. */
    note: z.optional(Text),
    en: English({ note: Text }),
    quote: Quote,
    reviewed: Reviewed,
  })
  .check(
    z.superRefine((figure, ctx) => {
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
    }),
  );
export type Figure = z.infer<typeof Figure>;

export const TargetBand = z.object({
  kind: z.enum(['exceeded', 'met', 'metOrExceeded', 'atLeast90', 'range']),
  /** Null where the report leaves the count to be inferred ("các chỉ tiêu còn lại"). */
  count: z.nullable(z.int().check(z.nonnegative())),
  range: z.optional(z.tuple([z.number(), z.number()])),
  note: z.optional(Text),
  en: English({ note: Text }),
});
export type TargetBand = z.infer<typeof TargetBand>;

export const TargetSet = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    /** Who assigned the targets, in Vietnamese ("UBND thành phố giao"). */
    assignedBy: Text,
    total: z.int().check(z.positive()),
    bands: z.array(TargetBand).check(z.minLength(1)),
    quote: Quote,
    en: English({ assignedBy: Text }),
    reviewed: Reviewed,
  })
  .check(
    z.superRefine((set, ctx) => {
      const counted = set.bands.reduce((sum, band) => sum + (band.count ?? 0), 0);
      if (counted > set.total) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands'],
          message: `bands count ${counted} targets, more than the total ${set.total}`,
        });
      }
      if (set.bands.filter((band) => band.count === null).length > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands'],
          message: 'at most one band may leave its count to be inferred',
        });
      }
    }),
  );
export type TargetSet = z.infer<typeof TargetSet>;

export const ReportSource = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  title: Text,
  /** ISO date; null or absent when the stored copy of the article carries no date. */
  publishedOn: z.optional(z.nullable(z.iso.date())),
  outlet: Text,
  /** Where the article can be read, when known. */
  url: z.optional(z.url()),
  author: z.optional(Text),
  /** The meeting the article reports on, in Vietnamese. */
  meeting: z.optional(Text),
  /** What the reader should know about the stored copy (a missing date or title), in Vietnamese. */
  note: z.optional(Text),
  en: English({ meeting: Text, note: Text }),
});
export type ReportSource = z.infer<typeof ReportSource>;

/** Who reports: "Quận Lê Chân" until 30/6/2025; its area is two wards since 1/7/2025. Data, never code. */
export const ReportingUnit = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: Text,
  en: English({ name: Text }),
});
export type ReportingUnit = z.infer<typeof ReportingUnit>;

const Theme = z.object({ city: z.optional(Text), district: Text, quote: Quote });

const TasksAhead = z.object({
  heading: Text,
  /** Who set the tasks, where it is not the unit itself ("Giám đốc Công an thành phố đề nghị"). */
  attribution: z.optional(Text),
  items: z.array(Text).check(z.minLength(1)),
  en: English({ heading: Text, attribution: Text }),
});

/** Does `inner` lie within `outer`? */
const within = (inner: z.infer<typeof Period>, outer: z.infer<typeof Period>) =>
  inner.year === outer.year && inner.firstMonth >= outer.firstMonth && inner.lastMonth <= outer.lastMonth;

export const Report = z
  .object({
    schemaVersion: z.literal(2),
    reportingUnit: ReportingUnit,
    period: Period,
    source: ReportSource,
    /** A short report may state neither a theme nor tasks ahead. */
    theme: z.optional(Theme),
    tasksAhead: z.optional(TasksAhead),
    targetSets: z.array(TargetSet),
    figures: z.array(Figure),
  })
  .check(
    z.superRefine((report, ctx) => {
      if (report.figures.length === 0 && report.targetSets.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures'],
          message: 'a report needs at least one figure or target set',
        });
      }
      const seen = new Set<string>();
      report.figures.forEach((figure, index) => {
        if (seen.has(figure.id))
          ctx.addIssue({ code: 'custom', path: ['figures', index, 'id'], message: `duplicate figure id ${figure.id}` });
        seen.add(figure.id);
        if (!within(figure.period, report.period)) {
          ctx.addIssue({
            code: 'custom',
            path: ['figures', index, 'period'],
            message: "the figure's period lies outside the report's period",
          });
        }
      });
    }),
  );
export type Report = z.infer<typeof Report>;

/** One entry of `GET /periods`: a report, by its stable id. */
export const PeriodSummary = z.object({
  reportId: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  period: Period,
  reportingUnit: ReportingUnit,
  title: z.string(),
  publishedOn: z.optional(z.nullable(z.iso.date())),
});
export type PeriodSummary = z.infer<typeof PeriodSummary>;

export const PeriodList = z.object({ periods: z.array(PeriodSummary) });
export type PeriodList = z.infer<typeof PeriodList>;

export const Indicator = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: Text,
  shortName: Text,
  group: z.enum(['budget', 'economy', 'investment', 'party']),
  unit: Unit,
  en: English({ name: Text, shortName: Text }),
});
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorCatalogue = z.object({ indicators: z.array(Indicator).check(z.minLength(1)) });
export type IndicatorCatalogue = z.infer<typeof IndicatorCatalogue>;

export const ApiError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
