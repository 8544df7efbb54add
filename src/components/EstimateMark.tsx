import { t } from '../lib/messages';

/** "ước đạt": the figure was an estimate when the report was written. */
export function EstimateMark() {
  return (
    <span className="estimate-mark" title={t('tile.estimateTitle')}>
      {t('tile.estimate')}
    </span>
  );
}
