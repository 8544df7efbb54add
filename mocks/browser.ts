import { getResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

export const worker = setupWorker(...handlers);

/**
 * Serves the embedded API through the service worker where the browser allows
 * one; on a plain-http intranet address (or where policy forbids workers) the
 * same handlers answer in the page, by wrapping fetch. `networkFetch` is where
 * requests the handlers do not answer go (the browser's own fetch).
 */
export async function startEmbeddedApi(
  workerUrl: string,
  networkFetch: typeof fetch = window.fetch.bind(window),
): Promise<'worker' | 'in-page'> {
  if (window.isSecureContext && 'serviceWorker' in navigator) {
    try {
      await worker.start({ serviceWorker: { url: workerUrl }, onUnhandledRequest: 'bypass', quiet: true });
      return 'worker';
    } catch {
      // Registration refused (policy, private mode): fall through to in-page serving.
    }
  }
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    return (await getResponse(handlers, request.clone())) ?? networkFetch(request);
  };
  return 'in-page';
}
