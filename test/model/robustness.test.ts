import { expect } from '@open-wc/testing';
import * as model from '../../src/model/index.js';
import { below, prng } from './prng.js';

type Validator = (input: unknown) => model.Result<unknown>;

/** Every validator of the public API, with the options that change its path through the code. */
const VALIDATORS: Record<string, Validator> = {
  validateIin: model.validateIin,
  validateBin: model.validateBin,
  validateIinOrBin: model.validateIinOrBin,
  parseIin: model.parseIin,
  parseBin: model.parseBin,
  validateIban: (input) => model.validateIban(input),
  'validateIban(KZ)': (input) => model.validateIban(input, { country: 'KZ' }),
  'validateIban(nationalCheck)': (input) => model.validateIban(input, { nationalCheck: () => false }),
  validateAccountNumber: model.validateAccountNumber,
  validateBic: (input) => model.validateBic(input),
  'validateBic(KZ)': (input) => model.validateBic(input, { country: 'KZ' }),
  validateKbe: (input) => model.validateKbe(input),
  'validateKbe(resident)': (input) => model.validateKbe(input, { resident: true }),
  parseKbe: model.parseKbe,
  validatePhone: (input) => model.validatePhone(input),
  'validatePhone(mobile)': (input) => model.validatePhone(input, { mobile: true }),
  'validatePhone(non-resident)': (input) => model.validatePhone(input, { resident: false }),
  validateEmail: model.validateEmail,
  validatePassword: model.validatePassword,
  validatePasswordRepeat: (input) => model.validatePasswordRepeat('Abcdefg1', input),
  validateCompanyName: (input) => model.validateCompanyName(input, { rejectOwnershipForm: true }),
  validateCompanyIdentifier: model.validateCompanyIdentifier,
  validatePersonName: model.validatePersonName,
  validateText: (input) => model.validateText(input),
  validateDate: model.validateDate,
  validateCountry: model.validateCountry,
  validateCurrency: model.validateCurrency,
  validateDocumentSlot: model.validateDocumentSlot,
  validateFileName: model.validateFileName,
  validateFileSize: model.validateFileSize,
  validateFileType: model.validateFileType,
  validateSha256: model.validateSha256,
};

const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;

/** A printable label for any value (String() itself throws on some). */
function show(input: unknown): string {
  try {
    return typeof input === 'symbol' ? 'symbol' : String(input).slice(0, 24);
  } catch {
    return Object.prototype.toString.call(input);
  }
}

const MALFORMED: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  '\n\t',
  0,
  -1,
  Number.NaN,
  Infinity,
  12345678901234567890,
  900101300017n,
  true,
  false,
  {},
  [],
  ['900101300017'],
  { toString: () => '900101300017' },
  cyclic,
  Symbol('iin'),
  () => '900101300017',
  new Date(),
  new String('900101300017'),
  Object.create(null),
  'x'.repeat(1_000_000),
  '1'.repeat(1_000_000),
  '\u0000\u0001\u0002',
  '\ud800', // a lone surrogate
  '😀'.repeat(50),
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '９００１０１３０００１７',
];

describe('model: validators never throw', () => {
  for (const [name, validate] of Object.entries(VALIDATORS)) {
    it(`${name} answers malformed input with a failure code`, () => {
      for (const input of MALFORMED) {
        const label = `${name}(${show(input)})`;
        let result: model.Result<unknown> | undefined;
        expect(() => (result = validate(input)), label).to.not.throw();
        expect(result, label).to.be.an('object');
        if (!result!.ok) expect(model.isValidationCode(result!.code), `${label} → ${result!.code}`).to.equal(true);
      }
      // No value of the wrong type is ever accepted (strings such as "<script>" may be fine
      // free text: the widgets never render values as HTML).
      const accepted = MALFORMED.filter((input) => typeof input !== 'string' && validate(input).ok);
      expect(accepted.map(show), name).to.deep.equal([]);
    });
  }

  it('answers every random string with a result and a known code (seeded fuzz)', () => {
    const random = prng(424242);
    const alphabet = '0123456789 -+()./@«»"\'KZkzABCDEFGHXabcxyzАОТҚқәіңЖШС_\u00a0\t\n😀';
    for (let i = 0; i < 3000; i++) {
      const length = below(random, 40);
      let input = '';
      for (let j = 0; j < length; j++) input += alphabet[below(random, alphabet.length)];
      for (const [name, validate] of Object.entries(VALIDATORS)) {
        const result = validate(input);
        if (result.ok) continue;
        expect(model.isValidationCode(result.code), `${name} #${i} ${JSON.stringify(input)} → ${result.code}`).to.equal(true);
      }
      // The helpers that return plain values must cope too.
      model.formatIban(input);
      model.formatPhone(input);
      model.kzPhoneType(input);
      model.identifyNumber(input);
      model.detectOwnershipForm(input);
      model.stripOwnershipForm(input);
      model.lookupKzBank(input);
      model.lookupKzBankByBic(input);
    }
  });

  it('keeps the other helpers safe with non-strings', () => {
    for (const input of MALFORMED) {
      expect(() => {
        model.formatIban(input);
        model.formatPhone(input);
        model.kzPhoneType(input);
        model.identifyNumber(input);
        model.detectOwnershipForm(input);
        model.stripOwnershipForm(input);
        model.lookupKzBank(input);
        model.lookupKzBankByBic(input);
        model.countryUsesIban(input);
        model.isCountryCode(input);
        model.isCurrencyCode(input);
        model.isAccountType(input);
        model.isLegalStatus(input);
        model.isValidationCode(input);
        model.modelLocale(input);
        model.issuesToFieldErrors(model.registrationSchema.safeParse(input));
        model.issuesToFieldErrors(input as never);
        model.countryHasNationalIbanCheck(input);
        model.countryName(input as never, 'kk');
        model.currencyName(input as never, 'ru');
        model.currencyNumericCode(input as never);
      }, show(input)).to.not.throw();
    }
    expect(model.formatIban(42)).to.equal('');
    expect(model.stripOwnershipForm(null)).to.equal('');
    expect(model.countryName('KZ', {})).to.equal('Kazakhstan');
  });

  it('codes are unique kebab-case words', () => {
    expect(new Set(model.VALIDATION_CODES).size).to.equal(model.VALIDATION_CODES.length);
    for (const code of model.VALIDATION_CODES) expect(code).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
