/**
 * What the URL asks of the presentation: `present=1` turns it on, `slide=N`
 * (1-based) picks a slide, `interval=S` advances every S seconds. Anything the
 * URL says is only ever shown as text, cut short.
 */
import { t } from '../../lib/messages';

export const presentParam = 'present';

/** What leaving the presentation removes from the URL. */
export const leavePresentation = { [presentParam]: null, slide: null, interval: null };

export function isPresenting(params: URLSearchParams): boolean {
  return params.get(presentParam) === '1';
}

/** The choices offered on screen, in seconds; the URL may ask for any whole number in the allowed range. */
export const intervalChoices = [10, 20, 30, 60] as const;
export const shortestInterval = 2;
export const longestInterval = 3600;

const quoted = (raw: string) => `“${raw.slice(0, 40)}”`;

export type SlideChoice = { index: number; notice: string | null };

/** The 0-based slide the URL asks for; a value that names no slide falls back to the first, and says so. */
export function resolveSlide(raw: string | null, count: number): SlideChoice {
  if (raw === null) return { index: 0, notice: null };
  const number = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (number >= 1 && number <= count) return { index: number - 1, notice: null };
  return {
    index: 0,
    notice: t('present.badSlide', { value: quoted(raw), count }),
  };
}

export type IntervalChoice = { seconds: number | null; notice: string | null };

/** Seconds between slides for a lobby screen; off unless asked for. */
export function resolveInterval(raw: string | null): IntervalChoice {
  if (raw === null || raw === '' || raw === '0') return { seconds: null, notice: null };
  const seconds = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (seconds >= shortestInterval && seconds <= longestInterval) return { seconds, notice: null };
  return {
    seconds: null,
    notice: t('present.badInterval', { value: quoted(raw), min: shortestInterval, max: longestInterval }),
  };
}
