/**
 * The page's entry. Where the prerendered figures are shown, the app (React, the
 * embedded API) starts once they have been painted, so its scripts never compete
 * with that paint; elsewhere it starts at once.
 */
// The styles belong to the entry, so the build puts them in the page and the prerendered view paints styled.
import './lib/fonts.css';
import './app/styles.css';
import { keepEarlyInput } from './lib/early-input';
import { showsPrerenderedView } from './lib/prerendered-view';

let started = false;
const start = () => {
  if (started) return;
  started = true;
  import('./main').catch((error: unknown) => {
    console.error('the app could not be loaded', error);
    // The page's inline notice (src/load-failure-notice.js) says so, with a way forward.
    dispatchEvent(new Event('app-load-failure'));
  });
};

if (showsPrerenderedView()) {
  keepEarlyInput(document.getElementById('root')!);
  new PerformanceObserver(start).observe({ type: 'paint', buffered: true });
  // A page opened in a background tab paints only when shown; the app need not wait for that.
  setTimeout(start, 1000);
} else {
  start();
}
