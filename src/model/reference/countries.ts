/**
 * ISO 3166-1 alpha-2: all 249 officially assigned codes (not user-assigned ones such as XK).
 * There is no `Intl.supportedValuesOf('region')`, so the list ships with the library.
 */
import { asciiUpperCase, readString } from '../input.js';
import { fail, ok, type Result } from '../result.js';
import { referenceName, sortByName, type ShippedNames } from './locale.js';

/**
 * Grouped by first letter to keep the bundle small: "A DEFG…" stands for AD, AE, AF, AG…
 * Decoded once, on first use.
 */
const GROUPED =
  'ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR ' +
  'GABDEFGHILMNPQRSTUWY HKMNRTU IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY ' +
  'MACDEFGHKLMNOPQRSTUVWXYZ NACEFGILOPRUZ OM PAEFGHKLMNRSTWY QA REOSUW ' +
  'SABCDEGHIJKLMNORSTVXYZ TCDFGHJKLMNORTVWZ UAGMSYZ VACEGINU WFS YET ZAMW';

let codes: readonly string[] | undefined;

/** Every assigned code, alphabetical. */
export function countryCodes(): readonly string[] {
  return (codes ??= GROUPED.split(' ').flatMap((group) => [...group.slice(1)].map((second) => group[0] + second)));
}

export function isCountryCode(code: unknown): code is string {
  return typeof code === 'string' && code.length === 2 && countryCodes().includes(code);
}

/** The code upper-cased ("kz" → "KZ"), or `country-code` when ISO 3166 has not assigned it. */
export function validateCountry(input: unknown): Result<string> {
  const read = readString(input, 'country-code');
  if (!read.ok) return read;
  // ASCII only: 'ſe'.toUpperCase() would be Sweden's SE.
  const code = asciiUpperCase(read.value);
  return isCountryCode(code) ? ok(code) : fail('country-code');
}

/**
 * Russian and Kazakh names (CLDR's, so they match what Intl gives where it can) for the
 * countries Kazakh suppliers and their banks come from most.
 */
const SHIPPED: ShippedNames = {
  KZ: ['Казахстан', 'Қазақстан'],
  RU: ['Россия', 'Ресей'],
  CN: ['Китай', 'Қытай'],
  UZ: ['Узбекистан', 'Өзбекстан'],
  KG: ['Киргизия', 'Қырғызстан'],
  TJ: ['Таджикистан', 'Тәжікстан'],
  TM: ['Туркменистан', 'Түрікменстан'],
  AZ: ['Азербайджан', 'Әзірбайжан'],
  AM: ['Армения', 'Армения'],
  GE: ['Грузия', 'Грузия'],
  BY: ['Беларусь', 'Беларусь'],
  UA: ['Украина', 'Украина'],
  MN: ['Монголия', 'Моңғолия'],
  TR: ['Турция', 'Түркия'],
  US: ['Соединенные Штаты', 'Америка Құрама Штаттары'],
  DE: ['Германия', 'Германия'],
  GB: ['Великобритания', 'Ұлыбритания'],
  FR: ['Франция', 'Франция'],
  IT: ['Италия', 'Италия'],
  NL: ['Нидерланды', 'Нидерланд'],
  CH: ['Швейцария', 'Швейцария'],
  AE: ['ОАЭ', 'Біріккен Араб Әмірліктері'],
  KR: ['Республика Корея', 'Оңтүстік Корея'],
  JP: ['Япония', 'Жапония'],
  IN: ['Индия', 'Үндістан'],
  PL: ['Польша', 'Польша'],
  AT: ['Австрия', 'Аустрия'],
  SG: ['Сингапур', 'Сингапур'],
  CY: ['Кипр', 'Кипр'],
  LT: ['Литва', 'Литва'],
  LV: ['Латвия', 'Латвия'],
  EE: ['Эстония', 'Эстония'],
};

/** The country's name in `locale` (`en`, `ru`, `kk`; regional tags are fine); `''` for a non-string code. */
export function countryName(code: string, locale: unknown): string {
  return typeof code === 'string' ? referenceName('region', SHIPPED, asciiUpperCase(code), locale) : '';
}

export interface CountryOption {
  readonly code: string;
  readonly name: string;
}

/** All countries with names in `locale`, sorted by name. Putting Kazakhstan first is the UI's call. */
export function listCountries(locale: unknown): CountryOption[] {
  return sortByName(
    countryCodes().map((code) => ({ code, name: countryName(code, locale) })),
    locale,
  );
}
