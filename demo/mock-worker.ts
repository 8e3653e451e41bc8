/**
 * Starts the mock backend (msw's service worker) under `require-trusted-types-for 'script'`.
 * `navigator.serviceWorker.register()` is a Trusted Types sink, and msw calls it with a string
 * (it stringifies whatever URL it is given), which the page's CSP refuses. A string reaching a
 * sink goes through the page's `default` policy: this one lets through msw's worker URL and
 * nothing else (no HTML, no script, no other script URL), so every other sink stays refused and
 * reported.
 */
const WORKER_URL = '/mockServiceWorker.js';

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string | null }): unknown;
}

function allowWorkerRegistration(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  factory?.createPolicy('default', {
    createScriptURL: (url) => (url === WORKER_URL ? url : null),
  });
}

export async function startMockBackend(): Promise<void> {
  try {
    allowWorkerRegistration();
    const { setupBrowserMocks } = await import('../mocks/backend/browser.js');
    await setupBrowserMocks({ serviceWorkerUrl: WORKER_URL });
  } catch (error) {
    console.warn('Mock backend not started', error);
  }
}
