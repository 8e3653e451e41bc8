/**
 * A draft as it is stored, and the checks on everything read back: a record may have been
 * written by another version, damaged, or edited in devtools, and nothing unchecked reaches a form.
 */
import { isSealed, type Sealed } from './crypto.js';
import { isSecret } from './secrets.js';
import type { DraftFile, DraftInput, DraftKind, DraftProblemCode, DraftSummary } from './types.js';

/** A file as its draft record lists it, readable: enough to size and delete it without the key. */
export interface StoredFile {
  id: string;
  size: number;
}

/**
 * One `drafts` record. Readable: what `list()`, expiry and the version and key checks need.
 * Sealed (`iv`, `bytes`): the payload, with the data and the files' names, types and hashes.
 */
export interface StoredDraft extends Sealed, Omit<DraftSummary, 'fileCount' | 'setAside'> {
  schemaVersion: number;
  keyId: string;
  files: StoredFile[];
  /** Only `draft-corrupt` is written down (finding it takes a decryption); newer and key-lost are seen from the readable fields. */
  setAside?: DraftProblemCode;
}

/** One `files` record: a file's ciphertext, as a Blob or, where the browser refuses Blobs, as bytes (save.ts). */
export interface StoredFileBytes {
  iv: Uint8Array<ArrayBuffer>;
  bytes: Blob | ArrayBuffer;
}

/** A file's entry in the sealed payload: the DraftFile without its bytes, and the id of the record that holds them. */
export type FileEntry = Omit<DraftFile, 'blob'> & { id: string };

/** What a payload decrypts to. kind, step and steps are sealed too, and the sealed ones are what `load` answers. */
export interface Payload {
  kind: DraftKind;
  step: number;
  steps: number;
  files: FileEntry[];
  data: Record<string, unknown>;
}

type Loose = Record<string, unknown>;
const KINDS: unknown[] = ['resident', 'non-resident'] satisfies DraftKind[];
const isObject = (value: unknown): value is Loose => !!value && typeof value === 'object' && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isText = (value: unknown): value is string => typeof value === 'string';

const isPlace = (d: Loose) => KINDS.includes(d.kind) && isCount(d.step) && isCount(d.steps);

/** A file as the uploader gives it: what the store itself relies on (the rest is the uploader's, kept as JSON). */
/** A Blob or File from any realm (a host's iframe hands over files made there, `instanceof` would refuse them). */
const isBlob = (value: unknown) => ['[object Blob]', '[object File]'].includes(Object.prototype.toString.call(value));
const isFile = (f: unknown) => isObject(f) && isText(f.slot) && isText(f.name) && isText(f.type) && isCount(f.size) && isText(f.sha256) && isBlob(f.blob);

export const isDraftInput = (d: unknown): d is DraftInput =>
  isObject(d) && isText(d.id) && !!d.id && isPlace(d) && isObject(d.data) && (d.files === undefined || (Array.isArray(d.files) && d.files.every(isFile)));

export const isStoredDraft = (r: unknown): r is StoredDraft =>
  isObject(r) && isText(r.id) && isPlace(r) && isTime(r.updatedAt) && isTime(r.expiresAt) && isCount(r.schemaVersion) && isText(r.keyId) && isSealed(r) && Array.isArray(r.files);

/** Whether two reads found the same write (or both nothing): every write has its own random IV, where two saves can share a millisecond. */
export const sameWrite = (a: unknown, b: unknown) => String((a as Partial<StoredDraft>)?.iv) === String((b as Partial<StoredDraft>)?.iv);

export const isExpired = (r: unknown, now: number) => isObject(r) && isTime(r.expiresAt) && r.expiresAt <= now;

/** What `list()` shows of any record, even a damaged one (zeros and `resident` stand for what cannot be read). */
export function summary(r: Partial<StoredDraft>, setAside?: DraftProblemCode): DraftSummary {
  const number = (value: unknown) => (isTime(value) ? value : 0);
  return {
    id: String(r.id),
    kind: r.kind === 'non-resident' ? r.kind : 'resident',
    step: number(r.step),
    steps: number(r.steps),
    updatedAt: number(r.updatedAt),
    expiresAt: number(r.expiresAt),
    fileCount: Array.isArray(r.files) ? r.files.length : 0,
    ...(setAside && { setAside }),
  };
}

/**
 * JSON of a value, or undefined when it holds a secret (secrets.ts): the check rides on the one
 * pass that serialises, which matters for the main-thread cost of an autosave. Throws where JSON
 * does (a cycle, a BigInt).
 */
export function toJson(value: unknown): string | undefined {
  let secret = false;
  const json = JSON.stringify(value, function (this: object, key: string, inner: unknown) {
    if (key && isSecret(this, key)) secret = true;
    return inner;
  });
  return secret ? undefined : json;
}

/** The payload's plaintext: `[meta, data]`, the data's JSON already made (see `toJson`). */
export const encodePayload = (metaJson: string, dataJson: string) => new TextEncoder().encode(`[${metaJson},${dataJson}]`);

/**
 * The payload, or undefined when it is not one. AES-GCM has already proved that this code wrote
 * it under this key, id and version, so the check is only that the layout is this one.
 */
export function decodePayload(bytes: ArrayBuffer): Payload | undefined {
  try {
    const [meta, data] = JSON.parse(new TextDecoder().decode(bytes));
    if (isPlace(meta) && isObject(data) && Array.isArray(meta.files)) return { ...meta, data } as Payload;
  } catch {
    // not JSON
  }
}
