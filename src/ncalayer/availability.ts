import { watchCspViolations } from './csp.js';

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

/** Local Network Access address spaces (most private first): requests to a more private one need the permission. */
export type AddressSpace = 'loopback' | 'local' | 'public';

/**
 * The address space of a page, from its host name: a page on loopback (localhost, 127.0.0.0/8,
 * [::1]) reaches NCALayer without Chrome's permission, although `permissions.query` still
 * answers 'prompt' there; private IPv4 ranges and `.local` names are 'local'; anything else
 * is taken as 'public'.
 */
export function addressSpaceOf(hostname: string): AddressSpace {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)) return 'loopback';
  if (/^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.)/.test(host) || host.endsWith('.local') || /^f[cd][0-9a-f]{2}:/.test(host)) return 'local';
  return 'public';
}

/** The address space of the current page ('public' when there is no location, to be safe). */
export function pageAddressSpace(): AddressSpace {
  const hostname = globalThis.location?.hostname;
  return hostname ? addressSpaceOf(hostname) : 'public';
}

/**
 * Whether the browser is asking (or is about to ask, on the first request) the user to let this
 * page reach NCALayer: the permission is in state 'prompt' and the page is not on loopback.
 */
export function isPromptPending(status: PermissionStatus | undefined, addressSpace: AddressSpace): boolean {
  return status?.state === 'prompt' && addressSpace !== 'loopback';
}

/** How long a wait may be held at most by a Local Network Access prompt nobody answers. */
export const PROMPT_PROBE_CAP_MS = 60_000;

/**
 * A deadline for a step that Chrome may hold while it asks the user about local network access
 * (the HTTPS probe, the WebSocket until it opens): `timeoutMs` from now, or, while a prompt is
 * pending, `timeoutMs` after the user answers it, and never later than PROMPT_PROBE_CAP_MS.
 */
export function deadlineAfterPrompt(status: PermissionStatus | undefined, addressSpace: AddressSpace, timeoutMs: number): AbortSignal {
  if (!isPromptPending(status, addressSpace)) return AbortSignal.timeout(timeoutMs);
  const deadline = new AbortController();
  const expire = () => deadline.abort(new DOMException('Timed out', 'TimeoutError'));
  const cap = setTimeout(expire, PROMPT_PROBE_CAP_MS);
  status!.addEventListener?.(
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
  const csp = watchCspViolations(probeUrl);
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
    return (await csp.settle()) ? 'blocked-by-csp' : 'unreachable';
  } finally {
    csp.stop();
  }
}
