import { useCallback, useSyncExternalStore } from 'react';

/**
 * The chosen period and view live in the URL, so a link reopens exactly that view.
 * Only what the user changed is written: the default view leaves no parameter.
 */
export type UrlParams = Record<string, string | null>;

const changeEvent = 'urlstatechange';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

const getSearch = () => window.location.search;

/**
 * The address a prerendered view was rendered for (build/prerender-views.ts): the build renders
 * each view at its own; the page taking one over renders it at the same, then at its own address.
 */
let prerenderedSearch = '';
export function renderAsAt(search: string): void {
  prerenderedSearch = search;
}
const getPrerenderSearch = () => prerenderedSearch;

export function urlWith(search: string, changes: UrlParams): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : typeof window === 'undefined' ? import.meta.env.BASE_URL : window.location.pathname;
}

export function useSearchParams(): [URLSearchParams, (changes: UrlParams, options?: { replace?: boolean }) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, getPrerenderSearch);
  const update = useCallback((changes: UrlParams, options: { replace?: boolean } = {}) => {
    const next = urlWith(window.location.search, changes);
    if (options.replace) window.history.replaceState(null, '', next);
    else window.history.pushState(null, '', next);
    window.dispatchEvent(new Event(changeEvent));
  }, []);
  return [new URLSearchParams(search), update];
}
