/**
 * The prerendered page shows its buttons (CSV, JSON, print, copy link) and, on a slide, answers
 * nothing to the presenter's keys before the app has attached its handlers. A click in that window
 * is kept and replayed once the app has taken the page over, so "Tải CSV" pressed in the first
 * moments still downloads; on a slide, the keys are kept and replayed in order, so a clicker
 * pressed twice while the deck loads still lands on the third slide. From the takeover on, React
 * handles clicks itself (and replays those it receives while hydrating), so the page stops keeping
 * clicks then. Keys are kept until the presenter's own listener is there, which may be after the
 * takeover: the slides' code can hydrate a moment after the rest of the page.
 */
let kept: HTMLButtonElement | undefined;
let root: HTMLElement | undefined;
let keys: KeyboardEventInit[] = [];
/** More keys than a presenter presses while a deck loads: a key held down must not queue a tour of the deck. */
const mostKeys = 10;

function keep(event: Event): void {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button) return;
  kept = button;
  // The wait shows as a busy cursor until the replay.
  document.documentElement.dataset.clickKept = '';
}

function keepKey(event: KeyboardEvent): void {
  if (event.repeat || keys.length >= mostKeys) return;
  const { key, code, shiftKey, ctrlKey, altKey, metaKey } = event;
  keys.push({ key, code, shiftKey, ctrlKey, altKey, metaKey, bubbles: true, cancelable: true });
}

/** Called by the entry where the prerendered view is shown. */
export function keepEarlyInput(container: HTMLElement): void {
  root = container;
  root.addEventListener('click', keep, true);
  if (document.documentElement.dataset.view?.endsWith('.present')) window.addEventListener('keydown', keepKey, true);
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

/** Called by the presenter's keys once they listen on the window: the kept keys, as they were pressed. */
export function replayEarlyKeys(): void {
  window.removeEventListener('keydown', keepKey, true);
  const pressed = keys;
  keys = [];
  // One key a task, as pressed: the page answers each before the next, as it would have.
  const pressNext = () => {
    const init = pressed.shift();
    if (!init) return;
    document.body.dispatchEvent(new KeyboardEvent('keydown', init));
    setTimeout(pressNext, 0);
  };
  pressNext();
}
