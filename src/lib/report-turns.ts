/**
 * Reports are fetched a few at a time, and the ones on screen first. The history is wanted all at
 * once (the first idle moment, a hand near the period filter), and every answer of the embedded API
 * is made, parsed and checked on the main thread: with 24 reports, the one a leader had just clicked
 * waited behind the other 23. Now it waits for at most `limit` reports already on their way.
 */
export function reportTurns(limit: number) {
  let queue: { reportId: string; go: () => void }[] = [];
  let onScreen = new Set<string>();
  let running = 0;

  const go = (entry: { go: () => void }) => {
    running += 1;
    entry.go();
  };
  const next = () => {
    while (running < limit && queue.length > 0) go(queue.shift()!);
  };

  return {
    /** Runs `fetch` for `reportId` once its turn has come: at once if a place is free or it is on screen. */
    async take<T>(reportId: string, fetch: () => Promise<T>): Promise<T> {
      if (running < limit || onScreen.has(reportId)) running += 1;
      else await new Promise<void>((resolve) => queue.push({ reportId, go: resolve }));
      try {
        return await fetch();
      } finally {
        running -= 1;
        next();
      }
    },
    /** The reports now on screen: those still waiting go at once, and later ones never wait. */
    showing(reportIds: readonly string[]): void {
      onScreen = new Set(reportIds);
      const hurried = queue.filter((entry) => onScreen.has(entry.reportId));
      queue = queue.filter((entry) => !onScreen.has(entry.reportId));
      hurried.forEach(go);
    },
  };
}
