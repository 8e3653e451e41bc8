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

/**
 * msw's worker unregisters itself when its last page goes (a reload: the old page closes), and
 * msw in the new page asks that going registration to update without waiting for the answer:
 * Chromium rejects it ("Not found") as an unhandled rejection. The mock stands in for the portal's
 * server and starts afresh either way; this one rejection is not the visitor's business.
 */
function ignoreMockWorkerUpdateRace(): void {
  addEventListener('unhandledrejection', (event) => {
    const message = String((event.reason as { message?: unknown } | undefined)?.message ?? '');
    if (message.startsWith('Failed to update a ServiceWorker') && message.includes(WORKER_URL)) event.preventDefault();
  });
}

export async function startMockBackend(): Promise<void> {
  try {
    ignoreMockWorkerUpdateRace();
    allowWorkerRegistration();
    const { setupBrowserMocks } = await import('../mocks/backend/browser.js');
    // What a server remembers (a confirmed e-mail, a registered user) survives a reload, as a server's would.
    await setupBrowserMocks({ serviceWorkerUrl: WORKER_URL, remember: sessionStorage });
  } catch (error) {
    console.warn('Mock backend not started', error);
  }
}
