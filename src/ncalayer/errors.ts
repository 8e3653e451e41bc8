/**
 * Stable error codes of the NCALayer client. UI code switches on these; `message` is for logs.
 * - `ncalayer-unavailable`  nothing answers on the NCALayer port (not installed, not running)
 * - `local-network-blocked` the browser's Local Network Access permission is denied
 * - `ncalayer-cancelled`    the user closed NCALayer's dialog
 * - `ncalayer-failed`       NCALayer answered with an error (its own message is kept)
 * - `ncalayer-protocol`     a frame that is not what the protocol says (the socket is then reset)
 * - `ncalayer-closed`       the socket dropped while a call was waiting for its answer
 */
export type NcaLayerErrorCode =
  | 'ncalayer-unavailable'
  | 'local-network-blocked'
  | 'ncalayer-cancelled'
  | 'ncalayer-failed'
  | 'ncalayer-protocol'
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

export function isNcaLayerError(error: unknown, code?: NcaLayerErrorCode): error is NcaLayerError {
  return error instanceof NcaLayerError && (code === undefined || error.code === code);
}
