import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's root folder (this module lives one level below it). */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** A file of this repository, as text; `path` is relative to the root. */
export const projectFile = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), 'utf8');

/** A source expression of the Content-Security-Policy allowing exactly `text`. */
export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
