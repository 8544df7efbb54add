/**
 * The prerendered page shows its buttons (CSV, JSON, print, copy link) before the app
 * has attached their handlers. A click in that window is kept and replayed once the
 * app has taken the page over, so "Tải CSV" pressed in the first moments still downloads.
 * From the takeover on, React handles clicks itself (and replays those it receives while
 * hydrating), so the page stops keeping them then.
 */
let kept: HTMLButtonElement | undefined;
let root: HTMLElement | undefined;

function keep(event: Event): void {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button) return;
  kept = button;
  // The wait shows as a busy cursor until the replay.
  document.documentElement.dataset.clickKept = '';
}

/** Called by the entry where the prerendered view is shown. */
export function keepEarlyClicks(container: HTMLElement): void {
  root = container;
  root.addEventListener('click', keep, true);
}

/** Called just before the app takes the page over: clicks from here on are React's. */
export function stopKeepingClicks(): void {
  root?.removeEventListener('click', keep, true);
  root = undefined;
}

/** Called once the app has taken the page over; a page rendered afresh has lost the button, and the click. */
export function replayEarlyClick(): void {
  stopKeepingClicks();
  const button = kept;
  kept = undefined;
  delete document.documentElement.dataset.clickKept;
  if (button?.isConnected) button.click();
}
