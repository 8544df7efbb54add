import type { Plugin } from 'vite';
import { withInlineScript } from './content-security-policy.ts';
import { projectFile } from './project.ts';

/**
 * The page's notice for its own code failing to load (src/load-failure-notice.js), without its
 * leading doc comment.
 */
const loadFailureNotice = projectFile('src/load-failure-notice.js')
  .replace(/^\/\*\*[\s\S]*?\*\/\s*/, '')
  .trim();

/**
 * Why: when the entry script cannot be fetched, no module runs, and the visitor would face
 * prerendered figures whose buttons never work. The notice goes inline ahead of every module
 * script, so that it runs even then. The build allows it in the policy by its hash; the dev
 * server, which drops the policy, puts it first in the head.
 */
export function loadFailureNoticeScript(): Plugin {
  return {
    name: 'load-failure-notice',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withInlineScript(html, loadFailureNotice),
    },
  };
}
