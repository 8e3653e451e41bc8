/**
 * AES-GCM 256 for drafts. The key is made non-extractable, so script can use it but never read
 * it out; it lives beside the records (keys.ts), which stops plaintext on disk and in storage
 * exports and lets `clearAll` shred every leftover by deleting it, but does not stop script
 * running in the page (docs/drafts.md, threat model).
 */
const AES = 'AES-GCM';

export interface Sealed {
  /** 96 bits, fresh for every encryption: GCM must never see one IV twice under one key. */
  iv: Uint8Array<ArrayBuffer>;
  bytes: ArrayBuffer;
}

export const newKey = (): Promise<CryptoKey> => crypto.subtle.generateKey({ name: AES, length: 256 }, false, ['encrypt', 'decrypt']);

/** 128 random bits as hex: draft ids, file ids, key ids, tab ids. */
export function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The additionalData of one encryption: what the bytes are and whose they are (record layout,
 * `data` or `file`, draft id, then the schema version or the file id). Ciphertext copied into
 * another record, or a version rewritten in the clear, then fails to decrypt instead of being
 * read as someone else's draft or migrated twice.
 */
export const context = (...parts: (string | number)[]) => new TextEncoder().encode(JSON.stringify(['tirkeu-draft', 1, ...parts]));

export async function seal(key: CryptoKey, plain: BufferSource, additionalData: BufferSource): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  return { iv, bytes: await crypto.subtle.encrypt({ name: AES, iv, additionalData }, key, plain) };
}

/** Rejects (OperationError) on any tampering, wrong key or wrong context. */
export const unseal = (key: CryptoKey, sealed: Sealed, additionalData: BufferSource): Promise<ArrayBuffer> =>
  crypto.subtle.decrypt({ name: AES, iv: sealed.iv, additionalData }, key, sealed.bytes);

/** What a stored `{ iv, bytes }` must look like before it is handed to WebCrypto. */
export const isSealed = (value: unknown): value is Sealed =>
  !!value && (value as Sealed).iv instanceof Uint8Array && (value as Sealed).iv.length === 12 && (value as Sealed).bytes instanceof ArrayBuffer;
