import { expect } from '@open-wc/testing';
import {
  bitStringOf, children, contentsOf, encodedOf, integerHexOf, isContextTag, octetsOf, oidOf, parseDer, type DerNode,
} from '../../src/ncalayer/certificate/der.js';
import { dateOf, textOf } from '../../src/ncalayer/certificate/der-text.js';

// Every input below is written out byte by byte, and every expected value by hand.

/** "30 03 02 01 05" → bytes; ASCII runs may be given as 'text' in single quotes. */
function der(source: string): Uint8Array {
  const bytes: number[] = [];
  for (const token of source.match(/'[^']*'|\S+/g) ?? []) {
    if (token.startsWith("'")) bytes.push(...Array.from(token.slice(1, -1), (c) => c.charCodeAt(0)));
    else bytes.push(parseInt(token, 16));
  }
  return Uint8Array.from(bytes);
}

const parse = (source: string): DerNode => parseDer(der(source), 'test structure');
const bytesOf = (data: Uint8Array | null): number[] | null => (data ? Array.from(data) : null);
/** Throws a TypeError that names what was expected and, when given, why. */
function rejects(read: () => unknown, reason = /./): void {
  expect(read).to.throw(TypeError, /^Not a test structure: /);
  expect(read).to.throw(TypeError, reason);
}

describe('DER reader: structure', () => {
  // SEQUENCE { INTEGER 128, [0] EXPLICIT OCTET STRING 07, [1] IMPLICIT 09, BIT STRING (5 unused) a0 }
  const sequence = '30 10  02 02 00 80  a0 03 04 01 07  81 01 09  03 02 05 a0';

  it('reads tag class, number, constructed flag, contents and the whole encoding', () => {
    const root = parse(sequence);
    expect([root.tagClass, root.tagNumber, root.constructed]).to.deep.equal(['universal', 16, true]);
    const [integer, explicit, implicit, bits] = children(root);
    expect(children(root)).to.have.length(4);
    expect([integer!.tagClass, integer!.tagNumber, integer!.constructed]).to.deep.equal(['universal', 2, false]);
    expect(integerHexOf(integer)).to.equal('0080');
    expect(bytesOf(encodedOf(integer!))).to.deep.equal([0x02, 0x02, 0x00, 0x80]);
    expect([explicit!.tagClass, explicit!.tagNumber, explicit!.constructed]).to.deep.equal(['context', 0, true]);
    expect(isContextTag(explicit, 0)).to.equal(true);
    expect(isContextTag(explicit, 1)).to.equal(false);
    expect(bytesOf(octetsOf(children(explicit)[0]))).to.deep.equal([0x07]);
    expect(isContextTag(implicit, 1)).to.equal(true);
    expect(bytesOf(contentsOf(implicit!))).to.deep.equal([0x09]);
    expect(bytesOf(bitStringOf(bits))).to.deep.equal([0xa0]);
  });

  it('answers "not this type" for a node of another type', () => {
    const [integer] = children(parse(sequence));
    expect(oidOf(integer)).to.equal(undefined);
    expect(textOf(integer)).to.equal(null);
    expect(dateOf(integer)).to.equal(null);
    expect(octetsOf(integer)).to.equal(null);
    expect(bitStringOf(integer)).to.equal(null);
    expect(integerHexOf(children(parse(sequence))[1])).to.equal(null);
    expect(children(integer)).to.deep.equal([]);
    expect(children(undefined)).to.deep.equal([]);
  });

  it('reads one- and two-byte long-form lengths', () => {
    const short = parse(`04 81 c8 ${'ab '.repeat(200)}`);
    expect(bytesOf(octetsOf(short))).to.deep.equal(new Array(200).fill(0xab));
    const long = parse(`04 82 01 2c ${'cd '.repeat(300)}`);
    expect(bytesOf(octetsOf(long))).to.deep.equal(new Array(300).fill(0xcd));
  });

  it('accepts a non-minimal long-form length, as BER readers do', () => {
    expect(bytesOf(octetsOf(parse('04 81 01 ff')))).to.deep.equal([0xff]);
  });

  it('reads high tag numbers', () => {
    expect(parse('9f 1f 01 00').tagNumber).to.equal(31);
    expect(parse('9f 81 48 01 00').tagNumber).to.equal(200);
  });

  it('keeps its own copy of the input', () => {
    const input = der('04 01 07');
    const node = parseDer(input, 'test structure');
    input[2] = 0x09;
    expect(bytesOf(octetsOf(node))).to.deep.equal([0x07]);
  });
});

describe('DER reader: malformed input is a TypeError naming what was expected', () => {
  it('rejects truncated input', () => {
    rejects(() => parse(''), /truncated/);
    rejects(() => parse('30'), /truncated/);
    rejects(() => parse('04 82 01'), /truncated/);
    rejects(() => parse('9f 81'), /truncated/);
  });

  it('rejects a length past the end, at the top and inside a parent', () => {
    rejects(() => parse('30 05 02 01'), /past the end/);
    const parent = parse('30 03 02 05 00');
    rejects(() => children(parent), /past the end/);
  });

  it('rejects trailing bytes after the whole structure', () => {
    rejects(() => parse('02 01 00 ff'), /1 bytes after the end/);
  });

  it('rejects indefinite lengths', () => {
    rejects(() => parse('30 80 02 01 00 00 00'), /indefinite/);
    rejects(() => children(parse('30 04 30 80 00 00')), /indefinite/);
  });

  it('rejects a length of more than 4 bytes', () => {
    rejects(() => parse('04 85 00 00 00 00 01 00'));
  });

  it('rejects end-of-contents, constructed primitives and primitive SEQUENCEs', () => {
    rejects(() => parse('00 00'));
    rejects(() => parse('24 03 04 01 00')); // BER's constructed OCTET STRING
    rejects(() => parse('10 00'));
  });

  /** `levels` SEQUENCEs around a NULL, each written out: 30 <length> … 05 00. */
  function nested(levels: number): DerNode {
    let hex = '05 00';
    for (let i = 0; i < levels; i++) hex = `30 ${(hex.split(' ').length).toString(16).padStart(2, '0')} ${hex}`;
    return parse(hex);
  }
  const innermost = (root: DerNode): DerNode => {
    let node = root;
    while (node.constructed) node = children(node)[0]!;
    return node;
  };

  it('reads 32 levels of nesting and rejects 33', () => {
    expect(innermost(nested(32)).tagNumber).to.equal(5);
    rejects(() => innermost(nested(33)), /nested deeper than 32/);
  });

  it('rejects malformed OIDs, INTEGERs, BIT STRINGs and strings', () => {
    rejects(() => oidOf(parse('06 00')));
    rejects(() => oidOf(parse('06 02 2a 86'))); // last arc unfinished
    rejects(() => oidOf(parse('06 03 2a 80 01'))); // arc padded with 0x80
    rejects(() => integerHexOf(parse('02 00')));
    rejects(() => bitStringOf(parse('03 00')));
    rejects(() => bitStringOf(parse('03 02 08 00'))); // 8 unused bits
    rejects(() => bitStringOf(parse('03 01 03'))); // unused bits in no byte
    rejects(() => textOf(parse('1e 03 00 41 00'))); // BMPString of odd length
    rejects(() => textOf(parse('1c 02 00 41'))); // UniversalString not a multiple of 4
  });
});

describe('DER reader: OBJECT IDENTIFIER', () => {
  it('reads arcs of one and several bytes', () => {
    expect(oidOf(parse('06 06 2a 86 48 86 f7 0d'))).to.equal('1.2.840.113549');
    expect(oidOf(parse('06 0a 09 92 26 89 93 f2 2c 64 01 01'))).to.equal('0.9.2342.19200300.100.1.1');
  });

  it('reads a first arc of 2 with a second arc of 40 or more', () => {
    expect(oidOf(parse('06 03 88 37 03'))).to.equal('2.999.3');
  });

  it('reads arcs past 2^53 exactly', () => {
    // 2.25.(2^128 − 1): 0x69 = 80 + 25, then 19 base-128 digits, 0x83 ff×17 7f.
    expect(oidOf(parse(`06 14 69 83 ${'ff '.repeat(17)}7f`))).to.equal('2.25.340282366920938463463374607431768211455');
  });
});

describe('DER reader: strings', () => {
  it('reads each string type', () => {
    expect(textOf(parse('0c 04 d0 90 d2 9b'))).to.equal('\u0410\u049b'); // UTF8String "Ақ"
    expect(textOf(parse("13 02 'KZ'"))).to.equal('KZ'); // PrintableString
    expect(textOf(parse("16 03 'a@b'"))).to.equal('a@b'); // IA5String
    expect(textOf(parse("14 02 'C' e9"))).to.equal('C\u00e9'); // TeletexString as Latin-1
    expect(textOf(parse('1e 04 04 d8 00 41'))).to.equal('\u04d8A'); // BMPString "ӘA", UTF-16BE
    expect(textOf(parse('1c 08 00 00 04 d8 00 01 f6 00'))).to.equal('\u04d8\u{1f600}'); // UniversalString, UTF-32BE
    expect(textOf(parse("12 03 '12 '"))).to.equal('12 '); // NumericString
    expect(textOf(parse("1a 02 'OK'"))).to.equal('OK'); // VisibleString
  });

  it('reads a UniversalString value that is no character as U+FFFD', () => {
    expect(textOf(parse('1c 04 00 11 00 00'))).to.equal('\ufffd');
  });
});

describe('DER reader: times', () => {
  const iso = (source: string): string | undefined => dateOf(parse(source))?.toISOString();

  it('reads UTCTime, years 00–49 as 20xx and 50–99 as 19xx', () => {
    expect(iso("17 0d '491231235959Z'")).to.equal('2049-12-31T23:59:59.000Z');
    expect(iso("17 0d '500101000000Z'")).to.equal('1950-01-01T00:00:00.000Z');
  });

  it('reads GeneralizedTime, with fractions and years before 100', () => {
    expect(iso("18 0f '20451231235959Z'")).to.equal('2045-12-31T23:59:59.000Z');
    expect(iso("18 11 '20250101000000.5Z'")).to.equal('2025-01-01T00:00:00.500Z');
    expect(iso("18 0f '00990101000000Z'")).to.equal('0099-01-01T00:00:00.000Z');
  });

  it('rejects a time that is not UTC, lacks seconds, or names no real instant', () => {
    rejects(() => dateOf(parse("17 0c '491231235959'")));
    rejects(() => dateOf(parse("17 0b '4912312359Z'")));
    rejects(() => dateOf(parse("17 0d '250230000000Z'"))); // 30 February
    rejects(() => dateOf(parse("18 0f '20251231246000Z'")));
    rejects(() => dateOf(parse("18 11 '20250101000000.0Z'"))); // DER: no trailing zero in the fraction
  });
});
