import { expect } from '@open-wc/testing';
import * as ibantools from 'ibantools';
import * as model from '../../src/model/index.js';

/**
 * Options and inputs a careless or hostile host can hand the validators: nothing may throw,
 * and an option of the wrong type is treated as absent (docs/model.md).
 */
const throwingGetter = Object.defineProperty({}, 'country', {
  get() {
    throw new Error('getter');
  },
});
const throwingEverything = new Proxy(
  {},
  {
    get() {
      throw new Error('get');
    },
    has() {
      throw new Error('has');
    },
    ownKeys() {
      throw new Error('ownKeys');
    },
    getOwnPropertyDescriptor() {
      throw new Error('getOwnPropertyDescriptor');
    },
    getPrototypeOf() {
      throw new Error('getPrototypeOf');
    },
  },
);
const revoked = Proxy.revocable({}, {});
revoked.revoke();
const throwingToString = { toString: () => { throw new Error('toString'); }, valueOf: () => { throw new Error('valueOf'); } };

const BAD_OPTIONS: ReadonlyArray<[string, unknown]> = [
  ['null', null],
  ['a number', 5],
  ['a string', 'KZ'],
  ['true', true],
  ['a symbol', Symbol('options')],
  ['a bigint', 5n],
  ['a function', () => ({ country: 'DE' })],
  ['an array', ['DE']],
  ['{ country: 5 }', { country: 5 }],
  ['{ country: null }', { country: null }],
  ['{ country: {} }', { country: {} }],
  ['{ country: [] }', { country: ['DE'] }],
  ['{ country: a symbol }', { country: Symbol('DE') }],
  ['{ country: a throwing toString }', { country: throwingToString }],
  ['{ resident: "no" }', { resident: 'no' }],
  ['{ resident: 0 }', { resident: 0 }],
  ['{ mobile: "yes" }', { mobile: 'yes' }],
  ['{ rejectOwnershipForm: 1 }', { rejectOwnershipForm: 1 }],
  ['{ nationalCheck: 5 }', { nationalCheck: 5 }],
  ['{ nationalCheck: a throwing function }', { nationalCheck: () => { throw new Error('check'); } }],
  ['a getter that throws', throwingGetter],
  ['a proxy that throws on every trap', throwingEverything],
  ['a revoked proxy', revoked.proxy],
  ['Object.create(null)', Object.create(null)],
];

type WithOptions = (input: unknown, options: unknown) => model.Result<unknown>;

/** validateText's second argument is its maximum length: these are no length. */
const BAD_MAXIMUMS: ReadonlyArray<[string, unknown]> = [
  ['null', null],
  ['NaN', Number.NaN],
  ['-1', -1],
  ['"10"', '10'],
  ['true', true],
  ['a bigint', 10n],
  ['a symbol', Symbol('max')],
  ['an object', { valueOf: () => 10 }],
  ['a throwing valueOf', throwingToString],
];

/** Each validator with options, with inputs its options change the answer for. */
const VALIDATORS: ReadonlyArray<[string, WithOptions, readonly unknown[], (readonly [string, unknown])[]?]> = [
  ['validateIban', model.validateIban as WithOptions, ['KZ86125KZT5004100100', 'DE89370400440532013000', 'BE68539007547035', 'x', null]],
  ['validateBic', model.validateBic as WithOptions, ['HSBKKZKX', 'DEUTDEFF500', 'HSBK', undefined]],
  ['validatePhone', model.validatePhone as WithOptions, ['+7 701 123 45 67', '+49 30 1234567', '8 727 123 45 67', 42]],
  ['validateKbe', model.validateKbe as WithOptions, ['17', '27', '10', {}]],
  ['validateCompanyName', model.validateCompanyName as WithOptions, ['ТОО «Ромашка»', 'Ромашка', '']],
  ['validateText', model.validateText as WithOptions, ['Алматы, пр. Абая 1', 'x'.repeat(600), '   '], [...BAD_MAXIMUMS]],
];

describe('model: validators never throw, whatever options they get', () => {
  for (const [name, validate, inputs, bad = BAD_OPTIONS] of VALIDATORS) {
    it(`${name} treats a bad options argument as absent`, () => {
      for (const input of inputs) {
        const plain = validate(input, undefined);
        for (const [label, options] of bad) {
          let result: model.Result<unknown> | undefined;
          expect(() => (result = validate(input, options)), `${name}(${String(input).slice(0, 20)}, ${label})`).to.not.throw();
          expect(result, `${name}(${String(input).slice(0, 20)}, ${label})`).to.deep.equal(plain);
        }
      }
    });
  }

  it('validateIbanFully resolves, never rejects, with a bad options argument', async () => {
    for (const [label, options] of BAD_OPTIONS) {
      for (const input of ['KZ86125KZT5004100100', 'BE68539007547034', 'nonsense', undefined]) {
        const result = await model.validateIbanFully(input, options as model.IbanOptions);
        expect(result, `${String(input)}, ${label}`).to.deep.equal(await model.validateIbanFully(input));
      }
    }
  });

  it('a good option still works next to bad ones', () => {
    expect(model.validateIban('DE89370400440532013000', { country: 'KZ', nationalCheck: 5 } as never)).to.deep.equal({
      ok: false,
      code: 'iban-country-mismatch',
    });
    expect(model.validateBic('DEUTDEFF', { country: ' kz ' })).to.deep.equal({ ok: false, code: 'bic-country-mismatch' });
    expect(model.validatePhone('+49 30 1234567', { resident: false, mobile: 'yes' } as never)).to.deep.equal({
      ok: true,
      value: '+49301234567',
    });
    expect(model.validateKbe('27', { resident: true })).to.deep.equal({ ok: false, code: 'kbe-residency' });
    expect(model.validateText('x'.repeat(20), 10)).to.deep.equal({ ok: false, code: 'text-length' });
    expect(model.validateText('x'.repeat(20), Number.NaN)).to.deep.equal({ ok: true, value: 'x'.repeat(20) });
  });

  it('defaultKbe and the name helpers answer bad arguments without throwing', () => {
    for (const [label, options] of BAD_OPTIONS) {
      expect(() => model.defaultKbe(options as never), label).to.not.throw();
    }
    // Without a readable `resident`, the default is the resident's: the forms are for Kazakhstan first.
    expect(model.defaultKbe(null as never)).to.equal('19');
    for (const code of [5, null, undefined, {}, Symbol('KZ'), throwingToString]) {
      expect(() => model.countryName(code as never, 'ru'), String(typeof code)).to.not.throw();
      expect(() => model.currencyName(code as never, 'ru'), String(typeof code)).to.not.throw();
      expect(() => model.currencyNumericCode(code as never), String(typeof code)).to.not.throw();
      expect(model.currencyNumericCode(code as never)).to.equal(undefined);
    }
    expect(model.countryName('kz', 'ru')).to.equal('Казахстан');
  });
});

describe('model: payload checks and helpers never throw on unreadable input', () => {
  const unreadableAccount = Object.defineProperty({ country: 'KZ' }, 'iban', {
    enumerable: true,
    get() {
      throw new Error('iban');
    },
  });
  const CHECKS: ReadonlyArray<[string, (input: unknown) => unknown]> = [
    ['checkResidentRegistration', model.checkResidentRegistration],
    ['checkNonResidentRegistration', model.checkNonResidentRegistration],
    ['checkResidentUser', model.checkResidentUser],
    ['checkNonResidentUser', model.checkNonResidentUser],
    ['checkResidentCompany', model.checkResidentCompany],
    ['checkNonResidentCompany', model.checkNonResidentCompany],
    ['checkBankAccountData', (input) => model.checkBankAccountData(input, true)],
    ['checkDocumentManifestEntry', model.checkDocumentManifestEntry],
  ];

  it('the check functions answer an unreadable payload with invalid-type', () => {
    for (const [name, check] of CHECKS) {
      for (const input of [throwingEverything, revoked.proxy, unreadableAccount, { kind: 'resident', bankAccounts: [unreadableAccount] }]) {
        let result: unknown;
        expect(() => (result = check(input)), name).to.not.throw();
        expect((result as { success: boolean }).success, name).to.equal(false);
        // Where reading threw, the whole payload is reported; elsewhere the fields are.
        if (input === throwingEverything || input === revoked.proxy) {
          expect(model.issuesToFieldErrors(result as never)[''], name).to.equal('invalid-type');
        }
      }
    }
    const registration = model.checkResidentRegistration({ kind: 'resident', bankAccounts: [unreadableAccount] });
    expect(model.issuesToFieldErrors(registration)['']).to.equal('invalid-type');
    const account = model.checkBankAccountData(unreadableAccount, true);
    expect(model.issuesToFieldErrors(account)['']).to.equal('invalid-type');
  });

  it('the helpers that take a code answer a hostile one', () => {
    for (const input of [throwingEverything, revoked.proxy, throwingToString, Symbol('x'), 5, null]) {
      expect(() => model.accountTypeName(input as never, 'kk'), 'accountTypeName').to.not.throw();
      expect(() => model.kbeSectorName(input as never, 'kk'), 'kbeSectorName').to.not.throw();
      expect(model.checkDigit(input as never), 'checkDigit').to.equal(undefined);
    }
    expect(model.checkDigit('9001013000')).to.equal(undefined);
    expect(model.checkDigit('90010130001')).to.equal(7);
    expect(model.accountTypeName('current', 'ru')).to.equal('Текущий счёт');
    expect(model.kbeSectorName(7, 'en')).to.equal('Non-state non-financial organisations');
  });
});

describe('model: issuesToFieldErrors never throws', () => {
  const toErrors = model.issuesToFieldErrors as (source: unknown) => Record<string, string>;

  it('answers a primitive or an unreadable source with no field errors', () => {
    for (const source of [5, 'issues', true, Symbol('x'), 5n, () => [], throwingEverything, revoked.proxy, { issues: 5 }, { error: 5 }, { error: { issues: 'x' } }]) {
      let errors: Record<string, string> | undefined;
      expect(() => (errors = toErrors(source)), typeof source).to.not.throw();
      expect(errors).to.deep.equal({});
    }
  });

  it('keeps a malformed issue, under the whole payload, rather than losing it', () => {
    const errors = toErrors({
      success: false,
      error: {
        issues: [
          null,
          5,
          { path: 5, message: 'required' },
          { path: ['user', 'iin'], message: 'iin-checksum' },
          { path: ['company', throwingToString, 'name'], message: 'required' },
          { path: [Symbol('s'), 0], message: 'bin-checksum' },
          { path: ['bankAccounts', 0, 'iban'], message: throwingToString },
          Object.defineProperty({}, 'path', { get: () => { throw new Error('path'); } }),
        ],
      },
    });
    expect(errors['user.iin']).to.equal('iin-checksum');
    expect(errors['']).to.equal('invalid-type');
    expect(errors['bankAccounts.0.iban']).to.equal('invalid-type');
    expect(Object.values(errors).every((code) => model.isValidationCode(code))).to.equal(true);
  });
});

/**
 * Every character whose upper-case (or lower-case) form is ASCII letters or digits although it
 * is not ASCII itself: ß → SS, ſ → S, ﬁ → FI, ı → I, the Kelvin sign → k… Computed over all of
 * Unicode here, so that no such character is forgotten.
 */
function caseMappedToAscii(): Array<{ char: string; upper?: string; lower?: string }> {
  const found: Array<{ char: string; upper?: string; lower?: string }> = [];
  for (let cp = 0x80; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const char = String.fromCodePoint(cp);
    const upper = char.toUpperCase();
    const lower = char.toLowerCase();
    const asciiUpper = /^[A-Z0-9]+$/.test(upper) ? upper : undefined;
    const asciiLower = /^[a-z0-9]+$/.test(lower) ? lower : undefined;
    if (asciiUpper || asciiLower) found.push({ char, upper: asciiUpper, lower: asciiLower });
  }
  return found;
}

/** `code` with the first occurrence of `ascii` replaced by `char`, or `undefined` if there is none. */
function disguise(code: string, ascii: string, char: string): string | undefined {
  const at = code.indexOf(ascii);
  return at < 0 ? undefined : code.slice(0, at) + char + code.slice(at + ascii.length);
}

/** A valid IBAN that contains `letters`: a GB IBAN whose bank code holds them (GB: 4a14n). */
function gbIbanWith(letters: string): string | undefined {
  if (!/^[A-Z]{1,4}$/.test(letters)) return undefined;
  return ibantools.composeIBAN({ countryCode: 'GB', bban: `${letters.padEnd(4, 'B')}60161331926819` }) ?? undefined;
}

describe('model: case mapping cannot smuggle characters into codes', () => {
  const hostile = caseMappedToAscii();

  it('finds the characters the issue names, and more', () => {
    const chars = hostile.map((h) => h.char);
    for (const char of ['ß', 'ſ', 'ﬁ', 'ﬀ', 'ı', '\u212a']) expect(chars, char).to.include(char);
  });

  it('validateBic refuses HſBKKZKX and every disguised BIC', () => {
    expect(model.validateBic('HſBKKZKX')).to.deep.equal({ ok: false, code: 'bic-format' });
    let tried = 0;
    for (const { char, upper } of hostile) {
      if (!upper || upper.length > 4) continue;
      // A valid BIC whose bank code starts with the character's upper case, then the character itself.
      const bic = `${upper.padEnd(4, 'X')}KZKA`;
      expect(model.validateBic(bic).ok, bic).to.equal(true);
      tried++;
      expect(model.validateBic(char + bic.slice(upper.length)), `U+${char.codePointAt(0)!.toString(16)}`).to.deep.equal({
        ok: false,
        code: 'bic-format',
      });
    }
    expect(tried).to.be.greaterThan(5);
  });

  it('validateIban refuses every disguised IBAN', () => {
    let tried = 0;
    for (const { char, upper } of hostile) {
      if (!upper || /\d/.test(upper)) continue;
      const iban = gbIbanWith(upper);
      if (!iban) continue;
      expect(model.validateIban(iban).ok, iban).to.equal(true);
      const wrong = disguise(iban.slice(4), upper, char);
      tried++;
      expect(model.validateIban(iban.slice(0, 4) + wrong), `U+${char.codePointAt(0)!.toString(16)}`).to.deep.equal({
        ok: false,
        code: 'iban-format',
      });
    }
    expect(tried).to.be.greaterThan(5);
    // The Kaspi IBAN with a long s for its S.
    expect(model.validateIban('KZ45722ſ000054326792')).to.deep.equal({ ok: false, code: 'iban-format' });
    expect(model.countryUsesIban('ſe')).to.equal(false);
    expect(model.validateIban('SE4550000000058398257466', { country: 'se' }).ok).to.equal(true);
    expect(model.validateIban('SE4550000000058398257466', { country: 'ſe' })).to.deep.equal({ ok: false, code: 'iban-country-mismatch' });
  });

  it('the other code fields refuse them too', () => {
    const upperCased: Array<[string, (input: unknown) => model.Result<unknown>, string]> = [
      ['validateAccountNumber', model.validateAccountNumber, 'FFI12345ST'],
      ['validateCountry', model.validateCountry, 'SE'],
      ['validateCurrency', model.validateCurrency, 'USD'],
    ];
    for (const [name, validate, valid] of upperCased) {
      expect(validate(valid).ok, name).to.equal(true);
      let tried = 0;
      for (const { char, upper } of hostile) {
        const wrong = upper && disguise(valid, upper, char);
        if (!wrong) continue;
        tried++;
        expect(validate(wrong).ok, `${name}(${wrong})`).to.equal(false);
      }
      expect(tried, name).to.be.greaterThan(0);
    }
    // Lower-cased fields: a MIME type with the Kelvin sign is not text/markdown.
    expect(model.validateFileType('text/mar\u212adown').ok).to.equal(false);
    expect(model.validateFileType('TEXT/MARKDOWN')).to.deep.equal({ ok: true, value: 'text/markdown' });
    // Lookups and formatting leave such characters alone instead of turning them into a code.
    expect(model.lookupKzBankByBic('HſBKKZKX')).to.equal(undefined);
    expect(model.formatIban('kz86 ß')).to.equal('KZ86 ß');
  });

  it('digit fields refuse digits of other scripts', () => {
    for (const kbe of ['１７', '١٧', '1７', '𝟏𝟕', '¹⁷']) expect(model.validateKbe(kbe), kbe).to.deep.equal({ ok: false, code: 'kbe-format' });
    expect(model.validateIin('９００１０１３０００１７').ok).to.equal(false);
    expect(model.validatePhone('+７ ７０１ １２３ ４５ ６７').ok).to.equal(false);
  });
});
