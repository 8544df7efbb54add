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
