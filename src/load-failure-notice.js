/**
 * When the page's own code cannot be loaded, the page says so instead of staying blank, or keeping
 * prerendered figures whose buttons never work. build/load-failure-notice.ts puts this file in index.html as an
 * inline script, allowed by its hash, ahead of every module script: it is the one part of the
 * page that runs when even the entry (src/boot.ts) cannot be fetched. It shows its panel when:
 * - a module script fails: a host missing the files, an unsteady network, or the page opened as a
 *   file (file://), where the browser refuses module scripts;
 * - the entry reports that the app's own chunk failed (the "app-load-failure" event).
 * Plain script, not a module, and its own wording: the message catalogue is in the code that failed.
 * This comment is left out of the page.
 */
(() => {
  const show = () => {
    if (document.querySelector('.load-failure')) return;
    delete document.documentElement.dataset.clickKept;
    const english = new URLSearchParams(location.search).get('lang') === 'en';
    const fromFile = location.protocol === 'file:';
    const words = english
      ? {
          network:
            "The page's code could not be loaded (an unsteady network, or files missing on the server). Please reload the page.",
          file: 'This page was opened as a file, and the browser will not run its code from a file. Open it through a web server (an address starting with http:// or https://).',
          reload: 'Reload the page',
        }
      : {
          network: 'Không tải được phần mềm của trang (mạng chập chờn hoặc máy chủ thiếu tệp). Hãy tải lại trang.',
          file: 'Trang này được mở trực tiếp từ tệp trên máy, và trình duyệt không chạy phần mềm của trang từ tệp. Hãy mở trang qua máy chủ web (địa chỉ bắt đầu bằng http:// hoặc https://).',
          reload: 'Tải lại trang',
        };
    const panel = document.createElement('div');
    panel.className = 'error-panel load-failure';
    panel.setAttribute('role', 'alert');
    const text = document.createElement('p');
    text.className = 'error-panel__title';
    // Icon.tsx's warning sign, written out: "⚠" as a character is missing from the typeface.
    text.innerHTML =
      '<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.75 15 14.25H1zM8 6v4" class="icon__line"/><circle cx="8" cy="12.1" r=".95"/></svg>';
    text.append(` ${fromFile ? words.file : words.network}`);
    panel.append(text);
    if (!fromFile) {
      const reload = document.createElement('button');
      reload.type = 'button';
      reload.textContent = words.reload;
      reload.addEventListener('click', () => location.reload());
      panel.append(reload);
    }
    document.body.prepend(panel);
  };
  addEventListener(
    'error',
    (event) => {
      if (event.target instanceof HTMLScriptElement && event.target.type === 'module') show();
    },
    true,
  );
  addEventListener('app-load-failure', show);
})();
