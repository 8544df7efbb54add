import { useEffect, useEffectEvent, useRef, useState } from 'react';

type Props = {
  seconds: number;
  /** False while paused or blanked: the time already run is kept. */
  running: boolean;
  onDone: () => void;
};

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * One slide's wait before the next, drawn as a line along the bottom edge.
 * Mounted afresh for every slide, so each starts from zero.
 */
export function AutoAdvance({ seconds, running, onDone }: Props) {
  const total = seconds * 1000;
  const elapsed = useRef(0);
  const [fraction, setFraction] = useState(0);
  const done = useEffectEvent(onDone);

  useEffect(() => {
    if (!running) return;
    const origin = Date.now() - elapsed.current;
    const finish = window.setTimeout(done, Math.max(0, total - elapsed.current));
    // With reduced motion the line moves once a second instead of gliding.
    const tick = window.setInterval(
      () => setFraction(Math.min(1, (Date.now() - origin) / total)),
      reducedMotion() ? 1000 : 100,
    );
    return () => {
      window.clearTimeout(finish);
      window.clearInterval(tick);
      elapsed.current = Math.min(total, Date.now() - origin);
    };
  }, [running, total]);

  return (
    <div className={`present-progress${running ? '' : ' present-progress--paused'}`} aria-hidden="true">
      <div className="present-progress__bar" style={{ transform: `scaleX(${fraction})` }} />
    </div>
  );
}
