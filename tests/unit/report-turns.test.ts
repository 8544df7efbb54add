import { describe, expect, it } from 'vitest';
import { reportTurns } from '../../src/lib/report-turns';

/** A fetch that stays open until its test ends it, noting when it started. */
function heldFetches() {
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  const fetchOf = (reportId: string) => () => {
    started.push(reportId);
    return new Promise<string>((resolve) => finish.set(reportId, () => resolve(reportId)));
  };
  return { started, fetchOf, end: (reportId: string) => finish.get(reportId)!() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('report turns', () => {
  it('fetches at most the limit at once, the rest in the order asked, each as a place frees', async () => {
    const turns = reportTurns(2);
    const { started, fetchOf, end } = heldFetches();
    const answers = ['a', 'b', 'c', 'd'].map((id) => turns.take(id, fetchOf(id)));
    await settle();
    expect(started).toEqual(['a', 'b']);
    end('b');
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);
    end('a');
    end('c');
    await settle();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    end('d');
    expect(await Promise.all(answers)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lets a report that comes on screen leave the queue at once, and never queues one on screen', async () => {
    const turns = reportTurns(2);
    const { started, fetchOf } = heldFetches();
    for (const id of ['a', 'b', 'c', 'd', 'e']) void turns.take(id, fetchOf(id));
    await settle();
    turns.showing(['d']);
    await settle();
    expect(started).toEqual(['a', 'b', 'd']);
    void turns.take('x', fetchOf('x'));
    turns.showing(['y']);
    void turns.take('y', fetchOf('y'));
    await settle();
    expect(started).toEqual(['a', 'b', 'd', 'y']);
  });

  it('frees its place when a fetch fails', async () => {
    const turns = reportTurns(1);
    const failed = turns.take('a', () => Promise.reject(new Error('offline')));
    const next = turns.take('b', () => Promise.resolve('b'));
    await expect(failed).rejects.toThrow('offline');
    expect(await next).toBe('b');
  });
});
