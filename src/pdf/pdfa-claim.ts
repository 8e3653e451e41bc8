/**
 * Reads the PDF/A claim (ISO 19005's `pdfaid:part` and `pdfaid:conformance`) from an XMP packet.
 *
 * Why our own reader: pdf.js' metadata map keeps only child elements of rdf:Description, so the
 * attribute form (`<rdf:Description pdfaid:part="2" …/>`, what Acrobat and Ghostscript write)
 * is invisible to `metadata.get()`; and DOMParser is no option, because under Trusted Types
 * `parseFromString` is a TrustedHTML sink. This is a small, strict, linear XML scanner: it
 * tracks namespace scopes (the prefix is whatever the packet binds to the PDF/A namespace, not
 * the literal `pdfaid`), skips comments and processing instructions, reads CDATA as text,
 * expands only XML's predefined and numeric character references, and gives up — no claim —
 * on anything malformed, on a DOCTYPE (a DTD could declare default attributes or entities that
 * other readers would honour), on contradictory claims and on oversized or too deeply nested
 * input. Giving up is safe: a claim is only a hint, veraPDF on the server decides.
 */
import type { PdfaClaim } from './types.js';

export const PDFA_ID_NAMESPACE = 'http://www.aiim.org/pdfa/ns/id/';

/** XMP packets are kilobytes; beyond this the scan could hold the main thread, so no claim is read. */
export const MAX_XMP_LENGTH = 4 * 1024 * 1024;
const MAX_DEPTH = 64;
/** A part or conformance value is one character; a long one is not a claim and need not be kept. */
const MAX_VALUE_LENGTH = 32;

/** The conformance levels each part defines. */
const LEVELS: Record<number, readonly string[]> = { 1: ['A', 'B'], 2: ['A', 'B', 'U'], 3: ['A', 'B', 'U'], 4: ['E', 'F'] };

type Property = 'part' | 'conformance';

/** Namespace state of one open element: which prefixes (and whether the default namespace) mean PDF/A id. */
interface Scope {
  name: string;
  prefixes: ReadonlySet<string>;
  defaultIsPdfa: boolean;
}

class Malformed extends Error {}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** Expands character references; anything else after `&` makes the packet malformed. */
function decode(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;]{0,10});?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Malformed('bare &');
    if (name in PREDEFINED) return PREDEFINED[name];
    const code = /^#x[0-9a-f]{1,6}$/i.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]{1,7}$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) throw new Malformed(`bad reference &${name};`);
    return String.fromCodePoint(code);
  });
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Splits `p:local` into its prefix and local name; a name with two colons is not a namespaced XML name. */
function split(qname: string): [prefix: string | undefined, local: string] {
  const colon = qname.indexOf(':');
  if (colon < 0) return [undefined, qname];
  if (colon === 0 || colon === qname.length - 1 || qname.indexOf(':', colon + 1) >= 0) throw new Malformed(`bad name ${qname}`);
  return [qname.slice(0, colon), qname.slice(colon + 1)];
}

/** The PDF/A id property an element or attribute name stands for in `scope`, if any. */
function property(qname: string, scope: Scope, isAttribute: boolean): Property | undefined {
  const [prefix, local] = split(qname);
  // Unprefixed attributes are in no namespace, whatever the default namespace is.
  const inPdfa = prefix === undefined ? !isAttribute && scope.defaultIsPdfa : scope.prefixes.has(prefix);
  return inPdfa && (local === 'part' || local === 'conformance') ? local : undefined;
}

class Scanner {
  private i = 0;
  private readonly stack: Scope[] = [];
  private readonly found: Record<Property, string[]> = { part: [], conformance: [] };
  /** The PDF/A id element whose text is being read, and the depth it sits at. */
  private capture: { property: Property; depth: number; text: string; valid: boolean } | undefined;

  constructor(private readonly s: string) {}

  run(): Record<Property, string[]> {
    const { s } = this;
    while (this.i < s.length) {
      const lt = s.indexOf('<', this.i);
      const textEnd = lt < 0 ? s.length : lt;
      if (textEnd > this.i && this.capture) this.text(s.slice(this.i, textEnd), true);
      if (lt < 0) break;
      if (s.startsWith('<!--', lt)) this.i = this.after('-->', lt + 4);
      else if (s.startsWith('<![CDATA[', lt)) {
        const end = this.after(']]>', lt + 9);
        if (this.capture) this.text(s.slice(lt + 9, end - 3), false);
        this.i = end;
      } else if (s.startsWith('<?', lt)) this.i = this.after('?>', lt + 2);
      else if (s.startsWith('<!', lt)) throw new Malformed('DOCTYPE or declaration');
      else if (s.startsWith('</', lt)) this.endTag(lt + 2);
      else this.startTag(lt + 1);
    }
    if (this.stack.length) throw new Malformed('unclosed element');
    return this.found;
  }

  /** The index just past the next `token` at or after `from`. */
  private after(token: string, from: number): number {
    const at = this.s.indexOf(token, from);
    if (at < 0) throw new Malformed(`no ${token}`);
    return at + token.length;
  }

  private text(raw: string, encoded: boolean) {
    const capture = this.capture;
    if (!capture || this.stack.length !== capture.depth) return;
    if (capture.text.length + raw.length > MAX_VALUE_LENGTH) capture.valid = false;
    else capture.text += encoded ? decode(raw) : raw;
  }

  /** Reads an XML name starting at the cursor. */
  private name(): string {
    const { s } = this;
    const start = this.i;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (isSpace(c) || c === 0x2f /* / */ || c === 0x3e /* > */ || c === 0x3d /* = */ || c === 0x3c /* < */ || c === 0x22 || c === 0x27) break;
      this.i++;
    }
    if (this.i === start) throw new Malformed('empty name');
    return s.slice(start, this.i);
  }

  private skipSpace() {
    while (this.i < this.s.length && isSpace(this.s.charCodeAt(this.i))) this.i++;
  }

  private startTag(from: number) {
    const { s } = this;
    this.i = from;
    const name = this.name();
    const attributes: Array<[string, string]> = [];
    const seen = new Set<string>();
    let selfClosing = false;
    for (;;) {
      const hadSpace = this.i < s.length && isSpace(s.charCodeAt(this.i));
      this.skipSpace();
      if (this.i >= s.length) throw new Malformed('unterminated tag');
      if (s.startsWith('/>', this.i)) {
        selfClosing = true;
        this.i += 2;
        break;
      }
      if (s[this.i] === '>') {
        this.i++;
        break;
      }
      if (!hadSpace) throw new Malformed('attributes run together');
      const attribute = this.name();
      if (seen.has(attribute)) throw new Malformed(`duplicate attribute ${attribute}`);
      seen.add(attribute);
      this.skipSpace();
      if (s[this.i] !== '=') throw new Malformed('attribute without value');
      this.i++;
      this.skipSpace();
      const quote = s[this.i];
      if (quote !== '"' && quote !== "'") throw new Malformed('unquoted attribute');
      const end = s.indexOf(quote, this.i + 1);
      if (end < 0) throw new Malformed('unterminated attribute');
      const raw = s.slice(this.i + 1, end);
      if (raw.includes('<')) throw new Malformed('< in attribute');
      attributes.push([attribute, decode(raw)]);
      this.i = end + 1;
    }
    const scope = this.open(name, attributes);
    if (this.capture && this.capture.depth === this.stack.length) this.capture.valid = false; // an element inside the value
    for (const [attribute, value] of attributes) {
      const which = property(attribute, scope, true);
      if (which) this.found[which].push(value);
    }
    const which = property(name, scope, false);
    if (selfClosing) {
      if (which) this.found[which].push('');
      return;
    }
    if (this.stack.length >= MAX_DEPTH) throw new Malformed('too deep');
    this.stack.push(scope);
    if (which && !this.capture) this.capture = { property: which, depth: this.stack.length, text: '', valid: true };
  }

  /** The scope of an element from its parent's and its own namespace declarations. */
  private open(name: string, attributes: Array<[string, string]>): Scope {
    const parent = this.stack.at(-1) ?? { name: '', prefixes: new Set<string>(), defaultIsPdfa: false };
    let prefixes: Set<string> | undefined;
    let defaultIsPdfa = parent.defaultIsPdfa;
    for (const [attribute, value] of attributes) {
      if (attribute === 'xmlns') defaultIsPdfa = value === PDFA_ID_NAMESPACE;
      else if (attribute.startsWith('xmlns:')) {
        const prefix = split(attribute)[1];
        if (prefix === 'xml' || prefix === 'xmlns') throw new Malformed(`${attribute} may not be declared`);
        prefixes ??= new Set(parent.prefixes);
        if (value === PDFA_ID_NAMESPACE) prefixes.add(prefix);
        else prefixes.delete(prefix);
      }
    }
    return { name, prefixes: prefixes ?? parent.prefixes, defaultIsPdfa };
  }

  private endTag(from: number) {
    this.i = from;
    const name = this.name();
    this.skipSpace();
    if (this.s[this.i] !== '>') throw new Malformed('bad end tag');
    this.i++;
    const open = this.stack.at(-1);
    if (!open || open.name !== name) throw new Malformed(`</${name}> does not close <${open?.name}>`);
    const capture = this.capture;
    if (capture && capture.depth === this.stack.length) {
      this.found[capture.property].push(capture.valid ? capture.text : '\u0000');
      this.capture = undefined;
    }
    this.stack.pop();
  }
}

/** All values of one property agree (after trimming XML white space): that value; none or a conflict: undefined. */
function single(values: string[]): string | undefined {
  const distinct = new Set(values.map((value) => value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '')));
  return distinct.size === 1 ? [...distinct][0] : undefined;
}

/** The PDF/A claim in this XMP packet, or undefined when there is none or it cannot be read with certainty. */
export function readPdfaClaim(xmp: string): PdfaClaim | undefined {
  if (typeof xmp !== 'string' || xmp.length > MAX_XMP_LENGTH) return undefined;
  let found: Record<Property, string[]>;
  try {
    found = new Scanner(xmp).run();
  } catch (error) {
    if (error instanceof Malformed) return undefined;
    throw error;
  }
  const part = single(found.part);
  if (!part || !/^[1-4]$/.test(part)) return undefined;
  const claim: PdfaClaim = { part: Number(part) };
  if (found.conformance.length) {
    const conformance = single(found.conformance);
    // Contradictory levels make the whole claim doubtful, not just the level.
    if (conformance === undefined) return undefined;
    if (LEVELS[claim.part].includes(conformance)) claim.conformance = conformance;
  }
  return claim;
}
