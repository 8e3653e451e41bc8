/**
 * Fast "is anything there?" checks made before opening the WebSocket. Browsers back off
 * repeated failing WebSocket connections, so a refused `new WebSocket()` can take seconds or
 * minutes to report; an HTTPS fetch to the same port fails at once (research §1.4).
 */

export type LocalNetworkPermission = PermissionState | 'unsupported';

/**
 * Chrome's Local Network Access permission for loopback. The permission was renamed, so the
 * current name is asked first and the older alias second.
 */
export async function queryLocalNetworkPermission(): Promise<LocalNetworkPermission> {
  const permissions = globalThis.navigator?.permissions;
  if (!permissions?.query) return 'unsupported';
  for (const name of ['loopback-network', 'local-network-access']) {
    try {
      const status = await permissions.query({ name: name as PermissionName });
      return status.state;
    } catch {
      // Unknown permission name in this browser: try the next one.
    }
  }
  return 'unsupported';
}

/** wss://host:port/… → https://host:port/ (NCALayer answers plain HTTPS GETs on its port). */
export function probeUrlFor(socketUrl: string): string {
  const url = new URL(socketUrl);
  url.protocol = url.protocol === 'ws:' ? 'http:' : 'https:';
  url.pathname = '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

export type ProbeResult = 'reachable' | 'unreachable' | 'blocked-by-csp';

/**
 * Asks over HTTPS whether anything answers on the NCALayer port: 'unreachable' when the connection
 * is refused or does not answer within `timeoutMs`. `no-cors` because the answer is never read:
 * that it arrives is the signal. With `timeoutMs` undefined it waits as long as the browser does
 * (used while a Local Network Access prompt is showing).
 *
 * A host page whose CSP lists only `connect-src wss://127.0.0.1:13579` blocks this https:// fetch
 * (Chrome does not let a wss: source cover https:), which looks like a refused connection; the
 * page's `securitypolicyviolation` event tells the two apart, giving 'blocked-by-csp'.
 */
export async function probeNcaLayer(socketUrl: string, timeoutMs: number | undefined, signal?: AbortSignal): Promise<ProbeResult> {
  const probeUrl = probeUrlFor(socketUrl);
  let blocked = false;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    if (event.blockedURI.replace(/\/?$/, '/') === probeUrl) blocked = true;
  };
  globalThis.document?.addEventListener('securitypolicyviolation', onViolation);
  const signals = [signal, timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs)].filter((s): s is AbortSignal => s !== undefined);
  try {
    await fetch(probeUrl, {
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      signal: signals.length ? AbortSignal.any(signals) : undefined,
    });
    return 'reachable';
  } catch {
    if (signal?.aborted) throw signal.reason;
    // The violation event is queued as a task of its own: let it arrive before deciding.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return blocked ? 'blocked-by-csp' : 'unreachable';
  } finally {
    globalThis.document?.removeEventListener('securitypolicyviolation', onViolation);
  }
}
