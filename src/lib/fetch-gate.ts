/**
 * Holds the fetches whose URL starts with `prefix` (the embedded API's) until `start`
 * has finished, so the app can render and ask for data before the API is ready to
 * answer. Other requests pass. `start` gets the browser's own fetch, for what it must
 * pass on to the network. Once ready, window.fetch is the browser's again, unless
 * `start` installed its own (the in-page mock API).
 */
export function holdFetchUntil(prefix: string, start: (networkFetch: typeof fetch) => Promise<unknown>): void {
  const networkFetch = window.fetch.bind(window);
  let ready: Promise<unknown> = Promise.resolve();
  const current = () => (window.fetch === held ? networkFetch : window.fetch);
  const held: typeof fetch = (input, init) => {
    const url = input instanceof Request ? input.url : new URL(input, document.baseURI).href;
    return url.startsWith(prefix) ? ready.then(() => current()(input, init)) : current()(input, init);
  };
  window.fetch = held;
  ready = start(networkFetch).finally(() => {
    if (window.fetch === held) window.fetch = networkFetch;
  });
}
