import type { SetupWorker } from 'msw/browser';
import { BackendError, HttpBackend, type HttpBackendOptions } from '../../src/backend/index.js';
import { setupBrowserMocks } from '../../mocks/backend/browser.js';
import { createBackendHandlers, type BackendMockOptions } from '../../mocks/backend/index.js';

export const API = '/api';

/** The page's msw worker with a fresh, latency-free mock backend. */
export async function freshBackend(options: BackendMockOptions = {}): Promise<SetupWorker> {
  const worker = await setupBrowserMocks({ latency: 0 });
  worker.resetHandlers(...createBackendHandlers({ latency: 0, ...options }));
  return worker;
}

/** An HttpBackend whose waits are recorded instead of slept. */
export function quickBackend(options: Partial<HttpBackendOptions> = {}) {
  const waits: number[] = [];
  const backend = new HttpBackend({
    apiBase: API,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...options,
  });
  return { backend, waits };
}

/** The BackendError a promise rejects with; fails when it resolves or rejects with something else. */
export async function failure(promise: Promise<unknown>): Promise<BackendError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BackendError) return error;
    throw new Error(`expected a BackendError, got ${String(error)}`);
  }
  throw new Error('expected the call to fail');
}
