import { useSyncExternalStore } from 'react';

/** The browser's full screen, on or off. A browser that refuses (no user gesture, a kiosk policy) is left as it is. */
export function toggleFullscreen(): void {
  try {
    const request = document.fullscreenElement
      ? document.exitFullscreen?.()
      : document.documentElement.requestFullscreen?.();
    void request?.catch(() => undefined);
  } catch {
    // Full screen is a convenience: failing to enter it changes nothing else.
  }
}

export function enterFullscreen(): void {
  if (!document.fullscreenElement) toggleFullscreen();
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) toggleFullscreen();
}

const subscribe = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
};

/** Whether the page is in the browser's full screen now. */
export function useFullscreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => document.fullscreenElement != null,
    () => false,
  );
}
