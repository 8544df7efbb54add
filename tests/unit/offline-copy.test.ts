import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveOfflineCopyLater } from '../../src/lib/offline-copy';

/** A service worker registration whose active worker records what it is asked. */
function fakeServiceWorker(connection?: { saveData: boolean }) {
  const postMessage = vi.fn();
  vi.stubGlobal('navigator', {
    ...navigator,
    connection,
    serviceWorker: { ready: Promise.resolve({ active: { postMessage } }) },
  });
  return postMessage;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('saveOfflineCopyLater', () => {
  it('asks the service worker to save the copy only once the page has had five seconds to settle', async () => {
    const postMessage = fakeServiceWorker();
    saveOfflineCopyLater();
    await vi.advanceTimersByTimeAsync(4900);
    expect(postMessage).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(postMessage).toHaveBeenCalledWith('save-offline-copy');
  });

  it('sends nothing more to a visitor whose browser asks to save data', async () => {
    const postMessage = fakeServiceWorker({ saveData: true });
    saveOfflineCopyLater();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(postMessage).not.toHaveBeenCalled();
  });
});
