import type { Plugin } from 'vite';
import { sha256 } from './project.ts';

/** index.html's Content-Security-Policy element. */
const policyElement = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/;

/** The policy with `sources` added to one of its directives (`script-src 'self'` → `script-src 'self' …`). */
export function allowInPolicy(html: string, directive: 'script-src' | 'style-src', sources: string[]): string {
  return html.replace(`${directive} 'self'`, [`${directive} 'self'`, ...sources].join(' '));
}

/**
 * `script` inline, right after the policy and allowed in it by its hash: ahead of the stylesheet
 * (a script after it would wait for it) and of every module script. Without a policy (the dev
 * server drops it), first in the head.
 */
export function withInlineScript(html: string, script: string): string {
  const element = `<script>${script}</script>`;
  return policyElement.test(html)
    ? allowInPolicy(html, 'script-src', [sha256(script)]).replace(
        policyElement,
        (policy) => `${policy}\n    ${element}`,
      )
    : html.replace('<head>', () => `<head>\n    ${element}`);
}

/**
 * Why: index.html declares the Content-Security-Policy, but its API origin is only known
 * at build time. The build fills in the origin of a configured real API (VITE_API_BASE_URL);
 * the dev server drops the policy, because its hot reload needs inline scripts and a websocket.
 */
export function contentSecurityPolicy(apiBaseUrl: string | undefined): Plugin {
  const apiOrigin = apiBaseUrl && /^https?:\/\//.test(apiBaseUrl) ? new URL(apiBaseUrl).origin : '';
  return {
    name: 'content-security-policy',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        if (context.server) return html.replace(new RegExp(`\\s*${policyElement.source}`), '');
        return html.replace(' __API_ORIGIN__', apiOrigin ? ` ${apiOrigin}` : '');
      },
    },
  };
}
