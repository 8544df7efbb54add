/** Runs `callback` in the browser's next idle moment, or at `timeout` ms at the latest. */
export function whenIdle(callback: () => void, timeout?: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback(callback, timeout === undefined ? undefined : { timeout });
  else setTimeout(callback, 0);
}
