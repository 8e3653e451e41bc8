/**
 * Stable error codes of the NCALayer client. UI code switches on these; `message` is for logs.
 * - `ncalayer-unavailable`        nothing answers on the NCALayer port (not installed, not running)
 * - `ncalayer-not-responding`     something accepted the connection but never greeted like NCALayer
 * - `ncalayer-blocked-by-csp`     the page's Content-Security-Policy forbids the connection; the
 *                                 message names the `connect-src` sources to add (for developers)
 * - `local-network-blocked`       the browser's Local Network Access permission is denied
 * - `ncalayer-cancelled`          the user closed NCALayer's dialog
 * - `ncalayer-failed`             NCALayer answered with an error (its own message is kept)
 * - `ncalayer-protocol`           a frame that is not what the protocol says for the call (the
 *                                 socket is then reset)
 * - `ncalayer-signature-mismatch` the CMS that came back does not cover the data sent to be signed
 *                                 (a stale or foreign answer; the socket is then reset)
 * - `ncalayer-closed`             the socket dropped while a call was waiting for its answer
 */
export type NcaLayerErrorCode =
  | 'ncalayer-unavailable'
  | 'ncalayer-not-responding'
  | 'ncalayer-blocked-by-csp'
  | 'local-network-blocked'
  | 'ncalayer-cancelled'
  | 'ncalayer-failed'
  | 'ncalayer-protocol'
  | 'ncalayer-signature-mismatch'
  | 'ncalayer-closed';

export interface NcaLayerErrorDetails {
  /** NCALayer's own code: "500" (commonUtils), "SIGNING_FAILURE" (basics), "MODULE_NOT_FOUND"… */
  ncalayerCode?: string;
  /** basics' `details` (usually a Java exception). */
  details?: string;
  cause?: unknown;
}

export class NcaLayerError extends Error {
  override readonly name = 'NcaLayerError';
  readonly code: NcaLayerErrorCode;
  readonly ncalayerCode: string | undefined;
  readonly details: string | undefined;

  constructor(code: NcaLayerErrorCode, message: string, { ncalayerCode, details, cause }: NcaLayerErrorDetails = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.ncalayerCode = ncalayerCode;
    this.details = details;
  }
}

/**
 * Recognises an NcaLayerError by its brand (`name` and a string `code`), not by class identity:
 * a client made by a second copy of the library on the page throws errors of another class.
 */
export function isNcaLayerError(error: unknown, code?: NcaLayerErrorCode): error is NcaLayerError {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code: actual } = error as { name?: unknown; code?: unknown };
  return name === 'NcaLayerError' && typeof actual === 'string' && (code === undefined || actual === code);
}
