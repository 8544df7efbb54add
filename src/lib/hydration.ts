import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False while the build prerenders the page and while the page takes that markup
 * over; true afterwards, and from the start in a page rendered afresh. What the
 * prerender leaves out (the charts) waits for it, so the takeover matches.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
