import { expect } from '@open-wc/testing';
import {
  ACCOUNT_TYPES,
  accountTypeName,
  countryCodes,
  countryName,
  currencyCodes,
  currencyName,
  currencyNumericCode,
  isAccountType,
  isCountryCode,
  isCurrencyCode,
  KBE_SECTORS,
  kbeSectorName,
  kzBanks,
  listAccountTypes,
  listCountries,
  listCurrencies,
  listKbeSectors,
  modelLocale,
  validateBic,
  validateCountry,
  validateCurrency,
} from '../../src/model/index.js';
import { referenceName } from '../../src/model/reference/locale.js';

const LOCALES = ['en', 'ru', 'kk'] as const;
/** Letters only Kazakh Cyrillic has: a Kazakh name should usually contain one. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

describe('model: countries (ISO 3166-1 alpha-2)', () => {
  it('lists all 249 assigned codes, unique and sorted', () => {
    const codes = countryCodes();
    expect(codes).to.have.length(249);
    expect(new Set(codes).size).to.equal(249);
    expect([...codes].sort()).to.deep.equal([...codes]);
    for (const code of codes) expect(code, code).to.match(/^[A-Z]{2}$/);
    for (const code of ['KZ', 'RU', 'CN', 'US', 'AQ', 'SS', 'BQ', 'CW', 'SX', 'AX', 'UM']) expect(isCountryCode(code), code).to.equal(true);
    for (const code of ['XK', 'EU', 'UK', 'ZZ', 'kz', 'KAZ', '', 7]) expect(isCountryCode(code), String(code)).to.equal(false);
  });

  it('names every country in English, Russian and Kazakh', () => {
    for (const locale of LOCALES) {
      for (const code of countryCodes()) {
        const name = countryName(code, locale);
        expect(name, `${code} ${locale}`).to.be.a('string').and.not.equal('');
        expect(name, `${code} ${locale}`).to.not.equal(code);
      }
    }
    expect(countryName('KZ', 'en')).to.equal('Kazakhstan');
    expect(countryName('KZ', 'ru')).to.equal('Казахстан');
    expect(countryName('KZ', 'kk')).to.equal('Қазақстан');
    expect(countryName('kz', 'kk-KZ')).to.equal('Қазақстан');
    expect(countryName('RU', 'kk')).to.equal('Ресей');
  });

  it('sorts the list by the localized name', () => {
    for (const locale of LOCALES) {
      const list = listCountries(locale);
      expect(list).to.have.length(249);
      const collator = new Intl.Collator(locale);
      for (let i = 1; i < list.length; i++) {
        expect(collator.compare(list[i - 1].name, list[i].name), `${locale} ${list[i - 1].name} / ${list[i].name}`).to.be.at.most(0);
      }
    }
  });

  it('validates and normalises codes', () => {
    expect(validateCountry(' kz ')).to.deep.equal({ ok: true, value: 'KZ' });
    expect(validateCountry('XK')).to.deep.equal({ ok: false, code: 'country-code' });
    expect(validateCountry('Kazakhstan')).to.deep.equal({ ok: false, code: 'country-code' });
    expect(validateCountry('')).to.deep.equal({ ok: false, code: 'required' });
    expect(validateCountry(398)).to.deep.equal({ ok: false, code: 'invalid-type' });
  });
});

describe('model: currencies (ISO 4217)', () => {
  it('lists active currencies with unique numeric codes', () => {
    const codes = currencyCodes();
    expect(codes.length).to.be.within(150, 170);
    expect(new Set(codes).size).to.equal(codes.length);
    const numeric = codes.map((code) => currencyNumericCode(code));
    expect(new Set(numeric).size).to.equal(codes.length);
    for (const value of numeric) expect(value).to.match(/^\d{3}$/);
    const known: Record<string, string> = {
      KZT: '398', USD: '840', EUR: '978', RUB: '643', CNY: '156', GBP: '826',
      CHF: '756', KGS: '417', UZS: '860', TRY: '949', AED: '784', BYN: '933',
    };
    for (const [code, number] of Object.entries(known)) expect(currencyNumericCode(code), code).to.equal(number);
    expect(currencyNumericCode('kzt')).to.equal('398');
    // Withdrawn or not a currency one keeps money in.
    for (const code of ['HRK', 'BYR', 'XAU', 'XXX', 'XDR', 'ZWL']) expect(isCurrencyCode(code), code).to.equal(false);
  });

  it('names every currency in English, Russian and Kazakh', () => {
    for (const locale of LOCALES) {
      for (const code of currencyCodes()) {
        expect(currencyName(code, locale), `${code} ${locale}`).to.be.a('string').and.not.equal('');
      }
    }
    // The portals' word, not the browser's «казахский тенге».
    expect(currencyName('KZT', 'ru')).to.equal('казахстанский тенге');
    expect(currencyName('KZT', 'kk')).to.equal('қазақстандық теңге');
    expect(currencyName('USD', 'en')).to.equal('US Dollar');
  });

  it('lists currencies sorted by name, with numeric codes', () => {
    const list = listCurrencies('ru');
    expect(list.find((item) => item.code === 'KZT')).to.deep.equal({ code: 'KZT', numeric: '398', name: 'казахстанский тенге' });
    const collator = new Intl.Collator('ru');
    for (let i = 1; i < list.length; i++) expect(collator.compare(list[i - 1].name, list[i].name)).to.be.at.most(0);
  });

  it('validates and normalises codes', () => {
    expect(validateCurrency('kzt')).to.deep.equal({ ok: true, value: 'KZT' });
    expect(validateCurrency('ABC')).to.deep.equal({ ok: false, code: 'currency-code' });
    expect(validateCurrency(398)).to.deep.equal({ ok: false, code: 'invalid-type' });
  });
});

describe('model: localized names when the runtime has none', () => {
  // QQ and QQQ are unassigned, so Intl.DisplayNames knows nothing about them.
  it('uses the shipped name, then Russian for Kazakh, then the code', () => {
    const shipped = { QQ: ['Ку-ру', 'Ку-кк'] as const, QR: ['Ку-ру', ''] as const };
    expect(referenceName('region', shipped, 'QQ', 'kk')).to.equal('Ку-кк');
    expect(referenceName('region', shipped, 'QQ', 'ru')).to.equal('Ку-ру');
    expect(referenceName('region', shipped, 'QR', 'kk')).to.equal('Ку-ру');
    expect(referenceName('region', shipped, 'QQ', 'en')).to.equal('QQ');
    expect(referenceName('currency', {}, 'QQQ', 'kk')).to.equal('QQQ');
  });

  it('reads locale tags the way hosts write them', () => {
    expect(modelLocale('kk-KZ')).to.equal('kk');
    expect(modelLocale('kz')).to.equal('kk');
    expect(modelLocale('ru_RU')).to.equal('ru');
    expect(modelLocale('EN-gb')).to.equal('en');
    expect(modelLocale('de')).to.equal('en');
    expect(modelLocale(undefined)).to.equal('en');
  });
});

describe('model: account types and KBe sectors', () => {
  it('names each account type in three languages', () => {
    expect([...ACCOUNT_TYPES]).to.deep.equal(['current', 'savings', 'deposit', 'card', 'correspondent', 'other']);
    for (const type of ACCOUNT_TYPES) {
      const names = LOCALES.map((locale) => accountTypeName(type, locale));
      for (const name of names) expect(name, type).to.be.a('string').and.not.equal('');
      expect(new Set(names).size, type).to.equal(3);
    }
    expect(accountTypeName('current', 'kk')).to.equal('Ағымдағы шот');
    expect(listAccountTypes('ru').map((item) => item.code)).to.deep.equal([...ACCOUNT_TYPES]);
    expect(isAccountType('current')).to.equal(true);
    expect(isAccountType('Current')).to.equal(false);
  });

  it('names sectors 1–9 in three languages', () => {
    expect([...KBE_SECTORS]).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const sector of KBE_SECTORS) {
      for (const locale of LOCALES) expect(kbeSectorName(sector, locale), `${sector} ${locale}`).to.not.equal('');
      expect(kbeSectorName(sector, 'kk'), String(sector)).to.match(KAZAKH_LETTERS);
    }
    expect(listKbeSectors('en')[6]).to.deep.equal({ sector: 7, name: 'Non-state non-financial organisations' });
  });
});

describe('model: Kazakh bank directory', () => {
  it('has unique bank codes and BICs, each a valid Kazakh BIC', () => {
    expect(kzBanks.length).to.be.greaterThan(20);
    expect(new Set(kzBanks.map((bank) => bank.code)).size).to.equal(kzBanks.length);
    expect(new Set(kzBanks.map((bank) => bank.bic)).size).to.equal(kzBanks.length);
    for (const bank of kzBanks) {
      expect(bank.code, bank.bic).to.match(/^\d{3}$/);
      expect(validateBic(bank.bic, { country: 'KZ' }), bank.bic).to.deep.equal({ ok: true, value: bank.bic });
      for (const former of bank.formerBics ?? []) expect(validateBic(former, { country: 'KZ' }).ok, former).to.equal(true);
    }
  });

  it('names every bank in English, Russian and Kazakh', () => {
    for (const bank of kzBanks) {
      const { en, ru, kk } = bank.names;
      expect(en, bank.bic).to.match(/^[A-Za-z]/);
      expect(ru, bank.bic).to.match(/[А-Яа-яЁё]/);
      // A Kazakh name either has Kazakh letters or keeps a Latin brand ("«Kaspi Bank» АҚ").
      expect(KAZAKH_LETTERS.test(kk) || / (АҚ|АҚ ЕҰ)$/.test(kk), `${bank.bic} ${kk}`).to.equal(true);
    }
    const halyk = kzBanks.find((bank) => bank.bic === 'HSBKKZKX');
    expect(halyk?.names.ru).to.equal('АО «Народный Банк Казахстана»');
  });
});
