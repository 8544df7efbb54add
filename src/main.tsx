import { hydrate as fillCache } from '@tanstack/react-query';
import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, preloadPresentation } from './app/App';
import { isPresenting } from './features/presentation/present-url';
import { createQueryClient } from './app/query-client';
import { apiUrl, usesEmbeddedMocks } from './lib/api-client';
import { replayEarlyClick, stopKeepingClicks } from './lib/early-input';
import { holdFetchUntil } from './lib/fetch-gate';
import { prerenderedViewData, showsPrerenderedView } from './lib/prerendered-view';
import { saveOfflineCopyLater } from './lib/offline-copy';
import { loadViewData } from './lib/report-queries';
import { renderAsAt } from './lib/url-state';
import { reportsOnScreen } from './app/view-data';

/**
 * The embedded API starts when the page first asks it something: requests wait for it,
 * instead of the whole render waiting, and a prerendered view, which holds its own data,
 * is taken over before it has loaded. Its service worker also keeps the site for use
 * without a network, saved once the page has settled.
 */
if (usesEmbeddedMocks) {
  holdFetchUntil(apiUrl('/'), (networkFetch) =>
    import('../mocks/browser')
      .then(({ startEmbeddedApi }) =>
        startEmbeddedApi(`${import.meta.env.BASE_URL}embedded-api-worker.js`, networkFetch),
      )
      .then((serving) => serving === 'worker' && saveOfflineCopyLater())
      .catch((error: unknown) => console.error('embedded API did not start', error)),
  );
}

const container = document.getElementById('root')!;
const queryClient = createQueryClient();
/** Marks the page once React has taken it over, and replays the input made on the prerendered page before that. */
function MarkInteractive() {
  useEffect(() => {
    container.dataset.interactive = 'true';
    replayEarlyClick();
  }, []);
  return null;
}

const app = (
  <StrictMode>
    <App queryClient={queryClient} />
    <MarkInteractive />
  </StrictMode>
);

function render() {
  container.removeAttribute('data-prerendered');
  container.replaceChildren();
  createRoot(container).render(app);
}

/**
 * The build prerenders every view a link can name (build/prerender-views.ts). Where one is
 * shown, the page takes that markup over with the data the build rendered it from, written into
 * the page, rendering first at the address the view was rendered for. A page without that data
 * (a proxy dropped it) is rendered afresh from the API: what the API answers might not match the
 * markup, and a first slide could not know its deck's length before every report had loaded.
 * If the page's data lacks a query, it is asked of the API; should that fail, the app renders
 * afresh and says so, rather than leave figures it could not confirm.
 */
const pageData = showsPrerenderedView() ? prerenderedViewData() : undefined;
if (pageData) {
  const viewSearch = document.documentElement.dataset.viewSearch ?? '';
  renderAsAt(viewSearch);
  const viewParams = new URLSearchParams(viewSearch);
  fillCache(queryClient, pageData);
  Promise.all([
    loadViewData(queryClient, reportsOnScreen(viewParams)),
    isPresenting(viewParams) && preloadPresentation(),
  ]).then(() => {
    stopKeepingClicks();
    // As a transition, hydration yields to the browser every few milliseconds instead of holding the
    // main thread for the whole page (measured on a 4× slowed CPU: one 190–280 ms task became tasks
    // under 45 ms). A click meanwhile makes React finish hydrating first, then handles it.
    startTransition(() => {
      hydrateRoot(container, app, {
        onRecoverableError: (error) => console.error('prerendered view did not match', error),
      });
    });
  }, render);
} else {
  render();
}
