import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

/**
 * A flag that turns on once, when something first wants the work it guards, and that components
 * read. Off on the server and while a prerendered page is taken over, so both render alike.
 */
export function wantedFlag() {
  let wanted = false;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return {
    want(): void {
      if (wanted) return;
      wanted = true;
      for (const listener of listeners) listener();
    },
    isWanted: () => wanted,
    useWanted: (): boolean =>
      useSyncExternalStore(
        subscribe,
        () => wanted,
        () => false,
      ),
    /**
     * The same, for work that can wait a moment: the render the want causes is a transition, which
     * yields to input and paint instead of holding the main thread as `useWanted`'s does.
     */
    useWantedSoon: (): boolean => {
      const [seen, setSeen] = useState(false);
      useEffect(() => {
        const see = () => startTransition(() => setSeen(true));
        if (wanted) see();
        return subscribe(see);
      }, []);
      return seen;
    },
  };
}
