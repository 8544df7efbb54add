import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

type Fit = { width: number; height: number; zoom: number };

/** The dashboard's charts draw their text at 13 px: this is what they are magnified from. */
const chartTextPx = 13;

type Props = {
  /** The smallest drawing, in the chart's own pixels, at which its labels and bars do not crowd. */
  minWidth: number;
  minHeight: number;
  children: ReactNode;
};

/**
 * A dashboard chart, unchanged, made to fill the slide: its drawing is magnified
 * (CSS zoom) towards the slide's label size as far as the room allows, and drawn
 * at the size left for it. recharts sizes a chart from the nearest
 * ResponsiveContainer, so the one here, given the measured size, overrides the
 * chart's own fixed height.
 */
export function FilledChart({ minWidth, minHeight, children }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<Fit>({ width: 1, height: 1, zoom: 1 });

  useLayoutEffect(() => {
    const canvas = root.current?.querySelector<HTMLElement>('.chart__canvas');
    if (!root.current || !canvas || typeof ResizeObserver === 'undefined') return;
    const labelPx = () => parseFloat(getComputedStyle(root.current ?? canvas).fontSize) || 24;
    const measure = () => {
      const box = canvas.getBoundingClientRect();
      if (box.width <= 0 || box.height <= 0) return;
      const wanted = labelPx() / chartTextPx;
      const zoom = Math.floor(Math.max(1, Math.min(wanted, box.width / minWidth, box.height / minHeight)) * 100) / 100;
      const next = { width: Math.floor(box.width / zoom), height: Math.floor(box.height / zoom), zoom };
      setFit((previous) =>
        previous.width === next.width && previous.height === next.height && previous.zoom === next.zoom
          ? previous
          : next,
      );
    };
    const observer = new ResizeObserver(measure);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [minWidth, minHeight]);

  return (
    <div
      ref={root}
      className="present-chart"
      data-fitted={fit.width > 1 ? '' : undefined}
      style={{ '--chart-zoom': fit.zoom } as CSSProperties}
    >
      <ResponsiveContainer width={fit.width} height={fit.height} className="present-chart__sizer">
        {children}
      </ResponsiveContainer>
    </div>
  );
}
