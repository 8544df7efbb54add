/**
 * Holds the fetches whose URL starts with `prefix` (the embedded API's) until `start`
 * has finished, and calls `start` only at the first of them, so a page that asks the
 * API nothing never loads it. Other requests pass. `start` gets the browser's own
 * fetch, for what it must pass on to the network. Once ready, window.fetch is the
 * browser's again, unless `start` installed its own (the in-page mock API).
 */
export function holdFetchUntil(prefix: string, start: (networkFetch: typeof fetch) => Promise<unknown>): void {
  const networkFetch = window.fetch.bind(window);
  let ready: Promise<unknown> | undefined;
  const current = () => (window.fetch === held ? networkFetch : window.fetch);
  const held: typeof fetch = (input, init) => {
    const url = input instanceof Request ? input.url : new URL(input, document.baseURI).href;
    if (!url.startsWith(prefix)) return current()(input, init);
    ready ??= start(networkFetch).finally(() => {
      if (window.fetch === held) window.fetch = networkFetch;
    });
    return ready.then(() => current()(input, init));
  };
  window.fetch = held;
}
