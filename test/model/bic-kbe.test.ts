import { expect } from '@open-wc/testing';
import { defaultKbe, parseKbe, validateBic, validateKbe } from '../../src/model/index.js';

describe('model: BIC', () => {
  it('accepts 8- and 11-character BICs, Kazakh non-SWIFT codes and ISO 9362:2014 digits', () => {
    for (const bic of ['HSBKKZKX', 'HSBKKZKXXXX', 'DEUTDEFF500', 'KKMFKZ2A', 'ZAJSKZ22', 'GCVPKZ2A', '1234KZKA', 'RBKOXKPR']) {
      expect(validateBic(bic), bic).to.deep.equal({ ok: true, value: bic });
    }
  });

  it('normalises case and spaces', () => {
    expect(validateBic(' hsbk kz kx ')).to.deep.equal({ ok: true, value: 'HSBKKZKX' });
    expect(validateBic('DEUT-DE-FF-500')).to.deep.equal({ ok: true, value: 'DEUTDEFF500' });
  });

  it('refuses wrong lengths, shapes and countries', () => {
    const cases: Array<[unknown, string]> = [
      ['HSBKKZK', 'bic-length'],
      ['HSBKKZKXX', 'bic-length'],
      ['HSBKKZKXXXXX', 'bic-length'],
      ['HSBK1ZKX', 'bic-format'], // country must be letters
      ['HSBKKZK_', 'bic-format'],
      ['HSBKKŽKX', 'bic-format'],
      ['HSBKQQKX', 'bic-country'],
      ['HSBKZZKX', 'bic-country'],
      ['', 'required'],
      [undefined, 'required'],
      [12345678, 'invalid-type'],
      ['A'.repeat(2000), 'bic-length'],
    ];
    for (const [input, code] of cases) expect(validateBic(input), String(input).slice(0, 20)).to.deep.equal({ ok: false, code });
  });

  it('checks the bank country when it is known', () => {
    expect(validateBic('HSBKKZKX', { country: 'KZ' }).ok).to.equal(true);
    expect(validateBic('HSBKKZKX', { country: 'kz' }).ok).to.equal(true);
    expect(validateBic('DEUTDEFF', { country: 'KZ' })).to.deep.equal({ ok: false, code: 'bic-country-mismatch' });
  });
});

describe('model: KBe', () => {
  it('accepts resident and non-resident codes for sectors 1–9', () => {
    for (let sector = 1; sector <= 9; sector++) {
      expect(validateKbe(`1${sector}`, { resident: true })).to.deep.equal({ ok: true, value: `1${sector}` });
      expect(validateKbe(`2${sector}`, { resident: false })).to.deep.equal({ ok: true, value: `2${sector}` });
      expect(validateKbe(`2${sector}`).ok).to.equal(true);
    }
    expect(validateKbe(' 1 7 ')).to.deep.equal({ ok: true, value: '17' });
  });

  it('refuses a residency digit that is not 1 or 2, or contradicts the registrant', () => {
    expect(validateKbe('37')).to.deep.equal({ ok: false, code: 'kbe-residency' });
    expect(validateKbe('07')).to.deep.equal({ ok: false, code: 'kbe-residency' });
    expect(validateKbe('27', { resident: true })).to.deep.equal({ ok: false, code: 'kbe-residency' });
    expect(validateKbe('17', { resident: false })).to.deep.equal({ ok: false, code: 'kbe-residency' });
  });

  it('refuses sector 0 and anything but two digits', () => {
    expect(validateKbe('10')).to.deep.equal({ ok: false, code: 'kbe-sector' });
    expect(validateKbe('1')).to.deep.equal({ ok: false, code: 'kbe-format' });
    expect(validateKbe('177')).to.deep.equal({ ok: false, code: 'kbe-format' });
    expect(validateKbe('1a')).to.deep.equal({ ok: false, code: 'kbe-format' });
    expect(validateKbe('')).to.deep.equal({ ok: false, code: 'required' });
    expect(validateKbe(17)).to.deep.equal({ ok: false, code: 'invalid-type' });
  });

  it('splits a KBe into residency and sector', () => {
    expect(parseKbe('17')).to.deep.equal({ ok: true, value: { resident: true, sector: 7 } });
    expect(parseKbe('29')).to.deep.equal({ ok: true, value: { resident: false, sector: 9 } });
    expect(parseKbe('30')).to.deep.equal({ ok: false, code: 'kbe-residency' });
  });

  it('suggests 17 for companies, 19 for entrepreneurs and people, 27/29 abroad', () => {
    expect(defaultKbe({ resident: true, legalStatus: 'legal-entity' })).to.equal('17');
    expect(defaultKbe({ resident: true, legalStatus: 'individual-entrepreneur' })).to.equal('19');
    expect(defaultKbe({ resident: true, legalStatus: 'natural-person' })).to.equal('19');
    expect(defaultKbe({ resident: false, legalStatus: 'legal-entity' })).to.equal('27');
    expect(defaultKbe({ resident: false, legalStatus: 'natural-person' })).to.equal('29');
    // Every default is itself valid for its registrant.
    for (const resident of [true, false]) {
      for (const legalStatus of ['legal-entity', 'individual-entrepreneur', 'natural-person'] as const) {
        expect(validateKbe(defaultKbe({ resident, legalStatus }), { resident }).ok).to.equal(true);
      }
    }
  });
});
