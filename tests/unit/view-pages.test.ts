import { describe, expect, it } from 'vitest';
import { reportsFrom } from '../../mocks/handlers';
import { viewSearches, viewTable } from '../../src/app/view-data';
import { resolveView } from '../../src/lib/dashboard-view';
import { localeFromSearch } from '../../src/lib/locale';
import { byEnd } from '../../src/lib/periods';
import { Report, type PeriodSummary } from '../../src/lib/report-schema';
import { viewPageKey } from '../../src/lib/view-pages';
import { isPresenting, resolveInterval, resolveSlide } from '../../src/features/presentation/present-url';
import { dataPeriods } from '../support/dataset';

/**
 * A prerendered page is shown before the app has run: the key the page's own script picks for an
 * address must be exactly the view the app then shows there, or a link would show one period's
 * figures under another's address. Checked against the app's own rules over every combination of
 * the parameters a link may carry, with valid and invalid values.
 */

const historyPeriods: PeriodSummary[] = byEnd(
  reportsFrom(import.meta.glob('../fixtures/data-history/reports/*.json', { eager: true, import: 'default' })).map(
    (document) => Report.parse(document),
  ),
).map((report) => ({
  reportId: report.source.id,
  period: report.period,
  reportingUnit: report.reportingUnit,
  title: report.source.title,
  publishedOn: report.source.publishedOn,
}));

/** What the app shows at `search`: its view's key, or null where it writes a notice, a later slide or a timer. */
function appView(search: string, periods: PeriodSummary[]): string | null {
  const params = new URLSearchParams(search);
  const view = resolveView(params, periods);
  const presenting = isPresenting(params);
  if (view.notices.length > 0) return null;
  if (presenting) {
    const slide = resolveSlide(params.get('slide'), 10);
    const interval = resolveInterval(params.get('interval'));
    if (slide.index !== 0 || slide.notice || interval.notice || interval.seconds !== null) return null;
  }
  const mode = presenting ? 'present' : view.compare ? 'compare' : 'dashboard';
  return `${view.reportId}.${localeFromSearch(search)}.${mode}`;
}

function* addresses(periods: PeriodSummary[]): Generator<string> {
  const years = [...new Set(periods.map((period) => String(period.period.year)))];
  const choices: Record<string, (string | null)[]> = {
    period: [null, ...periods.map((period) => period.reportId), 'khong-co'],
    year: [null, ...years, '1999', 'abc'],
    lang: [null, 'vi', 'en', 'fr'],
    view: [null, 'compare', 'bang'],
    present: [null, '1', '0'],
    slide: [null, '1', '2', '01'],
    interval: [null, '0', '10'],
  };
  const keys = Object.keys(choices);
  const pick = function* (index: number, params: URLSearchParams): Generator<string> {
    if (index === keys.length) {
      yield params.toString() ? `?${params}` : '';
      return;
    }
    for (const value of choices[keys[index]!]!) {
      const next = new URLSearchParams(params);
      if (value !== null) next.set(keys[index]!, value);
      yield* pick(index + 1, next);
    }
  };
  yield* pick(0, new URLSearchParams());
}

describe.each([
  ['the shipped reports', dataPeriods],
  ['the simulated history', historyPeriods],
])('the prerendered page an address picks, with %s', (_name, periods) => {
  const table = viewTable(periods);

  it('is the view the app shows there, or none', () => {
    let picked = 0;
    for (const search of addresses(periods)) {
      const key = viewPageKey(search, table);
      if (key === null) continue;
      picked += 1;
      expect(key, search).toBe(appView(search, periods));
    }
    // Most combinations name a view the build has a page for.
    expect(picked).toBeGreaterThan(100);
  });

  it('exists for every address the build renders, each a view of its own', () => {
    const keys = viewSearches(table).map((search) => viewPageKey(search, table));
    expect(keys).not.toContain(null);
    expect(new Set(keys).size).toBe(keys.length);
    // Each report in two languages, as the dashboard, the comparison (with two reports or more) and the first slide.
    expect(keys.length).toBe(periods.length * 2 * (periods.length > 1 ? 3 : 2));
  });

  it('is none for an address no page holds: an unknown value, a later slide, a timer', () => {
    for (const search of ['?period=khong-co', '?year=1999', '?lang=fr', '?view=bang', '?present=1&slide=2']) {
      expect(viewPageKey(search, table), search).toBeNull();
    }
    expect(viewPageKey('?present=1&interval=10', table)).toBeNull();
  });
});
