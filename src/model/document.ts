/**
 * The manifest entry the payload sends for each uploaded file: which slot it fills, and
 * enough about the file (name, size, type, SHA-256) for the backend to match the multipart
 * part and to notice a swapped or damaged upload. Upload limits (size, types) are the
 * uploader's configuration, not rules of the model.
 */
import { asciiLowerCase, CONTROL_CHARACTERS, readString } from './input.js';
import { fail, ok, type Result } from './result.js';

/** Slot ids are kebab-case words: `state-registration`, `charter`, `other-1`. */
export function validateDocumentSlot(input: unknown): Result<string> {
  const read = readString(input, 'document-slot');
  if (!read.ok) return read;
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(read.value) && read.value.length <= 64 ? read : fail('document-slot');
}

/** A bare file name: no folders (a browser never sends them; a crafted payload might). */
export function validateFileName(input: unknown): Result<string> {
  const read = readString(input, 'file-name');
  if (!read.ok) return read;
  const name = read.value;
  return name.length <= 255 && !/[/\\]/.test(name) && !CONTROL_CHARACTERS.test(name) && name !== '.' && name !== '..'
    ? read
    : fail('file-name');
}

/** Size in bytes: a whole number; an empty file is refused, since it cannot be a document. */
export function validateFileSize(input: unknown): Result<number> {
  if (input === undefined || input === null) return fail('required');
  if (typeof input !== 'number') return fail('invalid-type');
  if (!Number.isSafeInteger(input) || input < 0) return fail('file-size');
  return input === 0 ? fail('file-empty') : ok(input);
}

/** A MIME type such as `application/pdf`, lower-cased; parameters are not expected here. */
export function validateFileType(input: unknown): Result<string> {
  const read = readString(input, 'file-type');
  if (!read.ok) return read;
  // ASCII only: the Kelvin sign's toLowerCase() is a plain k.
  const type = asciiLowerCase(read.value);
  return /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/.test(type) ? ok(type) : fail('file-type');
}

/** SHA-256 as 64 hexadecimal digits, lower-cased. */
export function validateSha256(input: unknown): Result<string> {
  const read = readString(input, 'file-sha256');
  if (!read.ok) return read;
  const hash = asciiLowerCase(read.value);
  return /^[0-9a-f]{64}$/.test(hash) ? ok(hash) : fail('file-sha256');
}
