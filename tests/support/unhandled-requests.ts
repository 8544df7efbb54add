/**
 * Requests no MSW handler answered during the current test. msw's 'error' strategy only turns
 * such a request into a network error inside the app, which may show an error panel and let the
 * test pass; tests/setup.ts records them here and fails the test that made them after it ran.
 */
export const unhandledRequests: string[] = [];

/** msw's onUnhandledRequest: records the request, then refuses it as the 'error' strategy does. */
export function recordUnhandledRequest(request: Request, print: { error: () => void }): void {
  unhandledRequests.push(`${request.method} ${request.url}`);
  print.error();
}

/** Throws, naming every request recorded since the last check, and starts the next test afresh. */
export function failOnUnhandledRequests(): void {
  const requests = unhandledRequests.splice(0);
  if (requests.length > 0) {
    throw new Error(
      `No MSW handler answered ${requests.length === 1 ? 'this request' : 'these requests'}:\n  ${requests.join('\n  ')}`,
    );
  }
}
