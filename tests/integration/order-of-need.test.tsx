import { describe, expect, it } from 'vitest';
import catalogueJson from '../fixtures/data-history/indicators.json';
import shippedCatalogue from '../../mocks/data/indicators.json';
import { createHandlers, reportsFrom } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { Indicator, Report, type Figure, type Period } from '../../src/lib/report-schema';
import { dataReports, serveReports } from '../support/dataset';
import { findReportHeading } from '../support/dataset';
import { renderApp } from '../support/render-app';

/**
 * The order of need on the first screen, for the shipped reports and the simulated history
 * (tests/fixtures/data-history): every tile with a share of plan behind comes before the count of
 * targets, party building and the other tiles. Which are behind is worked out here from the reports'
 * figures, by the rules of docs/DATA.md: below 100% of the plan for a year; more than one point below the
 * time elapsed for a share of an annual plan from January part-way through the year.
 */

const stored = reportsFrom(
  import.meta.glob('../fixtures/data-history/reports/*.json', { eager: true, import: 'default' }),
);
const history = stored.map((document) => Report.parse(document));
const historyIndicators = catalogueJson.indicators.map((indicator) => Indicator.parse(indicator));

const annualPlans = new Set(['cityPlan', 'districtTarget', 'annualPlan', 'plan']);
const partBehind = (value: number, { firstMonth, lastMonth }: Period) =>
  firstMonth === 1 && lastMonth < 12 && value - (lastMonth / 12) * 100 < -1;

function behind(figure: Figure): boolean {
  const { firstMonth, lastMonth } = figure.period;
  return figure.percentages.some(
    (percentage) =>
      percentage.basis !== 'samePeriodLastYear' &&
      ((firstMonth === 1 && lastMonth === 12 && percentage.value < 100) ||
        (annualPlans.has(percentage.basis) && partBehind(percentage.value, figure.period))),
  );
}

/** The indicator ids of the cards in the order they stand on the page; "targets" and "party" for the panels. */
function cardOrder(): string[] {
  return Array.from(document.querySelectorAll('article.tile, .target-summary, .party'), (card) =>
    card.matches('.target-summary')
      ? 'targets'
      : card.matches('.party')
        ? 'party'
        : card.getAttribute('aria-labelledby')!.replace(/^tile-/, ''),
  );
}

const partyOf = (indicators: readonly { id: string; group: string }[]) =>
  new Set(indicators.filter((indicator) => indicator.group === 'party').map(({ id }) => id));

async function expectBehindFirst(report: Report, party: Set<string>) {
  renderApp(`?period=${report.source.id}`);
  await findReportHeading(report);
  const order = cardOrder();
  const late = new Set(
    report.figures.filter((figure) => behind(figure) && !party.has(figure.indicator)).map((figure) => figure.indicator),
  );
  expect(order.slice(0, late.size).sort(), `${report.source.id}: ${order.join(', ')}`).toEqual([...late].sort());
  return late.size;
}

describe('cards in order of need', () => {
  it.each(history.map((report) => [report.source.id, report] as const))(
    'simulated %s: the tiles behind come first',
    async (_, report) => {
      server.use(...createHandlers(stored, catalogueJson));
      await expectBehindFirst(report, partyOf(historyIndicators));
    },
  );

  it('the simulated history has tiles behind plan and behind pace, so the order is put to the test', () => {
    const figures = history.flatMap((report) => report.figures).filter(behind);
    expect(figures.some((figure) => figure.period.lastMonth === 12)).toBe(true);
    expect(figures.some((figure) => figure.period.lastMonth < 12)).toBe(true);
  });

  it.each(dataReports.map((report) => [report.source.id, report] as const))(
    'shipped %s: the tiles behind come first',
    async (_, report) => {
      serveReports(dataReports);
      expect(await expectBehindFirst(report, partyOf(shippedCatalogue.indicators))).toBeGreaterThan(0);
    },
  );
});
