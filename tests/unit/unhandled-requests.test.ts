import { afterEach, describe, expect, it, vi } from 'vitest';
import { failOnUnhandledRequests, unhandledRequests } from '../support/unhandled-requests';

/**
 * tests/setup.ts fails a test that made a request no MSW handler answers: the request is refused and
 * recorded, and the check run after every test throws, naming it. Here the check is called by hand,
 * so that this test can show it throwing and still pass.
 */

afterEach(() => vi.restoreAllMocks());

describe('requests no handler answers', () => {
  it('are refused, recorded with method and URL, and fail the check after the test', async () => {
    const msw = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(fetch('http://localhost:3000/elsewhere', { method: 'POST' })).rejects.toThrow();
    expect(msw).toHaveBeenCalled();
    expect(unhandledRequests).toEqual(['POST http://localhost:3000/elsewhere']);
    expect(() => failOnUnhandledRequests()).toThrow(
      'No MSW handler answered this request:\n  POST http://localhost:3000/elsewhere',
    );
    // The check empties the record: the next test starts afresh.
    expect(unhandledRequests).toEqual([]);
  });

  it('leave the check quiet when every request was answered', async () => {
    expect((await fetch('http://localhost:3000/api/v1/indicators')).ok).toBe(true);
    expect(unhandledRequests).toEqual([]);
    expect(() => failOnUnhandledRequests()).not.toThrow();
  });
});
