/**
 * Tells a connection refused by the page's Content-Security-Policy from one refused by the
 * network. Both look the same to fetch and WebSocket (a network error, or in some engines a
 * synchronous SecurityError); only the page's `securitypolicyviolation` event says which.
 */

/** `wss://127.0.0.1:13579` and `wss://127.0.0.1:13579/` are the same resource to a CSP report. */
const normalised = (url: string): string => url.replace(/\/?$/, '/');

export interface CspWatch {
  /** True once a violation for the watched URL has been reported. */
  readonly blocked: boolean;
  /**
   * Resolves with `blocked` after the events already queued have run: browsers queue the
   * violation as a task of its own, which may come after the failure it explains.
   */
  settle(): Promise<boolean>;
  stop(): void;
}

/** Watches the page for a CSP violation that blocks `url` (a no-op where there is no document). */
export function watchCspViolations(url: string): CspWatch {
  const target = normalised(url);
  let blocked = false;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    if (normalised(event.blockedURI) === target) blocked = true;
  };
  const document = globalThis.document;
  document?.addEventListener('securitypolicyviolation', onViolation);
  return {
    get blocked() {
      return blocked;
    },
    async settle() {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return blocked;
    },
    stop() {
      document?.removeEventListener('securitypolicyviolation', onViolation);
    },
  };
}

/**
 * What the host page's developer must change, in words for a log: the `connect-src` sources
 * that let the page reach NCALayer (the socket itself and the HTTPS availability probe).
 */
export function cspAdvice(socketUrl: string): string {
  const url = new URL(socketUrl);
  const probe = `${url.protocol === 'ws:' ? 'http:' : 'https:'}//${url.host}`;
  return (
    `The page's Content-Security-Policy blocks the connection to NCALayer at ${url.protocol}//${url.host}. ` +
    `Add "connect-src ${url.protocol}//${url.host} ${probe}" to the policy ` +
    `(the ${url.protocol.replace(':', '')}: source is the connection itself, the ${probe.split(':')[0]}: source the quick check whether NCALayer runs).`
  );
}
