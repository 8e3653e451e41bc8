/** A coded failure, the only kind the store answers (types.ts lists the codes). */
import type { DraftProblemCode } from './types.js';

export type Failure = { ok: false; code: DraftProblemCode; cause?: unknown };

export const fail = (code: DraftProblemCode, cause?: unknown): Failure => (cause === undefined ? { ok: false, code } : { ok: false, code, cause });
