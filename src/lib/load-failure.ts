/**
 * What the entry says when the app's own code cannot be fetched (an unsteady network, a
 * host missing the files): without it, the page would stay blank, or keep prerendered
 * figures whose buttons never work. The wording lives here, not in messages.ts: the
 * message catalogue is part of the code that failed to arrive. When the entry itself cannot be
 * fetched, an inline script in index.html shows the same panel (vite.config.ts, entryFailureScript).
 */
const wording = {
  vi: {
    message: 'Không tải được phần mềm của trang (mạng chập chờn hoặc máy chủ thiếu tệp). Hãy tải lại trang.',
    reload: 'Tải lại trang',
  },
  en: {
    message:
      "The page's code could not be loaded (an unsteady network, or files missing on the server). Please reload the page.",
    reload: 'Reload the page',
  },
};

/**
 * Icon.tsx's warning sign, written out: the entry cannot import the component (React is in the
 * code that failed), and "⚠" as a character is missing from the typeface.
 */
const warningSign =
  '<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.75 15 14.25H1zM8 6v4" class="icon__line"/>' +
  '<circle cx="8" cy="12.1" r=".95"/></svg>';

export function showLoadFailure(error: unknown): void {
  console.error('the app could not be loaded', error);
  delete document.documentElement.dataset.clickKept;
  // Read as locale.ts reads it, without importing it: a module the entry imports moves into the
  // entry's chunk, and every lazy chunk sharing it would then load the entry's stylesheet again.
  const words = wording[new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi'];
  const panel = document.createElement('div');
  panel.className = 'error-panel load-failure';
  panel.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'error-panel__title';
  title.innerHTML = warningSign;
  title.append(` ${words.message}`);
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = words.reload;
  reload.addEventListener('click', () => location.reload());
  panel.append(title, reload);
  document.body.prepend(panel);
}
