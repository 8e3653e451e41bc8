import { expect } from '@open-wc/testing';
import {
  checkDigit,
  identifyNumber,
  parseBin,
  parseIin,
  validateBin,
  validateIin,
  validateIinOrBin,
} from '../../src/model/index.js';
import { below, pick, prng } from './prng.js';

describe('model: IIN', () => {
  // domain.md §1.5: public numbers from library test suites, then synthetic ones.
  const valid: Array<[string, string, 'male' | 'female']> = [
    ['871008401427', '1987-10-08', 'female'],
    ['760212350620', '1976-02-12', 'male'],
    ['680503450037', '1968-05-03', 'female'],
    ['061211600012', '2006-12-11', 'female'], // check digit from pass 2
    ['900101300017', '1990-01-01', 'male'],
    ['051231600027', '2005-12-31', 'female'],
    ['990101100030', '1899-01-01', 'male'], // century digit 1
    ['900101300811', '1990-01-01', 'male'], // check digit from pass 2
  ];

  for (const [iin, birthDate, sex] of valid) {
    it(`accepts ${iin} and reads ${birthDate}, ${sex}`, () => {
      expect(validateIin(iin)).to.deep.equal({ ok: true, value: iin });
      expect(parseIin(iin)).to.deep.equal({ ok: true, value: { birthDate, sex } });
    });
  }

  it('refuses a wrong check digit', () => {
    expect(validateIin('871008401428')).to.deep.equal({ ok: false, code: 'iin-checksum' });
    expect(validateIin('900101300018')).to.deep.equal({ ok: false, code: 'iin-checksum' });
  });

  it('refuses prefixes for which both weight passes give 10, whatever the last digit', () => {
    for (let last = 0; last <= 9; last++) {
      expect(validateIin(`90010130080${last}`), `90010130080${last}`).to.deep.equal({ ok: false, code: 'iin-unassignable' });
      expect(validateIin(`90010130161${last}`), `90010130161${last}`).to.deep.equal({ ok: false, code: 'iin-unassignable' });
    }
    expect(checkDigit('90010130080')).to.equal(undefined);
  });

  it('computes check digits with pass 1 and, when it gives 10, pass 2', () => {
    expect(checkDigit('90010130001')).to.equal(7); // pass 1
    expect(checkDigit('06121160001')).to.equal(2); // pass 2
    expect(checkDigit('90010130081')).to.equal(1); // pass 2
  });

  it('refuses impossible birth dates, leap years included', () => {
    expect(validateIin(withCheck('9002303')), '30 Feb').to.deep.equal({ ok: false, code: 'iin-date' });
    expect(validateIin(withCheck('9013013')), 'month 13').to.deep.include({ ok: false, code: 'iin-date' });
    expect(validateIin(withCheck('9000013')), 'month 00').to.deep.include({ ok: false, code: 'iin-date' });
    expect(validateIin(withCheck('9001003')), 'day 00').to.deep.include({ ok: false, code: 'iin-date' });
    expect(validateIin(withCheck('9004313')), '31 April').to.deep.include({ ok: false, code: 'iin-date' });
    // 29 February: 2000 and 1996 are leap years, 1900 and 2001 are not.
    expect(parseIin(withCheck('0002295'))).to.deep.equal({ ok: true, value: { birthDate: '2000-02-29', sex: 'male' } });
    expect(parseIin(withCheck('9602294'))).to.deep.equal({ ok: true, value: { birthDate: '1996-02-29', sex: 'female' } });
    expect(validateIin(withCheck('0002293')), '1900-02-29').to.deep.include({ ok: false, code: 'iin-date' });
    expect(validateIin(withCheck('0102295')), '2001-02-29').to.deep.include({ ok: false, code: 'iin-date' });
  });

  it('refuses century digits other than 1–6', () => {
    for (const g of ['0', '7', '8', '9']) expect(validateIin(withCheck(`900101${g}`)), g).to.deep.include({ code: 'iin-century' });
  });

  it('reads the century and sex from digit 7', () => {
    const dates = ['1890', '1890', '1990', '1990', '2090', '2090'];
    for (let g = 1; g <= 6; g++) {
      const parsed = parseIin(withCheck(`900101${g}`));
      expect(parsed.ok && parsed.value, String(g)).to.deep.equal({
        birthDate: `${dates[g - 1]}-01-01`,
        sex: g % 2 ? 'male' : 'female',
      });
    }
  });

  it('tells a BIN typed into an IIN field apart', () => {
    expect(validateIin('940140000385')).to.deep.equal({ ok: false, code: 'iin-is-bin' });
  });

  it('normalises pasted numbers with spaces, dashes and line breaks', () => {
    expect(validateIin(' 900101 300017 ')).to.deep.equal({ ok: true, value: '900101300017' });
    expect(validateIin('900-101-300-017')).to.deep.equal({ ok: true, value: '900101300017' });
    expect(validateIin('9001 0130\u00a00017\n')).to.deep.equal({ ok: true, value: '900101300017' });
    expect(validateIin('900101–300017')).to.deep.equal({ ok: true, value: '900101300017' });
  });

  it('answers malformed input with a code', () => {
    const cases: Array<[unknown, string]> = [
      ['', 'required'],
      ['   ', 'required'],
      [' - ', 'required'],
      [undefined, 'required'],
      [null, 'required'],
      ['90010130001', 'iin-length'],
      ['9001013000171', 'iin-length'],
      ['90010130001A', 'iin-not-digits'],
      ['ИИН900101300017', 'iin-not-digits'],
      ['９００１０１３０００１７', 'iin-not-digits'], // full-width digits are not ours
      [900101300017, 'invalid-type'],
      [{}, 'invalid-type'],
      [['900101300017'], 'invalid-type'],
      [true, 'invalid-type'],
      ['9'.repeat(100_000), 'iin-length'],
    ];
    for (const [input, code] of cases) expect(validateIin(input), String(input).slice(0, 20)).to.deep.equal({ ok: false, code });
  });
});

describe('model: BIN', () => {
  const valid: Array<[string, string, string, string]> = [
    ['940140000385', '1994-01', 'resident', 'head'], // Halyk Bank
    ['990140004654', '1999-01', 'resident', 'head'],
    ['950341000052', '1995-03', 'resident', 'branch'],
    ['961141000023', '1996-11', 'resident', 'branch'], // pass 2
    ['070941024691', '2007-09', 'resident', 'branch'],
    ['150340000129', '2015-03', 'resident', 'head'],
    ['190751000349', '2019-07', 'non-resident', 'branch'],
    ['211152000561', '2021-11', 'non-resident', 'representative'], // pass 2
    ['200560000781', '2020-05', 'joint-entrepreneur', 'head'],
    ['180263000909', '2018-02', 'joint-entrepreneur', 'peasant-farm'],
  ];
  for (const [bin, registered, kind, unit] of valid) {
    it(`accepts ${bin}: ${registered}, ${kind}, ${unit}`, () => {
      expect(validateBin(bin)).to.deep.equal({ ok: true, value: bin });
      expect(parseBin(bin)).to.deep.equal({ ok: true, value: { registered, kind, unit } });
      expect(identifyNumber(bin)).to.equal('bin');
    });
  }

  it('refuses a wrong check digit and unassignable prefixes', () => {
    expect(validateBin('940140000386')).to.deep.equal({ ok: false, code: 'bin-checksum' });
    const prefix = unassignablePrefix('1503400');
    expect(validateBin(`${prefix}0`)).to.deep.equal({ ok: false, code: 'bin-unassignable' });
  });

  it('checks the type digit (4, 5, 6), the attribute (0–3) and the month', () => {
    expect(validateBin('900101300017')).to.deep.equal({ ok: false, code: 'bin-type' }); // an IIN
    expect(validateBin(withCheck('15037'))).to.deep.include({ code: 'bin-type' });
    expect(validateBin(withCheck('15034400'))).to.deep.include({ code: 'bin-attribute' });
    expect(validateBin(withCheck('15004000'))).to.deep.include({ code: 'bin-month' });
    expect(validateBin(withCheck('15134000'))).to.deep.include({ code: 'bin-month' });
  });

  it('answers malformed input with BIN codes', () => {
    expect(validateBin('94014000038')).to.deep.equal({ ok: false, code: 'bin-length' });
    expect(validateBin('94014000038O')).to.deep.equal({ ok: false, code: 'bin-not-digits' });
    expect(validateBin('')).to.deep.equal({ ok: false, code: 'required' });
    expect(validateBin(940140000385)).to.deep.equal({ ok: false, code: 'invalid-type' });
    expect(validateBin(' 9401 4000 0385 ')).to.deep.equal({ ok: true, value: '940140000385' });
  });
});

describe('model: IIN or BIN', () => {
  it('identifies numbers by digit 5', () => {
    expect(identifyNumber('900101300017')).to.equal('iin');
    expect(identifyNumber('940140000385')).to.equal('bin');
    expect(identifyNumber('200560000781')).to.equal('bin');
    expect(identifyNumber('9401-4000-0385')).to.equal('bin');
    expect(identifyNumber('90010130001')).to.equal(undefined);
    expect(identifyNumber(null)).to.equal(undefined);
    expect(identifyNumber(123)).to.equal(undefined);
  });

  it('validates each with its own rules', () => {
    expect(validateIinOrBin('900101300017')).to.deep.equal({ ok: true, value: '900101300017' });
    expect(validateIinOrBin('940140000385')).to.deep.equal({ ok: true, value: '940140000385' });
    expect(validateIinOrBin('940140000386')).to.deep.equal({ ok: false, code: 'bin-checksum' });
    expect(validateIinOrBin('900101300018')).to.deep.equal({ ok: false, code: 'iin-checksum' });
  });
});

/**
 * A second, deliberately plain implementation of the rules (domain.md §1.2–1.4): explicit
 * weight tables, a month-length table and the Gregorian leap rule instead of Date. The model
 * must agree with it on every generated number, code included.
 */
const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function plainCheck(digits: number[]): number | 'none' {
  const sum = (weights: number[]) => weights.reduce((total, w, i) => total + w * digits[i], 0);
  const first = sum(W1) % 11;
  if (first < 10) return first;
  const second = sum(W2) % 11;
  return second < 10 ? second : 'none';
}

function plainChecksum(digits: number[], prefix: string): string | undefined {
  const check = plainCheck(digits);
  if (check === 'none') return `${prefix}-unassignable`;
  return check === digits[11] ? undefined : `${prefix}-checksum`;
}

function plainIin(number: string): string {
  const d = [...number].map(Number);
  if (d[4] === 4 || d[4] === 5 || d[4] === 6) return 'iin-is-bin';
  if (d[6] < 1 || d[6] > 6) return 'iin-century';
  const year = (d[6] <= 2 ? 1800 : d[6] <= 4 ? 1900 : 2000) + d[0] * 10 + d[1];
  const month = d[2] * 10 + d[3];
  const day = d[4] * 10 + d[5];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
  if (month < 1 || month > 12 || day < 1 || day > days) return 'iin-date';
  return plainChecksum(d, 'iin') ?? 'ok';
}

function plainBin(number: string): string {
  const d = [...number].map(Number);
  if (d[4] < 4 || d[4] > 6) return 'bin-type';
  if (d[5] > 3) return 'bin-attribute';
  const month = d[2] * 10 + d[3];
  if (month < 1 || month > 12) return 'bin-month';
  return plainChecksum(d, 'bin') ?? 'ok';
}

/** The first `prefix` digits padded to 11 with zeros, plus the correct check digit. */
function withCheck(prefix: string): string {
  const first11 = prefix.padEnd(11, '0');
  return first11 + (checkDigit(first11) ?? 0);
}

/** An 11-digit prefix starting with `start` for which no check digit exists. */
function unassignablePrefix(start: string): string {
  for (let serial = 0; serial < 10_000; serial++) {
    const candidate = start + String(serial).padStart(11 - start.length, '0');
    if (plainCheck([...candidate].map(Number).concat(0)) === 'none') return candidate;
  }
  throw new Error('no unassignable prefix found');
}

describe('model: generated IINs and BINs against a plain implementation', () => {
  const SEED = 20261126;
  const COUNT = 6000;

  /** Numbers of three shapes: random digits, plausible IINs, plausible BINs; the check digit
   * is right half of the time, so every outcome occurs often. */
  function generate(random: () => number): string {
    const shape = below(random, 3);
    let first11: string;
    if (shape === 0) {
      first11 = pick(random, '0123456789', 11);
    } else if (shape === 1) {
      const yy = pick(random, '0123456789', 2);
      const mm = String(below(random, 14)).padStart(2, '0'); // 00–13: some invalid
      const dd = String(below(random, 33)).padStart(2, '0'); // 00–32: some invalid
      first11 = yy + mm + dd + pick(random, '01234567', 1) + pick(random, '0123456789', 4);
    } else {
      const yy = pick(random, '0123456789', 2);
      const mm = String(below(random, 14)).padStart(2, '0');
      first11 = yy + mm + pick(random, '3456', 1) + pick(random, '01234', 1) + pick(random, '0123456789', 5);
    }
    if (random() < 0.06) {
      // Unassignable prefixes are rare (about 1 in 121): walk the serial until one turns up.
      for (let step = 0; step < 500 && checkDigit(first11) !== undefined; step++) {
        first11 = first11.slice(0, 7) + String((Number(first11.slice(7)) + 1) % 10_000).padStart(4, '0');
      }
    }
    const right = checkDigit(first11);
    const last = right !== undefined && random() < 0.5 ? right : below(random, 10);
    return first11 + last;
  }

  it(`agrees on ${COUNT} numbers (seed ${SEED})`, () => {
    const random = prng(SEED);
    const outcomes = new Map<string, number>();
    for (let i = 0; i < COUNT; i++) {
      const number = generate(random);
      const iin = validateIin(number);
      const bin = validateBin(number);
      const expectedIin = plainIin(number);
      const expectedBin = plainBin(number);
      const context = `#${i} ${number}`;
      expect(iin.ok ? 'ok' : iin.code, `IIN ${context}`).to.equal(expectedIin);
      expect(bin.ok ? 'ok' : bin.code, `BIN ${context}`).to.equal(expectedBin);
      expect(identifyNumber(number), context).to.equal('456'.includes(number[4]) ? 'bin' : 'iin');
      // Spaces and dashes never change the verdict.
      const pasted = `${number.slice(0, 4)} ${number.slice(4, 8)}-${number.slice(8)}`;
      expect(validateIin(pasted).ok, `pasted ${context}`).to.equal(iin.ok);
      outcomes.set(`iin:${expectedIin}`, (outcomes.get(`iin:${expectedIin}`) ?? 0) + 1);
      outcomes.set(`bin:${expectedBin}`, (outcomes.get(`bin:${expectedBin}`) ?? 0) + 1);
    }
    // The generator must reach every rule, or the comparison proves little.
    for (const outcome of [
      'iin:ok', 'iin:iin-is-bin', 'iin:iin-century', 'iin:iin-date', 'iin:iin-unassignable', 'iin:iin-checksum',
      'bin:ok', 'bin:bin-type', 'bin:bin-attribute', 'bin:bin-month', 'bin:bin-unassignable', 'bin:bin-checksum',
    ]) {
      expect(outcomes.get(outcome) ?? 0, outcome).to.be.greaterThan(20);
    }
  });

  it('parses what it accepts back into the same date and sex as the plain reading', () => {
    const random = prng(SEED + 1);
    let checked = 0;
    for (let i = 0; i < COUNT && checked < 1000; i++) {
      const number = generate(random);
      const parsed = parseIin(number);
      if (!parsed.ok) continue;
      checked++;
      const g = Number(number[6]);
      const century = g <= 2 ? '18' : g <= 4 ? '19' : '20';
      expect(parsed.value.birthDate, number).to.equal(`${century}${number.slice(0, 2)}-${number.slice(2, 4)}-${number.slice(4, 6)}`);
      expect(parsed.value.sex, number).to.equal(g % 2 ? 'male' : 'female');
    }
    expect(checked).to.be.greaterThan(200);
  });
});
