import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { Plugin, Rolldown } from 'vite';
import { allowInPolicy, withInlineScript } from './content-security-policy.ts';
import { projectFile, sha256, withAppModule } from './project.ts';
import type { PrerenderedView } from '../src/prerender.tsx';
import { viewDataId } from '../src/lib/prerendered-view.ts';
import { viewPageKey, viewPagePath, viewTablePath, type ViewTable } from '../src/lib/view-pages.ts';

type Rendered = { table: ViewTable; views: PrerenderedView[] };

/**
 * The page's inline script that picks the view (src/lib/view-pages.ts), in plain JavaScript: the
 * module's functions without their exports, then the call with the build's table of reports.
 */
function choiceScript(table: ViewTable, base: string): string {
  const { outputText } = ts.transpileModule(projectFile('src/lib/view-pages.ts'), {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, removeComments: true },
  });
  const functions = outputText.replace(/^export /gm, '').trim();
  return `(() => {\n${functions}\nchooseViewPage(${JSON.stringify(table)}, ${JSON.stringify(base)});\n})();`;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** React writes bar widths as style attributes; the policy allows exactly those (CSP 'unsafe-hashes'). */
function styleSources(markup: string): string[] {
  const styles = [...new Set(Array.from(markup.matchAll(/ style="([^"]*)"/g), (match) => match[1]!))];
  return styles.length > 0 ? ["'unsafe-hashes'", ...styles.map(sha256)] : [];
}

/**
 * The data `view` was rendered from, for the page to take the markup over with (src/main.tsx).
 * A JSON block is not run, so the policy need not allow it; `<` is escaped so no text in the data
 * can end the element.
 */
function viewDataElement(view: PrerenderedView): string {
  const json = JSON.stringify(view.data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${viewDataId}">${json}</script>`;
}

/** `text` with `part` replaced by `replacement`, where `part` must be there exactly once. */
function replaceOnce(text: string, part: string, replacement: string, what: string): string {
  const [before, after, ...more] = text.split(part);
  if (after === undefined || more.length > 0) throw new Error(`prerender-views: ${what} is not once in index.html`);
  return before + replacement + after;
}

/** The page `html` (with `home` in it) made into `view`'s: its language, title, markup, data and allowed styles. */
function pageOf(html: string, view: PrerenderedView, home?: PrerenderedView): string {
  const withView = html
    .replace(
      /<html [^>]*>/,
      `<html lang="${view.language}" data-view="${view.key}" data-view-search="${escapeHtml(view.search)}">`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(view.title)}</title>`);
  if (!home) {
    return replaceOnce(
      allowInPolicy(withView, 'style-src', styleSources(view.markup)),
      '<div id="root"></div>',
      `<div id="root" data-prerendered>${view.markup}</div>${viewDataElement(view)}`,
      'the empty #root',
    );
  }
  const homeStyles = styleSources(home.markup).join(' ');
  const withMarkup = replaceOnce(withView, home.markup, view.markup, 'the default view');
  return replaceOnce(
    allowInPolicy(
      homeStyles ? withMarkup.replace(` ${homeStyles}`, '') : withMarkup,
      'style-src',
      styleSources(view.markup),
    ),
    viewDataElement(home),
    viewDataElement(view),
    "the default view's data",
  );
}

/** The stylesheets of the slides' chunk, which the first slide needs to paint styled. */
function slideStyles(bundle: Rolldown.OutputBundle): string[] {
  const chunk = Object.values(bundle).find(
    (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/PresentationPage.tsx'),
  );
  const files = chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
  return files.flatMap((file) => {
    const asset = bundle[file];
    return asset?.type === 'asset' && typeof asset.source === 'string' ? [asset.source] : [];
  });
}

function withStyles(html: string, styles: string[]): string {
  const elements = styles.map((style) => `<style>${style}</style>`).join('');
  return allowInPolicy(html, 'style-src', styles.map(sha256)).replace('</head>', () => `${elements}</head>`);
}

/**
 * Why: the figures should paint with the HTML, not after the scripts and the data have loaded, at
 * every address a link can name. The default view goes into index.html; every other view (each
 * report in each language, the comparison, the first slide) into a page of its own under views/,
 * rendered by src/prerender.tsx. A server that rewrites addresses serves a view's page at its
 * address (build/view-page-server.ts); on any other host, index.html's inline script goes there.
 * Not with a real API (`enabled` false), whose figures are not known when the app is built.
 */
/** The start of the line the build prints with how many views it rendered, and in how long. */
export const renderedLine = 'prerender-views: rendered';

export function prerenderViews(enabled: boolean): Plugin {
  let rendered: Rendered | undefined;
  let base = '/';
  // index.html holds the page of the address without parameters.
  const homeOf = ({ table, views }: Rendered) => views.find((view) => view.key === viewPageKey('', table))!;
  return {
    name: 'prerender-views',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!enabled) return html;
        const start = performance.now();
        rendered = await withAppModule<typeof import('../src/prerender'), Rendered>('/src/prerender.tsx', (module) =>
          module.renderViews(),
        );
        // The bench reads this line: rendering grows with the views, the rest of the build should not.
        console.log(`${renderedLine} ${rendered.views.length} views in ${Math.round(performance.now() - start)} ms`);
        return pageOf(withInlineScript(html, choiceScript(rendered.table, base)), homeOf(rendered));
      },
    },
    // After the bundle is written, when index.html is final (its stylesheet and scripts inlined).
    writeBundle({ dir }, bundle) {
      const index = bundle['index.html'];
      if (!rendered || index?.type !== 'asset') return;
      const home = homeOf(rendered);
      const slides = slideStyles(bundle);
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(dir!, path)), { recursive: true });
        writeFileSync(join(dir!, path), text);
      };
      for (const view of rendered.views) {
        if (view === home) continue;
        const page = pageOf(String(index.source), view, home);
        write(viewPagePath(view.key), view.key.endsWith('.present') ? withStyles(page, slides) : page);
      }
      write(viewTablePath, JSON.stringify(rendered.table));
    },
  };
}
