import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api-client';

/** Only failures that may pass on their own are retried; bad data stays bad. */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.failure === 'network' || (error.status ?? 0) >= 500);
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 3 && isTransient(error),
        refetchOnWindowFocus: false,
      },
    },
  });
}
