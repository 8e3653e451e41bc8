/** Starts the mock backend in the page (msw service worker) for tests and the demo page. */
import { setupWorker, type SetupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';
import { createBackendHandlers, handlers, type BackendMockOptions, type ScenarioName } from './handlers.js';

export interface BrowserMockOptions extends BackendMockOptions {
  /** Start with a ready-made scenario instead of `createBackendHandlers(options)`. */
  scenario?: ScenarioName;
  /** Handlers placed before the backend's (they win). */
  extra?: RequestHandler[];
  /** Where the worker script is served; default `/mockServiceWorker.js`. */
  serviceWorkerUrl?: string;
}

let running: SetupWorker | undefined;

/**
 * Starts (once per page) the msw worker with the backend's handlers; later calls replace the
 * handlers and return the same worker. `worker.use()` / `worker.resetHandlers()` work as usual.
 */
export async function setupBrowserMocks(options: BrowserMockOptions = {}): Promise<SetupWorker> {
  const list = [...(options.extra ?? []), ...(options.scenario ? handlers[options.scenario] : createBackendHandlers(options))];
  if (running) {
    running.resetHandlers(...list);
    return running;
  }
  const worker = setupWorker(...list);
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
  });
  running = worker;
  return worker;
}
