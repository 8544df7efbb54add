import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Stands in for the browser's observer: the test says where the placeholder is, as the browser would. */
class FakeObserver {
  static last: FakeObserver | undefined;
  constructor(readonly report: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    FakeObserver.last = this;
  }
  observe() {}
  disconnect() {}
  /** The placeholder's top edge `top` px below the viewport's top, within the observer's margin. */
  comesNear(top: number) {
    act(() => this.report([{ isIntersecting: true, boundingClientRect: { top } as DOMRectReadOnly }]));
  }
}

/** The module keeps one flag per page: each test loads it afresh and reads the flag as a component does. */
async function placeholderObserved() {
  vi.resetModules();
  const charts = await import('../../src/lib/charts-wanted');
  const wanted = renderHook(() => charts.useChartsWanted()).result;
  const stopObserving = charts.requestChartsNear(document.createElement('div'));
  return { wanted, stopObserving };
}

/** Lets fake time pass, with React's updates flushed. */
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('innerHeight', 768);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('requestChartsNear', () => {
  it('asks for the charts at once when their section is in view', async () => {
    const { wanted } = await placeholderObserved();
    expect(wanted.current).toBe(false);
    FakeObserver.last!.comesNear(700);
    expect(wanted.current).toBe(true);
  });

  it('waits for the page to settle when their section is only near the viewport', async () => {
    const { wanted } = await placeholderObserved();
    FakeObserver.last!.comesNear(1200);
    await wait(1900);
    expect(wanted.current).toBe(false);
    await wait(200);
    expect(wanted.current).toBe(true);
  });

  it('does not ask later once the placeholder is gone', async () => {
    const { wanted, stopObserving } = await placeholderObserved();
    FakeObserver.last!.comesNear(1200);
    stopObserving?.();
    await wait(5000);
    expect(wanted.current).toBe(false);
  });

  it('asks without waiting out the delay when the visitor scrolls', async () => {
    const { wanted } = await placeholderObserved();
    FakeObserver.last!.comesNear(1200);
    window.dispatchEvent(new Event('scroll'));
    await wait(10);
    expect(wanted.current).toBe(true);
  });
});
