/**
 * Keys as presentation clickers and PowerPoint send them. Pure, so the mapping
 * can be read and tested on its own.
 */
export type KeyAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: number }
  | { type: 'enter' }
  | { type: 'fullscreen' }
  | { type: 'start' }
  | { type: 'exit' }
  | { type: 'blank'; colour: BlankColour }
  | { type: 'pause' }
  | { type: 'period' };

export type BlankColour = 'black' | 'white';

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

const byKey: Record<string, KeyAction> = {
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  PageDown: { type: 'next' },
  ' ': { type: 'next' },
  ArrowLeft: { type: 'previous' },
  ArrowUp: { type: 'previous' },
  PageUp: { type: 'previous' },
  Backspace: { type: 'previous' },
  Home: { type: 'first' },
  End: { type: 'last' },
  Enter: { type: 'enter' },
  f: { type: 'fullscreen' },
  F5: { type: 'start' },
  Escape: { type: 'exit' },
  b: { type: 'blank', colour: 'black' },
  '.': { type: 'blank', colour: 'black' },
  w: { type: 'blank', colour: 'white' },
  ',': { type: 'blank', colour: 'white' },
  p: { type: 'pause' },
  k: { type: 'period' },
};

/** The action a key stands for, or null for keys the presentation leaves to the browser. */
export function keyAction(event: KeyLike): KeyAction | null {
  // Browser and system shortcuts (Ctrl+R, Ctrl+F, Alt+←) stay the browser's.
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (/^[0-9]$/.test(event.key)) return { type: 'digit', digit: Number(event.key) };
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return byKey[key] ?? null;
}

/**
 * Digits typed one after another name a slide ("1", "2" → 12). A number is taken
 * as soon as no further digit could make a slide, otherwise on Enter or a pause.
 */
export function digitsComplete(typed: string, count: number): boolean {
  return Number(`${typed}0`) > count;
}
