import type { ChangeEvent } from 'react';
import { formatPeriod, formatReportLabel } from '../../../lib/format';
import type { PeriodSummary } from '../../../lib/report-schema';
import { useFullscreen } from '../hooks/fullscreen';
import { intervalChoices } from '../present-url';
import { t } from '../../../lib/messages';
import { Icon } from '../../../components/Icon';
import { offlineCopyWords, useOfflineCopy } from '../../../lib/offline-copy';

type Props = {
  position: number;
  count: number;
  periods: PeriodSummary[];
  reportId: string;
  interval: number | null;
  paused: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPeriod: (reportId: string) => void;
  onInterval: (seconds: number | null) => void;
  onPause: () => void;
  onFullscreen: () => void;
  onExit: () => void;
};

/**
 * A choice made, the select gives the keys back to the slides: a clicker's next
 * arrow must turn the page, not change the period.
 */
const chosen = (apply: (value: string) => void) => (event: ChangeEvent<HTMLSelectElement>) => {
  apply(event.target.value);
  event.target.blur();
};

/**
 * The staffer's controls: they fade with the cursor after a few seconds without mouse movement.
 * The buttons show icons, their words kept for screen readers, so the bar covers as little of
 * the slide as it can.
 */
export function Controls(props: Props) {
  const { position, count, periods, reportId, interval, paused } = props;
  const fullscreen = useFullscreen();
  const severalUnits = new Set(periods.map((period) => period.reportingUnit.id)).size > 1;
  const copySentAt = useOfflineCopy();
  const choices: number[] = [...intervalChoices];
  if (interval !== null && !choices.includes(interval)) choices.unshift(interval);
  return (
    <nav className="present-controls" aria-label={t('present.controls')}>
      {copySentAt !== undefined && (
        <span className="present-controls__copy" title={offlineCopyWords(copySentAt)}>
          {t('offline.copyShort')}
        </span>
      )}
      <button
        type="button"
        onClick={props.onPrevious}
        disabled={position === 0}
        aria-label={t('present.previous')}
        title={t('present.previousTitle')}
      >
        <Icon name="previous" />
      </button>
      <span className="present-controls__count">
        {position + 1}/{count}
      </span>
      <button
        type="button"
        onClick={props.onNext}
        disabled={position === count - 1}
        aria-label={t('present.next')}
        title={t('present.nextTitle')}
      >
        <Icon name="play" />
      </button>
      <label title={t('present.periodTitle')}>
        <span>{t('present.period')}</span>
        <select value={reportId} onChange={chosen(props.onPeriod)}>
          {periods.map((period) => (
            <option key={period.reportId} value={period.reportId}>
              {severalUnits ? formatReportLabel(period) : formatPeriod(period.period)}
            </option>
          ))}
        </select>
      </label>
      <label title={t('present.autoTitle')}>
        <span>{t('present.auto')}</span>
        <select value={interval ?? ''} onChange={chosen((value) => props.onInterval(value ? Number(value) : null))}>
          <option value="">{t('present.off')}</option>
          {choices.map((seconds) => (
            <option key={seconds} value={seconds}>
              {t('present.seconds', { seconds })}
            </option>
          ))}
        </select>
      </label>
      {interval !== null && (
        <button type="button" onClick={props.onPause} aria-pressed={paused} title={t('present.pauseTitle')}>
          <Icon name={paused ? 'play' : 'pause'} />
          <span className="visually-hidden">{t(paused ? 'present.resume' : 'present.pause')}</span>
        </button>
      )}
      <button type="button" onClick={props.onFullscreen} aria-pressed={fullscreen} title={t('present.fullscreenTitle')}>
        <Icon name="fullscreen" />
        <span className="visually-hidden">{t('present.fullscreen')}</span>
      </button>
      <button type="button" onClick={props.onExit} title={t('present.exitTitle')}>
        <Icon name="close" />
        <span className="visually-hidden">{t('present.exit')}</span>
      </button>
    </nav>
  );
}
