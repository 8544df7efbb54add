/**
 * Whether the page shows the build's prerendered default view: index.html holds it
 * (`data-prerendered` on #root) and the inline script found the address it was
 * rendered for (vite.config.ts). The entry then starts the app after the first paint,
 * and the app takes that markup over instead of rendering afresh.
 */
export function showsPrerenderedView(): boolean {
  return (
    document.documentElement.dataset.prerenderedView === 'shown' &&
    document.getElementById('root')?.hasAttribute('data-prerendered') === true
  );
}

/** The element after #root in which the build writes the data the view was rendered from. */
export const viewDataId = 'view-data';

/**
 * The data the prerendered view was rendered from (the query cache, as react-query's `dehydrate`
 * writes it), or undefined where the page holds none that can be read: the app then asks the API.
 */
export function prerenderedViewData(): unknown {
  const text = document.getElementById(viewDataId)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
