/**
 * The examples' backend: the repository's mock of the REST contract (docs/backend.md, mocks/backend/),
 * answered inside the page by msw's service worker (served at /mockServiceWorker.js). A real portal
 * drops this module and points `api-base` at its server.
 */
import { setupBrowserMocks } from '../../mocks/backend/browser.js';

/** Where the mock answers, and so the `api-base` the examples give the flow. */
export const API_BASE = '/api';

/** Resolves once the worker intercepts the page's requests, so start it before the flow can send one. */
export async function startMockBackend(): Promise<void> {
  await setupBrowserMocks({ apiBase: API_BASE, serviceWorkerUrl: '/mockServiceWorker.js' });
}
