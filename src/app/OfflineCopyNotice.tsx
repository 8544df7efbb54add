import { t } from '../lib/messages';
import { offlineCopyWords, useOfflineCopy } from '../lib/offline-copy';

/** Says that the page on screen is the copy saved for use without a network, and how old it is. */
export function OfflineCopyNotice() {
  const sentAt = useOfflineCopy();
  if (sentAt === undefined) return null;
  return (
    <p className="notice offline-copy" role="status">
      {offlineCopyWords(sentAt)}{' '}
      <button type="button" onClick={() => location.reload()}>
        {t('offline.reload')}
      </button>
    </p>
  );
}
