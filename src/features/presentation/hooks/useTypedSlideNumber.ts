import { useEffect, useRef, useState } from 'react';
import { digitsComplete } from '../keys';

/** How long typed digits wait for the next one before they are taken as a slide number. */
const digitPause = 1000;

/**
 * Digits typed one after another name a slide ("1", "2" → 12), as PowerPoint reads them: the
 * number is taken as soon as no further digit could make a slide, otherwise on Enter or after a
 * pause. `onNumber` gets it whether or not there is such a slide.
 */
export function useTypedSlideNumber(count: number, onNumber: (number: number) => void) {
  const [typed, setTyped] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const take = (digits: string) => {
    window.clearTimeout(timer.current);
    setTyped('');
    onNumber(Number(digits));
  };
  return {
    typed,
    type(digit: number) {
      const digits = `${typed}${digit}`;
      if (digits === '0') return;
      window.clearTimeout(timer.current);
      if (digitsComplete(digits, count)) return take(digits);
      setTyped(digits);
      timer.current = window.setTimeout(() => take(digits), digitPause);
    },
    /** Enter takes the digits typed so far; false when there are none. */
    enter(): boolean {
      if (!typed) return false;
      take(typed);
      return true;
    },
    /** Another key drops the digits typed. */
    cancel() {
      if (!typed) return;
      window.clearTimeout(timer.current);
      setTyped('');
    },
  };
}
