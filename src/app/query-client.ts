import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api-client';

export const retryPolicy = { attempts: 3, baseDelayMs: 1000, maxDelayMs: 10_000 };

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < retryPolicy.attempts && error instanceof ApiError && error.transient;
}

/** Exponential backoff, unless the server said when to come back (Retry-After). */
export function retryDelay(attempt: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfterMs !== undefined) {
    return Math.min(error.retryAfterMs, retryPolicy.maxDelayMs);
  }
  return Math.min(retryPolicy.baseDelayMs * 2 ** attempt, retryPolicy.maxDelayMs);
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        // The embedded data is served without a network: never pause a query because the
        // browser thinks it is offline (a meeting room may have no internet at all).
        networkMode: 'always',
        refetchOnWindowFocus: false,
      },
    },
  });
}
