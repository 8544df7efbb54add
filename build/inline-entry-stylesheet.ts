import type { Plugin } from 'vite';
import { allowInPolicy } from './content-security-policy.ts';
import { sha256 } from './project.ts';

/**
 * Why: the first paint waits for the styles, and a separate stylesheet is one more round
 * trip before it. The entry's stylesheet goes into index.html; the policy allows exactly
 * that stylesheet, by its hash.
 */
export function inlineEntryStylesheet(): Plugin {
  return {
    name: 'inline-entry-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const hashes: string[] = [];
        const inlined = html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)">/g, (link, fileName: string) => {
          const asset = bundle?.[fileName];
          if (asset?.type !== 'asset' || typeof asset.source !== 'string') return link;
          hashes.push(sha256(asset.source));
          return `<style>${asset.source}</style>`;
        });
        return allowInPolicy(inlined, 'style-src', hashes);
      },
    },
  };
}
