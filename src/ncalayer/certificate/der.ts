/**
 * A small, strict DER reader: just enough to read X.509 certificates and CMS SignedData in the
 * page (a general ASN.1 library cost the registration flow ~19 kB min+gzip).
 *
 * Framing is strict — definite lengths only, nothing past the end, no trailing bytes, bounded
 * nesting — and every fault is a TypeError naming what was expected. Contents are decoded only
 * when asked for, and children are read on first use: a certificate is mostly read in part.
 */

export type TagClass = 'universal' | 'application' | 'context' | 'private';

const TAG_CLASSES: readonly TagClass[] = ['universal', 'application', 'context', 'private'];

/** Universal tag numbers of the types read here. */
const UNIVERSAL = { integer: 2, bitString: 3, octetString: 4, oid: 6 } as const;

/** Universal types that DER encodes constructed; every other universal type is primitive. */
const CONSTRUCTED_UNIVERSAL = new Set([8, 11, 16, 17, 29]); // EXTERNAL, EMBEDDED PDV, SEQUENCE, SET, CHARACTER STRING

/** Far deeper than any certificate or CMS (a CMS carrying certificates is about 12 levels), and
 * low enough that a hostile input cannot drive a recursive walk into the stack limit. */
const MAX_DEPTH = 32;

/** One TLV. `contents` and `encoded` are views into the reader's own copy of the input. */
export class DerNode {
  #children: DerNode[] | undefined;

  constructor(
    readonly tagClass: TagClass,
    readonly tagNumber: number,
    readonly constructed: boolean,
    /** The whole encoding: identifier, length and contents. */
    readonly encoded: Uint8Array,
    readonly contents: Uint8Array,
    readonly depth: number,
    /** What the outermost structure was parsed as, for error messages. */
    readonly what: string,
  ) {}

  /** The nodes inside a constructed node, read on first call; none for a primitive one. */
  children(): DerNode[] {
    if (!this.constructed) return [];
    if (this.depth >= MAX_DEPTH) fail(this.what, `nested deeper than ${MAX_DEPTH} levels`);
    this.#children ??= readAll(this.contents, this.depth + 1, this.what);
    return [...this.#children]; // a copy: a caller's splice must not change the tree
  }
}

function fail(what: string, reason: string): never {
  throw new TypeError(`Not a ${what}: ${reason}`);
}

/** Reads bytes[at] or fails: every read goes through here so truncation is always caught. */
function byteAt(bytes: Uint8Array, at: number, what: string): number {
  const byte = bytes[at];
  if (byte === undefined) fail(what, `truncated at byte ${at}`);
  return byte;
}

interface Header { tagClass: TagClass; tagNumber: number; constructed: boolean; contentsStart: number; length: number }

function readTagNumber(bytes: Uint8Array, at: number, what: string): { tagNumber: number; next: number } {
  let tagNumber = 0;
  for (let i = at; i < at + 4; i++) {
    const byte = byteAt(bytes, i, what);
    if (i === at && byte === 0x80) fail(what, 'tag number with a leading zero');
    tagNumber = tagNumber * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) return { tagNumber, next: i + 1 };
  }
  return fail(what, 'tag number too large');
}

/** Definite lengths only; long forms up to 4 bytes. A non-minimal long form is read as BER
 * would: some CAs emit one, and the certificate is still the one the server will check. */
function readLength(bytes: Uint8Array, at: number, what: string): { length: number; next: number } {
  const first = byteAt(bytes, at, what);
  if (first < 0x80) return { length: first, next: at + 1 };
  if (first === 0x80) fail(what, 'indefinite length (not DER)');
  const count = first & 0x7f;
  if (count > 4) fail(what, `length of ${count} bytes`);
  let length = 0;
  for (let i = 1; i <= count; i++) length = length * 256 + byteAt(bytes, at + i, what);
  return { length, next: at + 1 + count };
}

function readHeader(bytes: Uint8Array, at: number, what: string): Header {
  const identifier = byteAt(bytes, at, what);
  const tagClass = TAG_CLASSES[identifier >> 6]!;
  const constructed = (identifier & 0x20) !== 0;
  const { tagNumber, next } = (identifier & 0x1f) === 0x1f
    ? readTagNumber(bytes, at + 1, what)
    : { tagNumber: identifier & 0x1f, next: at + 1 };
  if (tagClass === 'universal') {
    if (tagNumber === 0) fail(what, 'end-of-contents outside an indefinite length');
    if (constructed !== CONSTRUCTED_UNIVERSAL.has(tagNumber)) {
      fail(what, `universal type ${tagNumber} encoded ${constructed ? 'constructed' : 'primitive'}`);
    }
  }
  const { length, next: contentsStart } = readLength(bytes, next, what);
  return { tagClass, tagNumber, constructed, contentsStart, length };
}

function readNode(bytes: Uint8Array, at: number, depth: number, what: string): DerNode {
  const { tagClass, tagNumber, constructed, contentsStart, length } = readHeader(bytes, at, what);
  const end = contentsStart + length;
  if (end > bytes.length) fail(what, `length ${length} at byte ${at} runs past the end`);
  return new DerNode(tagClass, tagNumber, constructed, bytes.subarray(at, end), bytes.subarray(contentsStart, end), depth, what);
}

function readAll(bytes: Uint8Array, depth: number, what: string): DerNode[] {
  const nodes: DerNode[] = [];
  let at = 0;
  while (at < bytes.length) {
    const node = readNode(bytes, at, depth, what);
    nodes.push(node);
    at += node.encoded.length;
  }
  return nodes;
}

/** Parses one whole DER structure, or throws a TypeError naming what was expected. */
export function parseDer(bytes: Uint8Array, what: string): DerNode {
  // A copy, so that a caller reusing its buffer cannot change a parsed certificate.
  const own = bytes.slice();
  const node = readNode(own, 0, 0, what);
  if (node.encoded.length !== own.length) fail(what, `${own.length - node.encoded.length} bytes after the end`);
  return node;
}

/** The children of a constructed node (SEQUENCE, SET, [n] EXPLICIT); none for anything else. */
export function children(node: DerNode | undefined): DerNode[] {
  return node?.children() ?? [];
}

export function isContextTag(node: DerNode | undefined, tagNumber: number): boolean {
  return node?.tagClass === 'context' && node.tagNumber === tagNumber;
}

export function isUniversal(node: DerNode | undefined, tagNumber: number): node is DerNode {
  return node?.tagClass === 'universal' && node.tagNumber === tagNumber;
}

export function hexOf(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A copy of the raw contents of a node ([n] IMPLICIT primitives, mostly). */
export function contentsOf(node: DerNode): Uint8Array {
  return node.contents.slice();
}

/** A copy of the node's whole encoding (a certificate inside a CMS, an issuer Name to compare). */
export function encodedOf(node: DerNode): Uint8Array {
  return node.encoded.slice();
}

/** The contents of an OCTET STRING; null for any other node. */
export function octetsOf(node: DerNode | undefined): Uint8Array | null {
  return isUniversal(node, UNIVERSAL.octetString) ? contentsOf(node) : null;
}

/** An INTEGER's two's-complement bytes as hex, as DER has them; null for any other node. */
export function integerHexOf(node: DerNode | undefined): string | null {
  if (!isUniversal(node, UNIVERSAL.integer)) return null;
  if (node.contents.length === 0) fail(node.what, 'empty INTEGER');
  return hexOf(node.contents);
}

/** A BIT STRING's bytes without its leading unused-bits count; null for any other node. */
export function bitStringOf(node: DerNode | undefined): Uint8Array | null {
  if (!isUniversal(node, UNIVERSAL.bitString)) return null;
  const unused = node.contents[0];
  if (unused === undefined || unused > 7 || (unused > 0 && node.contents.length === 1)) fail(node.what, 'bad BIT STRING');
  return node.contents.slice(1);
}

/** Dotted OID, arcs of any size; undefined for any other node. */
export function oidOf(node: DerNode | undefined): string | undefined {
  if (!isUniversal(node, UNIVERSAL.oid)) return undefined;
  const arcs = oidArcs(node.contents, node.what);
  // The first subidentifier packs two arcs: 40 × first + second, where only a first arc of 2
  // can have a second arc of 40 or more (2.999… is valid).
  const head = arcs.shift()!;
  const first = head < 80n ? head / 40n : 2n;
  return [first, head - first * 40n, ...arcs].join('.');
}

/** Base-128 subidentifiers, high bit = more to come; BigInt since UUID arcs (2.25.…) are 128-bit. */
function oidArcs(contents: Uint8Array, what: string): bigint[] {
  if (contents.length === 0 || contents.at(-1)! & 0x80) fail(what, 'truncated OBJECT IDENTIFIER');
  const arcs: bigint[] = [];
  let arc = 0n;
  let fresh = true;
  for (const byte of contents) {
    // DER forbids padding a subidentifier with 0x80, which would give one OID two encodings.
    if (fresh && byte === 0x80) fail(what, 'OBJECT IDENTIFIER arc with a leading zero');
    arc = (arc << 7n) | BigInt(byte & 0x7f);
    fresh = !(byte & 0x80);
    if (fresh) {
      arcs.push(arc);
      arc = 0n;
    }
  }
  return arcs;
}
