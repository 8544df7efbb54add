import type { Report, TargetSet } from '../lib/report-schema';
import { SourcePanel } from './SourcePanel';
import { targetSetEntry } from '../lib/source-entries';
import { bandWords, formatAssignedBy, resolveBands } from '../lib/target-bands';
import { t } from '../lib/messages';
import { inLanguage } from '../lib/locale';

function TargetSetRow({ set }: { set: TargetSet }) {
  const bands = resolveBands(set);
  const stated = bands.filter((band) => !band.inferred).map((band) => band.count);
  // A set reported as a whole ("20/20 hoàn thành và vượt") needs no legend.
  const whole = bands.length === 1 ? bands[0] : undefined;
  return (
    <li className="target-set">
      <p className="target-set__title">
        {whole ? (
          <>
            <strong>
              {whole.count}/{set.total}
            </strong>{' '}
            {t('targets.whole', { band: bandWords(whole) })}
          </>
        ) : (
          <strong>{t('targets.total', { total: set.total })}</strong>
        )}{' '}
        · {formatAssignedBy(set)}
      </p>
      <div className="target-set__bar" aria-hidden="true">
        {bands.map((band) => (
          <span
            key={band.kind}
            className={`target-set__segment target-set__segment--${band.kind}`}
            style={{ flexGrow: band.count }}
          />
        ))}
      </div>
      {!whole && (
        <ul className="target-set__legend">
          {bands.map((band) => (
            <li key={band.kind}>
              <span className={`legend-swatch target-set__segment--${band.kind}`} aria-hidden="true" />
              <strong>
                {band.count}/{set.total}
              </strong>{' '}
              {bandWords(band)}
              {band.inferred && (
                <span className="derived-mark">
                  {' '}
                  {t('targets.inferred', { sum: [set.total, ...stated].join(' − ') })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {bands.map(
        (band) =>
          band.note && (
            <p key={band.kind} className="target-set__note">
              {inLanguage(band.note, band.en?.note)}
            </p>
          ),
      )}
    </li>
  );
}

/** Which targets are behind: each set of targets as the report counts them. */
export function TargetSummary({ report }: { report: Report }) {
  const sets = report.targetSets;
  return (
    <section className="panel target-summary" aria-labelledby="target-summary-title">
      <h2 id="target-summary-title">{t('targets.title')}</h2>
      {sets.length === 0 ? (
        <p>{t('targets.none')}</p>
      ) : (
        <ul className="target-summary__sets">
          {sets.map((set) => (
            <TargetSetRow key={set.id} set={set} />
          ))}
        </ul>
      )}
      {sets.length > 0 && (
        <SourcePanel subject={t('targets.title')} entries={sets.map((set) => targetSetEntry(set, report))} />
      )}
    </section>
  );
}
