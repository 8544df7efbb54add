import { flushSync } from 'react-dom';

/**
 * Runs a React state change when the page is about to be printed, and renders it before the
 * listener returns: React gives "beforeprint" default priority and would render the change in a
 * later task, after the browser has laid the page out for paper. Returns the clean-up.
 */
export function onBeforePrint(update: () => void): () => void {
  const listener = () => flushSync(update);
  window.addEventListener('beforeprint', listener);
  return () => window.removeEventListener('beforeprint', listener);
}
