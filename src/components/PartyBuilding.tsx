import { formatFigureValue, formatNumber, formatPeriod, formatIndicatorName, formatRateWithBasis } from '../lib/format';
import type { Figure, Report } from '../lib/report-schema';
import type { IndicatorTileModel } from '../lib/indicator-tiles';
import { FigureNotes } from './FigureNotes';
import { SourcePanel } from './SourcePanel';
import { figureEntry } from '../lib/source-entries';
import { t } from '../lib/messages';
import { inLanguage } from '../lib/locale';

function PartyFigure({ figure }: { figure: Figure }) {
  if (figure.value === null) return null;
  return (
    <p className="party__figure">
      <strong className="party__count">{formatFigureValue(figure)}</strong>{' '}
      {figure.percentages.map((percentage) => (
        <span key={percentage.basis} className="party__percentage">
          {formatRateWithBasis(percentage)}
        </span>
      ))}
      {figure.detail && (
        <span className="party__detail">
          {t('party.detail', {
            value: formatNumber(figure.detail.value, 0),
            label: inLanguage(figure.detail.label, figure.detail.en?.label),
          })}
        </span>
      )}
    </p>
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
              <h3>{formatIndicatorName(indicator, 'shortName')}</h3>
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
