/**
 * Fast "is anything there?" checks made before opening the WebSocket. Browsers back off
 * repeated failing WebSocket connections, so a refused `new WebSocket()` can take seconds or
 * minutes to report; an HTTPS fetch to the same port fails at once (research §1.4).
 */

export type LocalNetworkPermission = PermissionState | 'unsupported';

/**
 * Chrome's Local Network Access permission for loopback, as a live status (its `change` event
 * tells when the user answered a prompt). The permission was renamed, so the current name is
 * asked first and the older alias second; `undefined` when the browser knows neither.
 */
export async function localNetworkPermissionStatus(): Promise<PermissionStatus | undefined> {
  const permissions = globalThis.navigator?.permissions;
  if (!permissions?.query) return undefined;
  for (const name of ['loopback-network', 'local-network-access']) {
    try {
      return await permissions.query({ name: name as PermissionName });
    } catch {
      // Unknown permission name in this browser: try the next one.
    }
  }
  return undefined;
}

/** The state of Chrome's Local Network Access permission for loopback. */
export async function queryLocalNetworkPermission(): Promise<LocalNetworkPermission> {
  return (await localNetworkPermissionStatus())?.state ?? 'unsupported';
}

/** How long the probe may wait at most while a Local Network Access prompt is unanswered. */
export const PROMPT_PROBE_CAP_MS = 60_000;

/**
 * When the HTTPS probe stops waiting for an answer: `timeoutMs` from now, or, while Chrome is
 * asking the user about local network access (the request waits on their answer), `timeoutMs`
 * after they answer, and never later than PROMPT_PROBE_CAP_MS.
 */
export function probeDeadline(status: PermissionStatus | undefined, timeoutMs: number): AbortSignal {
  if (status?.state !== 'prompt') return AbortSignal.timeout(timeoutMs);
  const deadline = new AbortController();
  const expire = () => deadline.abort(new DOMException('The NCALayer probe timed out', 'TimeoutError'));
  const cap = setTimeout(expire, PROMPT_PROBE_CAP_MS);
  status.addEventListener?.(
    'change',
    () => {
      clearTimeout(cap);
      setTimeout(expire, timeoutMs);
    },
    { once: true },
  );
  return deadline.signal;
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

export type ProbeResult = 'reachable' | 'silent' | 'unreachable' | 'blocked-by-csp';

/**
 * Asks over HTTPS whether anything listens on the NCALayer port: 'unreachable' when the
 * connection is refused (that is what "not running" looks like, and it comes at once), 'silent'
 * when something accepted the connection but gave no HTTP answer before `deadline` (some
 * NCALayer look-alikes speak only WebSocket there: the socket will tell), 'reachable' when it
 * answered before `deadline`. `no-cors` because the answer is never read: that it arrives is the signal.
 *
 * A host page whose CSP lists only `connect-src wss://127.0.0.1:13579` blocks this https:// fetch
 * (Chrome does not let a wss: source cover https:), which looks like a refused connection; the
 * page's `securitypolicyviolation` event tells the two apart, giving 'blocked-by-csp'.
 */
export async function probeNcaLayer(socketUrl: string, deadline: AbortSignal, signal?: AbortSignal): Promise<ProbeResult> {
  const probeUrl = probeUrlFor(socketUrl);
  let blocked = false;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    if (event.blockedURI.replace(/\/?$/, '/') === probeUrl) blocked = true;
  };
  globalThis.document?.addEventListener('securitypolicyviolation', onViolation);
  try {
    await fetch(probeUrl, {
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
    });
    return 'reachable';
  } catch {
    if (signal?.aborted) throw signal.reason;
    if (deadline.aborted) return 'silent';
    // The violation event is queued as a task of its own: let it arrive before deciding.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return blocked ? 'blocked-by-csp' : 'unreachable';
  } finally {
    globalThis.document?.removeEventListener('securitypolicyviolation', onViolation);
  }
}
