import { NcaLayerError } from './errors.js';
import { isRecord } from './frames.js';

/** NCALayer's answer to a module it does not have: {"success":false,"errorCode":"MODULE_NOT_FOUND"}. */
function moduleFailure(frame: Record<string, unknown>): NcaLayerError | undefined {
  if (frame['success'] !== false) return undefined;
  const code = typeof frame['errorCode'] === 'string' ? frame['errorCode'] : 'UNKNOWN';
  return new NcaLayerError('ncalayer-failed', `NCALayer: ${code}`, { ncalayerCode: code });
}

function unexpected(frame: unknown): NcaLayerError {
  return new NcaLayerError('ncalayer-protocol', `Unexpected answer from NCALayer: ${JSON.stringify(frame)?.slice(0, 120)}`);
}

/**
 * commonUtils: {"code":"200","responseObject":…} or {"code":"500","message":"…"};
 * "action.canceled" is the user closing the dialog (research §3.2).
 */
export function commonUtilsResult(frame: unknown): unknown {
  if (!isRecord(frame)) throw unexpected(frame);
  const failure = moduleFailure(frame);
  if (failure) throw failure;
  const code = frame['code'];
  if (typeof code !== 'string') throw unexpected(frame);
  if (code === '200') return frame['responseObject'];
  const message = typeof frame['message'] === 'string' ? frame['message'] : undefined;
  if (message === 'action.canceled') throw new NcaLayerError('ncalayer-cancelled', 'The user cancelled in NCALayer', { ncalayerCode: code });
  throw new NcaLayerError('ncalayer-failed', message ?? `NCALayer error ${code}`, { ncalayerCode: code });
}

/**
 * basics: {"status":true,"body":{"result":…}}; status true with no result is the user
 * cancelling; {"status":false,"code","message","details"} is a failure (research §4.2).
 */
export function basicsResult(frame: unknown): unknown {
  if (!isRecord(frame)) throw unexpected(frame);
  const failure = moduleFailure(frame);
  if (failure) throw failure;
  if (frame['status'] === false) {
    const code = typeof frame['code'] === 'string' ? frame['code'] : undefined;
    const message = typeof frame['message'] === 'string' ? frame['message'] : `NCALayer error ${code ?? ''}`.trim();
    const details = typeof frame['details'] === 'string' ? frame['details'] : undefined;
    throw new NcaLayerError('ncalayer-failed', message, { ncalayerCode: code, details });
  }
  const body = frame['body'];
  if (frame['status'] !== true || !isRecord(body)) throw unexpected(frame);
  if (!('result' in body)) throw new NcaLayerError('ncalayer-cancelled', 'The user cancelled in NCALayer');
  return body['result'];
}

/** Checks a value's shape, or fails the call as a protocol error. */
export function expectShape<T>(value: unknown, isT: (value: unknown) => value is T, what: string): T {
  if (!isT(value)) throw new NcaLayerError('ncalayer-protocol', `NCALayer answered with something other than ${what}`);
  return value;
}

export const isString = (value: unknown): value is string => typeof value === 'string';
export const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
