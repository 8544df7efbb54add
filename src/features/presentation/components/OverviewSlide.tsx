import type { CSSProperties } from 'react';
import { planPercentages, samePeriodChange } from '../../../lib/attainment';
import { formatIndicatorName, formatPeriod, formatUnit } from '../../../lib/format';
import { economicIndicators } from '../../../lib/indicator-groups';
import { t } from '../../../lib/messages';
import { samePeriod } from '../../../lib/periods';
import type { Figure, Indicator, Report } from '../../../lib/report-schema';
import { indicatorTiles } from '../../../lib/indicator-tiles';
import { PlanAttainment } from '../../../components/PlanAttainment';
import { YearOverYearBadge } from '../../../components/YearOverYearBadge';
import { FigurePeriod, HeadlineValue } from './Figures';

type RowProps = { indicator: Indicator; figure: Figure; report: Report; unitInHeading: boolean };

function IndicatorRow({ indicator, figure, report, unitInHeading }: RowProps) {
  const change = samePeriodChange(figure.percentages);
  return (
    <tr>
      <th scope="row" className="present-overview__name">
        {formatIndicatorName(indicator, 'shortName')}
      </th>
      <td className="present-overview__value">
        <div className="present-overview__amount">
          <HeadlineValue figure={figure} withUnit={!unitInHeading} />
          {/* The column's heading names the report's period; a figure of another period names its own. */}
          <FigurePeriod figure={figure} withPeriod={!samePeriod(figure.period, report.period)} />
        </div>
      </td>
      <td className="present-overview__plans">
        <PlanAttainment percentages={planPercentages(figure.percentages)} period={figure.period} compact />
      </td>
      <td className="present-overview__change">{change && <YearOverYearBadge change={change} compact />}</td>
    </tr>
  );
}

/** Lines of text a row takes at the least: one, or one for each plan it is read against. */
const rowLines = (figure: Figure) => Math.max(1, planPercentages(figure.percentages).length);

/**
 * The five questions of a meeting on one slide: per indicator of the budget, the
 * economy and investment, its value, its share of each named plan with the pace or
 * status, and its change on the same period last year. Type grows with the room the
 * rows leave, so that a short report fills the slide as a long one does.
 */
export function OverviewSlide({ report, indicators }: { report: Report; indicators: Indicator[] }) {
  const rows = indicatorTiles(report, economicIndicators(indicators)).flatMap(({ indicator, main, partial }) => {
    const figure = main ?? partial[0];
    return figure ? [{ indicator, figure }] : [];
  });
  if (rows.length === 0) return <p className="present-overview__none">{t('present.overview.none')}</p>;
  const lines = rows.reduce((sum, { figure }) => sum + rowLines(figure), 0);
  // One unit for every amount goes in the column's heading, as a report's table writes it.
  const units = new Set(rows.map(({ figure }) => formatUnit(figure.unit)));
  const sharedUnit = units.size === 1 ? [...units][0] : '';
  return (
    <table className="present-overview" style={{ '--lines': lines } as CSSProperties}>
      <thead>
        <tr>
          <th scope="col">{t('present.overview.indicator')}</th>
          <th scope="col">
            {sharedUnit
              ? t('present.overview.amounts', { period: formatPeriod(report.period), unit: sharedUnit })
              : formatPeriod(report.period)}
          </th>
          <th scope="col">{t('present.overview.plan')}</th>
          <th scope="col">{t('present.overview.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ indicator, figure }) => (
          <IndicatorRow
            key={indicator.id}
            indicator={indicator}
            figure={figure}
            report={report}
            unitInHeading={sharedUnit !== ''}
          />
        ))}
      </tbody>
    </table>
  );
}
