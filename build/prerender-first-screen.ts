import type { Plugin } from 'vite';
import { allowInPolicy, withInlineScript } from './content-security-policy.ts';
import { sha256, withAppModule } from './project.ts';

/**
 * The prerendered markup is shown only at the address it was rendered for: this inline script,
 * allowed by its hash in the policy, marks the page when the address has no parameters; any other
 * address (?year=2023, ?lang=en…) keeps it hidden until the app renders the view asked for.
 */
const prerenderedViewScript = "if (!location.search) document.documentElement.dataset.prerenderedView = 'shown';";

/**
 * Why: the figures should paint with the HTML, not after the scripts and the data have loaded.
 * The default view's first screen is rendered into index.html at build time (src/prerender.tsx).
 * Not with a real API (`enabled` false), whose figures are not known when the app is built.
 */
export function prerenderFirstScreen(enabled: boolean): Plugin {
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!enabled) return html;
        const markup = await withAppModule<typeof import('../src/prerender'), string>(
          '/src/prerender.tsx',
          ({ renderDefaultView }) => renderDefaultView(),
        );
        // React writes bar widths as style attributes; the policy allows exactly those (CSP 'unsafe-hashes').
        const styles = [...new Set(Array.from(markup.matchAll(/ style="([^"]*)"/g), (match) => match[1]!))];
        const styleHashes = styles.length > 0 ? ["'unsafe-hashes'", ...styles.map(sha256)] : [];
        return withInlineScript(allowInPolicy(html, 'style-src', styleHashes), prerenderedViewScript).replace(
          '<div id="root"></div>',
          () => `<div id="root" data-prerendered>${markup}</div>`,
        );
      },
    },
  };
}
