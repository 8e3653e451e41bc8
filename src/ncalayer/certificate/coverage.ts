// Loaded lazily by expectSignatureCovers(), like everything under certificate/: pages that never
// check a signature do not download the DER reader.
import { isContentInfo } from './cms.js';
import { children, isContextTag, octetsOf, oidOf, parseDer } from './der.js';
import { MESSAGE_DIGEST, WEBCRYPTO_DIGESTS } from './digests.js';
import { decodeBase64, toDer } from './encoding.js';

/** What was sent to be signed, as NCALayer reads it (basics `signingParams`, research §4.1). */
export interface SignedRequest {
  /** The `data` string as sent. */
  data: string;
  /** `data` is base64 of the bytes to sign; otherwise its UTF-8 bytes are signed. */
  decode: boolean;
  /** The bytes are already the digest: the CMS carries them as its messageDigest. */
  digested: boolean;
}

/**
 * - `covers`: the CMS is over exactly the bytes sent;
 * - `mismatch`: it is over other bytes (a stale or foreign answer);
 * - `unverifiable`: detached, and no SignerInfo has a digest this browser can compute (GOST
 *   34.11 is not in WebCrypto; no signed attributes; no WebCrypto outside a secure context).
 */
export type Coverage = 'covers' | 'mismatch' | 'unverifiable';


interface SignerDigest {
  digestAlgorithm: string | undefined;
  /** The messageDigest signed attribute; null when the SignerInfo has no signed attributes. */
  messageDigest: Uint8Array | null;
}

interface SignedParts {
  /** The encapsulated content; null for a detached CMS. */
  content: Uint8Array | null;
  signers: SignerDigest[];
}

/** The parts of a SignedData that say what was signed. Throws a TypeError when it is not one. */
function signedParts(cms: string): SignedParts {
  const root = parseDer(toDer(cms).der, 'CMS');
  if (!isContentInfo(root)) throw new TypeError('Not a CMS SignedData');
  const fields = children(children(children(root)[1])[0]);
  const encapsulated = children(fields[2]);
  const explicit = encapsulated.find((node) => isContextTag(node, 0));
  const signerInfos = children(fields.at(-1));
  if (signerInfos.length === 0) throw new TypeError('The CMS has no SignerInfo');
  const signers = signerInfos.map((signerInfo): SignerDigest => {
    const parts = children(signerInfo);
    const signedAttributes = parts.find((node) => isContextTag(node, 0));
    const digestAttribute = children(signedAttributes).find((attribute) => oidOf(children(attribute)[0]) === MESSAGE_DIGEST);
    return {
      digestAlgorithm: oidOf(children(parts[2])[0]),
      messageDigest: digestAttribute ? octetsOf(children(children(digestAttribute)[1])[0]) : null,
    };
  });
  return { content: explicit ? octetsOf(children(explicit)[0]) ?? new Uint8Array() : null, signers };
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((byte, i) => byte === b[i]);

function bytesOf({ data, decode }: SignedRequest): Uint8Array | null {
  if (!decode) return new TextEncoder().encode(data);
  try {
    return decodeBase64(data);
  } catch {
    return null;
  }
}

async function digestOf(algorithm: string | undefined, bytes: Uint8Array): Promise<Uint8Array | undefined> {
  const name = algorithm && WEBCRYPTO_DIGESTS[algorithm];
  const subtle = globalThis.crypto?.subtle;
  if (!name || !subtle) return undefined;
  return new Uint8Array(await subtle.digest(name, bytes as Uint8Array<ArrayBuffer>));
}

/**
 * Whether a CMS covers what was sent: an attached CMS must carry exactly those bytes; every
 * messageDigest that can be checked must be their digest (or, for `digested`, those bytes
 * themselves). The cryptographic signature is the server's to verify.
 */
export async function coverageOf(cms: string, request: SignedRequest): Promise<Coverage> {
  const { content, signers } = signedParts(cms);
  const expected = bytesOf(request);
  // Data that cannot even be decoded cannot be what a CMS covers.
  if (!expected) return 'mismatch';
  if (!request.digested && content && !sameBytes(content, expected)) return 'mismatch';
  let checked = !request.digested && content !== null;
  for (const { digestAlgorithm, messageDigest } of signers) {
    if (!messageDigest) continue;
    const wanted = request.digested ? expected : await digestOf(digestAlgorithm, expected);
    if (!wanted) continue;
    if (!sameBytes(messageDigest, wanted)) return 'mismatch';
    checked = true;
  }
  return checked ? 'covers' : 'unverifiable';
}
