import { formatFigureValue, formatNumber, formatPeriod, formatIndicatorName, formatRateWithBasis } from '../lib/format';
import type { Figure, Report } from '../lib/report-schema';
import type { IndicatorTileModel } from '../lib/indicator-tiles';
import { FigureNotes } from './FigureNotes';
import { PlanStatusLabel } from './PlanAttainment';
import { isPlanBasis, planPercentages } from '../lib/attainment';
import { SourcePanel } from './SourcePanel';
import { figureEntry } from '../lib/source-entries';
import { t } from '../lib/messages';
import { inLanguage } from '../lib/locale';

/**
 * The count, and against the target where the report gives both ("233/230"); each share of a target
 * with its status in a mark and words, as on the tiles. A count stated only as a share ("210, đạt
 * 127,3%") stays as written: the target it implies is not the report's.
 */
function PartyFigure({ figure }: { figure: Figure }) {
  if (figure.value === null) return null;
  const targets = planPercentages(figure.percentages);
  return (
    <div className="party__figure">
      <strong className="party__count">{formatFigureValue(figure)}</strong>
      {targets.length === 0 && <span className="party__no-target">{t('party.noTarget')}</span>}
      {figure.percentages.map((percentage) => (
        <p key={percentage.basis} className="party__percentage">
          {formatRateWithBasis(percentage)}
          {isPlanBasis(percentage.basis) && (
            <>
              {' '}
              <PlanStatusLabel percentage={percentage} period={figure.period} target />
            </>
          )}
        </p>
      ))}
      {figure.detail && (
        <span className="party__detail">
          {t('party.detail', {
            value: formatNumber(figure.detail.value, 0),
            label: inLanguage(figure.detail.label, figure.detail.en?.label),
          })}
        </span>
      )}
      {!figure.ratio && targets.length > 0 && <span className="party__no-count">{t('party.noTargetCount')}</span>}
    </div>
  );
}

/** Party building: counts against their targets (233/230 → 101%). */
export function PartyBuilding({ tiles, report }: { tiles: IndicatorTileModel[]; report: Report }) {
  // A short report may state no party figure: no panel, rather than an empty one.
  if (tiles.length === 0) return null;
  return (
    <section className="panel party" aria-labelledby="party-title">
      <h2 id="party-title">{t('party.title')}</h2>
      <ul className="party__list">
        {tiles.map(({ indicator, main }) =>
          main ? (
            <li key={indicator.id}>
              <h3 id={`party-${indicator.id}`}>{formatIndicatorName(indicator, 'shortName')}</h3>
              <p className="party__period">{formatPeriod(main.period)}</p>
              <PartyFigure figure={main} />
              <SourcePanel
                subject={formatIndicatorName(indicator, 'shortName')}
                entries={[figureEntry(main, report)]}
              />
            </li>
          ) : null,
        )}
      </ul>
      {/* Shown, not left to the source panels: two admission counts of unclear scope stand side by side here. */}
      <FigureNotes figures={tiles.flatMap(({ main }) => (main ? [main] : []))} />
    </section>
  );
}
