import { expect } from '@open-wc/testing';
import {
  countryUsesIban,
  formatIban,
  kzBanks,
  lookupKzBank,
  lookupKzBankByBic,
  validateAccountNumber,
  validateIban,
} from '../../src/model/index.js';
import * as ibantools from 'ibantools';
import { below, pick, prng } from './prng.js';

describe('model: IBAN', () => {
  it('accepts IBANs from the registry and from Kazakh banks (domain.md §2)', () => {
    for (const iban of [
      'KZ86125KZT5004100100', // SWIFT registry example
      'KZ45722S000054326792', // Kaspi, letters inside the account part
      'KZ24070105KSN0000000', // treasury
      'DE89370400440532013000',
      'GB29NWBK60161331926819',
      'RU0204452560040702810412345678901',
    ]) {
      expect(validateIban(iban), iban).to.deep.equal({ ok: true, value: iban });
    }
  });

  it('normalises pasted IBANs: spaces, dashes, lower case', () => {
    expect(validateIban(' kz86 125k zt50 0410 0100 ')).to.deep.equal({ ok: true, value: 'KZ86125KZT5004100100' });
    expect(validateIban('KZ86-125K-ZT50-0410-0100')).to.deep.equal({ ok: true, value: 'KZ86125KZT5004100100' });
  });

  it('maps each failure to our code', () => {
    const cases: Array<[unknown, string]> = [
      ['KZ86125KZT5004100101', 'iban-checksum'], // last digit flipped
      ['KZ68125KZT5004100100', 'iban-checksum'], // check digits swapped
      ['KZ13722S00013131565', 'iban-length'], // 19 characters, seen in public code
      ['KZ6785622031435537314', 'iban-length'], // 21 characters
      ['KZ86A25KZT5004100100', 'iban-format'], // bank code must be digits
      ['KZAB125KZT5004100100', 'iban-format'], // check digits must be digits
      ['KZ86125KZT50041001!0', 'iban-format'],
      ['US64SVBKUS6S3300958879', 'iban-country'], // the US has no IBAN
      ['1286125KZT5004100100', 'iban-country'],
      ['QQ86125KZT5004100100', 'iban-country'],
      ['KZ', 'iban-length'],
      ['K', 'iban-country'],
      [`KZ86${'1'.repeat(40)}`, 'iban-length'],
      ['BE68539007547035', 'iban-checksum'], // last digit changed: the IBAN check digits see it first
      ['', 'required'],
      [null, 'required'],
      [42, 'invalid-type'],
      [{ iban: 'KZ86125KZT5004100100' }, 'invalid-type'],
      ['X'.repeat(5000), 'iban-length'],
    ];
    for (const [input, code] of cases) expect(validateIban(input), String(input).slice(0, 40)).to.deep.equal({ ok: false, code });
  });

  it('refuses check digits 00, 01 and 99, which ISO 13616 never issues, though mod-97 accepts them', () => {
    // KZ97… is valid, and 00 ≡ 97, 01 ≡ 98, 99 ≡ 02 (mod 97): ibantools refuses all three.
    const bban = '80787J5W8JVS9MRM';
    expect(ibantools.isValidIBAN(`KZ97${bban}`)).to.equal(true);
    expect(validateIban(`KZ97${bban}`)).to.deep.equal({ ok: true, value: `KZ97${bban}` });
    for (const digits of ['00', '01', '99']) {
      const iban = `KZ${digits}${bban}`;
      expect(ibantools.isValidIBAN(iban), iban).to.equal(false);
      expect(validateIban(iban), iban).to.deep.equal({ ok: false, code: 'iban-checksum' });
    }
    expect(validateIban('KZ0080787J5W8JVS9MRM')).to.deep.equal({ ok: false, code: 'iban-checksum' });
  });

  it('checks the country when the bank country is known', () => {
    expect(validateIban('KZ86125KZT5004100100', { country: 'KZ' }).ok).to.equal(true);
    expect(validateIban('KZ86125KZT5004100100', { country: 'kz' }).ok).to.equal(true);
    expect(validateIban('DE89370400440532013000', { country: 'KZ' })).to.deep.equal({ ok: false, code: 'iban-country-mismatch' });
  });

  it('formats in groups of four', () => {
    expect(formatIban('kz86125kzt5004100100')).to.equal('KZ86 125K ZT50 0410 0100');
    expect(formatIban('KZ86 125K ZT50 0410 0100')).to.equal('KZ86 125K ZT50 0410 0100');
    expect(formatIban('DE8937040044053201300')).to.equal('DE89 3704 0044 0532 0130 0');
    expect(formatIban('KZ8')).to.equal('KZ8');
    expect(formatIban('')).to.equal('');
    expect(formatIban(undefined)).to.equal('');
  });

  it('knows which countries use IBANs', () => {
    for (const country of ['KZ', 'RU', 'DE', 'GB', 'TR', 'AE', 'BY', 'kz']) expect(countryUsesIban(country), country).to.equal(true);
    for (const country of ['US', 'CN', 'UZ', 'KG', 'IN', '', 'XX', 7]) expect(countryUsesIban(country), String(country)).to.equal(false);
  });

  it('accepts account numbers of countries without IBAN', () => {
    expect(validateAccountNumber('  4000 1234-5678 ')).to.deep.equal({ ok: true, value: '400012345678' });
    expect(validateAccountNumber('20208000900123456789ab')).to.deep.equal({ ok: true, value: '20208000900123456789AB' });
    expect(validateAccountNumber('1'.repeat(35))).to.deep.equal({ ok: false, code: 'account-number-format' });
    expect(validateAccountNumber('12/34')).to.deep.equal({ ok: false, code: 'account-number-format' });
    expect(validateAccountNumber('')).to.deep.equal({ ok: false, code: 'required' });
  });
});

describe('model: Kazakh bank lookup', () => {
  it('finds the bank from an IBAN, a part of one, or a bank code', () => {
    expect(lookupKzBank('KZ86125KZT5004100100')?.bic).to.equal('NBRKKZKX');
    expect(lookupKzBank('kz45 722s 0000 5432 6792')?.names).to.deep.equal({
      en: 'Kaspi Bank JSC',
      ru: 'АО «Kaspi Bank»',
      kk: '«Kaspi Bank» АҚ',
    });
    expect(lookupKzBank('KZ12601')?.names.ru).to.equal('АО «Народный Банк Казахстана»');
    expect(lookupKzBank('601')?.names.kk).to.equal('«Қазақстан Халық Банкі» АҚ');
    expect(lookupKzBank('070')?.bic).to.equal('KKMFKZ2A');
    expect(lookupKzBank('KZ12')).to.equal(undefined);
    expect(lookupKzBank('111')).to.equal(undefined);
    expect(lookupKzBank('DE89370400440532013000')).to.equal(undefined);
    expect(lookupKzBank(null)).to.equal(undefined);
  });

  it('finds the bank by BIC, with or without a branch, and by a former BIC', () => {
    expect(lookupKzBankByBic('HSBKKZKX')?.code).to.equal('601');
    expect(lookupKzBankByBic('hsbkkzkxxxx')?.code).to.equal('601');
    expect(lookupKzBankByBic('SABRKZKA')?.bic).to.equal('BRKEKZKA');
    expect(lookupKzBankByBic('HSBKKZK')).to.equal(undefined);
    expect(lookupKzBankByBic('DEUTDEFF')).to.equal(undefined);
    expect(lookupKzBankByBic(undefined)).to.equal(undefined);
  });

  it('agrees with itself: every bank is found by its code and by its BIC', () => {
    for (const bank of kzBanks) {
      expect(lookupKzBank(bank.code), bank.code).to.equal(bank);
      expect(lookupKzBankByBic(bank.bic), bank.bic).to.equal(bank);
    }
  });
});

/**
 * Mod-97 written here, independently of ibantools (ISO 13616 / ISO 7064 MOD 97-10): move the
 * first four characters to the end, letters to 10–35, remainder in chunks.
 */
function mod97(iban: string): number {
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (let i = 0; i < digits.length; i += 7) remainder = Number(String(remainder) + digits.slice(i, i + 7)) % 97;
  return remainder;
}

/** Valid per ISO 13616: remainder 1 and check digits 02–98. */
const plainValid = (iban: string) => mod97(iban) === 1 && Number(iban.slice(2, 4)) >= 2 && Number(iban.slice(2, 4)) <= 98;

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = DIGITS + LETTERS;

/** BBAN shapes from the SWIFT registry for countries without a national check digit. */
const SHAPES: Record<string, Array<[string, number]>> = {
  KZ: [[DIGITS, 3], [ALNUM, 13]],
  RU: [[DIGITS, 14], [ALNUM, 15]],
  DE: [[DIGITS, 18]],
  GB: [[LETTERS, 4], [DIGITS, 14]],
  TR: [[DIGITS, 5], [ALNUM, 17]],
  AE: [[DIGITS, 19]],
  BY: [[LETTERS, 4], [DIGITS, 4], [ALNUM, 16]],
  GE: [[ALNUM, 2], [DIGITS, 16]],
  AZ: [[LETTERS, 4], [ALNUM, 20]],
  UA: [[DIGITS, 6], [ALNUM, 19]],
};

function randomIban(random: () => number): string {
  const countries = Object.keys(SHAPES);
  const country = countries[below(random, countries.length)];
  const bban = SHAPES[country].map(([alphabet, length]) => pick(random, alphabet, length)).join('');
  const check = 98 - mod97(`${country}00${bban}`);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** One character replaced by another of the same kind, so only the checksum can notice. */
function substitute(random: () => number, iban: string): string {
  const at = 2 + below(random, iban.length - 2);
  const alphabet = DIGITS.includes(iban[at]) ? DIGITS : LETTERS;
  let replacement = iban[at];
  while (replacement === iban[at]) replacement = alphabet[below(random, alphabet.length)];
  return iban.slice(0, at) + replacement + iban.slice(at + 1);
}

/** Two neighbours of the same kind swapped (a classic typing error), or `undefined`. */
function transpose(random: () => number, iban: string): string | undefined {
  const at = 4 + below(random, iban.length - 5);
  const a = iban[at];
  const b = iban[at + 1];
  if (a === b || DIGITS.includes(a) !== DIGITS.includes(b)) return undefined;
  return iban.slice(0, at) + b + a + iban.slice(at + 2);
}

describe('model: generated IBANs against an independent mod-97', () => {
  const SEED = 97_13616;
  const COUNT = 3000;

  it(`accepts ${COUNT} valid IBANs and refuses their mutations (seed ${SEED})`, () => {
    const random = prng(SEED);
    let mutated = 0;
    for (let i = 0; i < COUNT; i++) {
      const iban = randomIban(random);
      expect(plainValid(iban), `generator #${i} ${iban}`).to.equal(true);
      expect(validateIban(iban), `#${i} ${iban}`).to.deep.equal({ ok: true, value: iban });
      expect(validateIban(formatIban(iban).toLowerCase()), `#${i} formatted`).to.deep.equal({ ok: true, value: iban });

      for (const wrong of [substitute(random, iban), transpose(random, iban)]) {
        if (!wrong) continue;
        mutated++;
        const result = validateIban(wrong);
        // Mod-97 catches every single substitution and adjacent transposition.
        expect(plainValid(wrong), `#${i} ${wrong} plain`).to.equal(false);
        expect(result, `#${i} ${wrong}`).to.deep.equal({ ok: false, code: 'iban-checksum' });
      }
    }
    expect(mutated).to.be.greaterThan(COUNT);
  });

  it('agrees with mod-97 on random check digits, 00–99 included', () => {
    const random = prng(SEED + 1);
    let accepted = 0;
    for (let i = 0; i < COUNT; i++) {
      const valid = randomIban(random);
      const iban = valid.slice(0, 2) + pick(random, DIGITS, 2) + valid.slice(4);
      const result = validateIban(iban);
      expect(result.ok, `#${i} ${iban}`).to.equal(plainValid(iban));
      if (!result.ok) expect(result.code, `#${i} ${iban}`).to.equal('iban-checksum');
      else accepted++;
    }
    // About 1 in 97 random check digits is right.
    expect(accepted).to.be.within(5, 100);
  });
});

describe('model: the shipped IBAN registry against ibantools', () => {
  // ibantools mirrors the SWIFT registry and is where iban-registry.ts is generated from; the
  // widgets ship the compact table, and this keeps the two in agreement.

  it('knows the same countries, lengths and BBAN shapes', () => {
    for (const [country, spec] of Object.entries(ibantools.countrySpecs)) {
      expect(countryUsesIban(country), country).to.equal(spec.IBANRegistry === true);
    }
  });

  // Verdicts on valid, mutated and random IBANs of every country, national checks included:
  // iban-agreement.test.ts.
});
