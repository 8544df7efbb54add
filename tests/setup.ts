import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';
import { failOnUnhandledRequests, recordUnhandledRequest } from './support/unhandled-requests';

// Every request must be answered by a handler: an unexpected one is refused (a network error in the
// app) and, after the test that made it, fails that test, naming its method and URL.
beforeAll(() => server.listen({ onUnhandledRequest: recordUnhandledRequest }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.history.replaceState(null, '', '/');
  failOnUnhandledRequests();
});
afterAll(() => server.close());
