import { samePeriodChange, planPercentages } from '../../../lib/attainment';
import {
  formatFigureValue,
  formatIndicatorName,
  formatPercentage,
  formatPeriod,
  formatPeriodInSentence,
  formatBasisAfterRate,
} from '../../../lib/format';
import { mainFigure } from '../../../lib/periods';
import type { Figure, Indicator, Report } from '../../../lib/report-schema';
import { YearOverYearBadge } from '../../../components/YearOverYearBadge';
import { FigureNotes } from '../../../components/FigureNotes';
import { t } from '../../../lib/messages';

function CompareCell({ figure }: { figure: Figure | undefined }) {
  if (!figure) return <td className="compare__empty">{t('compare.notStated')}</td>;
  const change = samePeriodChange(figure.percentages);
  return (
    <td>
      {planPercentages(figure.percentages).map((percentage) => (
        <p key={percentage.basis} className="compare__rate">
          <strong>{formatPercentage(percentage)}</strong> {formatBasisAfterRate(percentage.basis)}
        </p>
      ))}
      {change && <YearOverYearBadge change={change} />}
      <p className="compare__value">
        {t('compare.value', {
          value: formatFigureValue(figure) ?? t('compare.noAmount'),
          period: formatPeriodInSentence(figure.period),
        })}
        {figure.estimate && ` · ${t('tile.estimate')}`}
      </p>
      {/* The report's caveats (a plan not named, a scope not stated, a line named differently) belong beside a comparison. */}
      <FigureNotes figures={[figure]} />
    </td>
  );
}

/**
 * Periods side by side, compared by their rates. A 9-month total and a full-year
 * total are not like for like, so no difference between raw values is ever shown.
 */
export function CompareView({ reports, indicators }: { reports: Report[]; indicators: Indicator[] }) {
  const periodsInWords = reports.map((report) => formatPeriodInSentence(report.period)).join(', ');
  return (
    <section className="panel compare" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compare.title')}</h2>
      <p className="compare__caveat">{t('compare.caveat', { periods: periodsInWords })}</p>
      <div className="compare__scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('compare.indicator')}</th>
              {reports.map((report) => (
                <th scope="col" key={report.period.year}>
                  {formatPeriod(report.period)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => {
              const figures = reports.map((report) => mainFigure(report, indicator.id));
              if (figures.every((figure) => figure === undefined)) return null;
              return (
                <tr key={indicator.id}>
                  <th scope="row">{formatIndicatorName(indicator)}</th>
                  {figures.map((figure, index) => (
                    <CompareCell key={reports[index]?.period.year} figure={figure} />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
