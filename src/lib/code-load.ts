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

/**
 * For React.lazy, code that can also be loaded ahead. Once `preload` has loaded it, the lazy
 * component renders at once instead of suspending: React.lazy takes a thenable that calls back
 * synchronously as already resolved. A prerendered view that shows this code (the first slide) is
 * then taken over in one pass; suspended, its markup would be dropped for a fallback by the first
 * update the page makes after taking over.
 */
export function preloadableCode<T>(load: () => Promise<T>): { load: () => Promise<T>; preload: () => Promise<void> } {
  const loading = loadingCode(load);
  let loaded: { module: T } | undefined;
  const resolved = (module: T) => ({ then: (resolve: (value: T) => void) => resolve(module) }) as unknown as Promise<T>;
  return {
    load: () => (loaded ? resolved(loaded.module) : loading()),
    preload: () =>
      loading().then((module) => {
        loaded = { module };
      }),
  };
}
