import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdFetchUntil } from '../../src/lib/fetch-gate';

const browserFetch = window.fetch;
afterEach(() => {
  window.fetch = browserFetch;
});

const api = new URL('/api/v1/', document.baseURI).href;

describe('holdFetchUntil', () => {
  it('starts the API at its first request, not before, and only once', async () => {
    const network = vi.fn(async () => new Response('{}'));
    window.fetch = network;
    const start = vi.fn(async () => undefined);
    holdFetchUntil(api, start);
    expect(start).not.toHaveBeenCalled();
    await Promise.all([window.fetch(`${api}periods`), window.fetch(`${api}indicators`)]);
    expect(start).toHaveBeenCalledTimes(1);
    expect(network).toHaveBeenCalledTimes(2);
  });

  it('lets other requests pass without starting the API', async () => {
    const network = vi.fn(async () => new Response('font'));
    window.fetch = network;
    const start = vi.fn(async () => undefined);
    holdFetchUntil(api, start);
    await window.fetch('/assets/font.woff2');
    expect(start).not.toHaveBeenCalled();
    expect(network).toHaveBeenCalledOnce();
  });

  it('holds a request to the API until the API has started, then sends it where the API installed', async () => {
    window.fetch = vi.fn(async () => new Response('network'));
    let started!: () => void;
    const inPage = vi.fn(async () => new Response('in-page'));
    holdFetchUntil(
      api,
      () =>
        new Promise<void>((resolve) => {
          started = () => {
            window.fetch = inPage;
            resolve();
          };
        }),
    );
    let answered = false;
    const answer = window.fetch(`${api}periods`).then((response) => ((answered = true), response.text()));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answered).toBe(false);
    started();
    expect(await answer).toBe('in-page');
  });
});
