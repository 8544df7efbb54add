import { useSyncExternalStore } from 'react';
import { formatTimeAndDate } from './format';
import { whenIdle } from './idle';
import { t } from './messages';

/**
 * The copy of the site the service worker keeps for a meeting room with no network
 * (src/embedded-api-worker.js): when it is saved, and whether the page on screen is it.
 */

/**
 * Asks the service worker to save the copy a few seconds after the page has started, in an idle
 * moment: the download (the whole site, about 400 kB, mostly from the browser's cache) never
 * competes with the first screen or a leader's first clicks.
 */
export function saveOfflineCopyLater(): void {
  // A visitor who asked the browser to save data (a phone on a metered plan) is not sent the rest of the site.
  const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return;
  setTimeout(
    () =>
      whenIdle(() => {
        void navigator.serviceWorker.ready.then((registration) =>
          registration.active?.postMessage('save-offline-copy'),
        );
      }),
    5000,
  );
}

const unchanging = () => () => {};
const sentAt = () => document.documentElement.dataset.offlineCopy;

/**
 * When the page on screen is the saved copy, served because the network failed: the time the server
 * sent that page (ISO; '' when unknown). Undefined for a page from the network, and while hydrating
 * (the prerendered page says nothing of a copy), so the markup still matches.
 */
export const useOfflineCopy = (): string | undefined => useSyncExternalStore(unchanging, sentAt, () => undefined);

/** What to say of the copy on screen: the notice's words, with the time it was saved when known. */
export const offlineCopyWords = (sentAt: string): string =>
  t('offline.copy', { savedAt: sentAt ? t('offline.savedAt', { time: formatTimeAndDate(sentAt) }) : '' });
