import { useEffect, useEffectEvent } from 'react';
import { replayEarlyKeys } from '../../../lib/early-input';
import { keyAction, type KeyAction } from '../keys';

/** Keys that a focused control handles itself. */
function belongsToControl(target: EventTarget | null, action: KeyAction, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.tagName === 'SELECT') return action.type !== 'exit' && action.type !== 'fullscreen';
  return (key === ' ' || key === 'Enter') && target.closest('button, a, summary') !== null;
}

/**
 * The presenter's keys, from a keyboard or a clicker, wherever the focus is. On a blanked screen any
 * key brings the slide back and does nothing else; keys a focused control handles stay its own.
 */
export function usePresenterKeys({
  blanked,
  onUnblank,
  onAction,
}: {
  blanked: boolean;
  onUnblank: () => void;
  onAction: (action: KeyAction) => void;
}): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (blanked) {
      event.preventDefault();
      onUnblank();
      return;
    }
    const action = keyAction(event);
    if (!action || belongsToControl(event.target, action, event.key)) return;
    event.preventDefault();
    onAction(action);
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    // Keys pressed on the prerendered slide, before this listener was there (early-input.ts).
    replayEarlyKeys();
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
