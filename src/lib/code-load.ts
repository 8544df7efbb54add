/**
 * A part of the app's code loaded on demand (the charts, the slides) that could not be
 * fetched. Trying to render it again cannot help: the browser keeps the failed import, so
 * only a reload fetches it anew. CardBoundary says so and offers the reload.
 */
export class CodeLoadError extends Error {
  constructor(cause: unknown) {
    super('part of the app could not be loaded', { cause });
    this.name = 'CodeLoadError';
  }
}

/** For React.lazy: a failed import rejects with a CodeLoadError. */
export function loadingCode<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    load().catch((error: unknown) => {
      throw new CodeLoadError(error);
    });
}
