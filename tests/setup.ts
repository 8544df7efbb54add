import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';
import { failOnUnhandledRequests, recordUnhandledRequest } from './support/unhandled-requests';

// findBy* and waitFor give up after 15 s, not Testing Library's 1 s: rendering the whole app in jsdom
// takes seconds on a loaded machine, and a wait that load can exceed makes a flaky test.
configure({ asyncUtilTimeout: 15_000 });

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

// jsdom has the dialog element but not its methods: the source panels open as a browser opens them,
// less the top layer and the focus handling, which the browser tests check.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  if (!this.hasAttribute('open')) return;
  this.removeAttribute('open');
  this.dispatchEvent(new Event('close'));
};
