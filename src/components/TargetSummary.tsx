import type { Report, TargetSet } from '../lib/report-schema';
import { SourcePanel } from './SourcePanel';
import { targetSetEntry } from '../lib/source-entries';
import { bandWords, formatAssignedBy, isSetMet, resolveBands } from '../lib/target-bands';
import { bandBackground } from '../lib/status';
import { t } from '../lib/messages';
import { inLanguage } from '../lib/locale';
import { Icon } from './Icon';

/** How a met set's targets were met: "hoàn thành và vượt", or each band's count where it has several. */
function metWords(set: TargetSet): string {
  const bands = resolveBands(set).filter((band) => band.count > 0);
  return bands.length === 1 ? bandWords(bands[0]!) : bands.map((band) => `${band.count} ${bandWords(band)}`).join(', ');
}

/**
 * Sets with every target met take one short line each, the status in a mark and words, said once above
 * them where they share it: five full "20/20" bars pushed the one figure behind below the first screen.
 */
function MetSets({ sets }: { sets: TargetSet[] }) {
  const shared = new Set(sets.map(metWords)).size === 1 ? metWords(sets[0]!) : undefined;
  return (
    <>
      {shared && <p className="target-summary__met-lead">{t('targets.allMet', { band: shared })}</p>}
      <ul className="target-summary__met">
        {sets.map((set) => (
          <li key={set.id} className="target-set--met">
            <Icon name="check" />{' '}
            <strong>
              {set.total}/{set.total}
            </strong>{' '}
            {!shared && t('targets.whole', { band: metWords(set) })} · {formatAssignedBy(set)}
          </li>
        ))}
      </ul>
    </>
  );
}

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
            className="target-set__segment"
            style={{ ...bandBackground(band.kind), flexGrow: band.count }}
          />
        ))}
      </div>
      {!whole && (
        <ul className="target-set__legend">
          {bands.map((band) => (
            <li key={band.kind}>
              <span className="legend-swatch" style={bandBackground(band.kind)} aria-hidden="true" />
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
  const met = sets.filter(isSetMet);
  const unmet = sets.filter((set) => !isSetMet(set));
  return (
    <section className="panel target-summary" aria-labelledby="target-summary-title">
      <h2 id="target-summary-title">{t('targets.title')}</h2>
      {sets.length === 0 ? (
        <p>{t('targets.none')}</p>
      ) : (
        <>
          {/* In order of need: a set with a target not met first, in full. */}
          {unmet.length > 0 && (
            <ul className="target-summary__sets">
              {unmet.map((set) => (
                <TargetSetRow key={set.id} set={set} />
              ))}
            </ul>
          )}
          {met.length > 0 && <MetSets sets={met} />}
        </>
      )}
      {sets.length > 0 && (
        <SourcePanel subject={t('targets.title')} entries={sets.map((set) => targetSetEntry(set, report))} />
      )}
    </section>
  );
}
