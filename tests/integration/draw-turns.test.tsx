import { render, waitFor } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { useTurnToDraw, whenAllDrawn } from '../../src/lib/draw-turns';

/** How many stand-in charts were drawn in the page when each one's drawing was committed. */
let drawnAtCommit: number[] = [];
const drawnInPage = () => document.querySelectorAll('[data-drawn="true"]').length;

function StandInChart({ name }: { name: string }) {
  const drawn = useTurnToDraw();
  useLayoutEffect(() => {
    if (drawn) drawnAtCommit.push(drawnInPage());
  }, [drawn]);
  return <p data-drawn={String(drawn)}>{name}</p>;
}

const charts = ['growth', 'retail', 'budget', 'party'];
const renderCharts = () => render(charts.map((name) => <StandInChart key={name} name={name} />));

async function allDrawn(): Promise<void> {
  let done = false;
  whenAllDrawn(() => (done = true));
  await waitFor(() => expect(done).toBe(true));
}

describe('charts taking turns to draw', () => {
  it('draws none with the page, then one chart per commit, each after the one before', async () => {
    drawnAtCommit = [];
    renderCharts();
    expect(drawnInPage()).toBe(0);
    await allDrawn();
    // Drawn all at once, every chart would find all of them in the page: [4, 4, 4, 4].
    expect(drawnAtCommit).toEqual([1, 2, 3, 4]);
  });

  it('draws every waiting chart before the page is laid out for print', () => {
    renderCharts();
    expect(drawnInPage()).toBe(0);
    window.dispatchEvent(new Event('beforeprint'));
    expect(drawnInPage()).toBe(charts.length);
  });

  it('goes on to the next chart when one is gone before its turn ends', async () => {
    drawnAtCommit = [];
    const { unmount } = render(<StandInChart name="gone" />);
    unmount();
    renderCharts();
    await allDrawn();
    expect(drawnInPage()).toBe(charts.length);
  });
});
