/**
 * ISO 4217 currencies in circulation, with numeric codes (the numeric code is what Kazakh
 * payment messages and bank statements print next to the EKNP). `Intl.supportedValuesOf('currency')`
 * is implementation-defined (Node 20 lists the withdrawn HRK), so the list ships here.
 *
 * Valid as of 2026-11 (ISO 4217 List One). Left out on purpose: fund and unit-of-account codes
 * (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW, XDR, XSU, XUA), precious metals (XAU, XAG, XPD,
 * XPT), XTS and XXX — no bank account is kept in them — and currencies withdrawn by then
 * (HRK 2023, SLL 2024, ZWL 2024, ANG 2025 → XCG, BGN 2026 → EUR).
 */
import { asciiUpperCase, readString } from '../input.js';
import { fail, ok, type Result } from '../result.js';
import { modelLocale, referenceName, sortByName, type ShippedNames } from './locale.js';

/** "AED784AFN971…": alpha code and numeric code, alphabetical. */
const PACKED =
  'AED784AFN971ALL008AMD051AOA973ARS032AUD036AWG533AZN944BAM977BBD052BDT050BHD048BIF108BMD060' +
  'BND096BOB068BRL986BSD044BTN064BWP072BYN933BZD084CAD124CDF976CHF756CLP152CNY156COP170CRC188' +
  'CUP192CVE132CZK203DJF262DKK208DOP214DZD012EGP818ERN232ETB230EUR978FJD242FKP238GBP826GEL981' +
  'GHS936GIP292GMD270GNF324GTQ320GYD328HKD344HNL340HTG332HUF348IDR360ILS376INR356IQD368IRR364' +
  'ISK352JMD388JOD400JPY392KES404KGS417KHR116KMF174KPW408KRW410KWD414KYD136KZT398LAK418LBP422' +
  'LKR144LRD430LSL426LYD434MAD504MDL498MGA969MKD807MMK104MNT496MOP446MRU929MUR480MVR462MWK454' +
  'MXN484MYR458MZN943NAD516NGN566NIO558NOK578NPR524NZD554OMR512PAB590PEN604PGK598PHP608PKR586' +
  'PLN985PYG600QAR634RON946RSD941RUB643RWF646SAR682SBD090SCR690SDG938SEK752SGD702SHP654SLE925' +
  'SOS706SRD968SSP728STN930SVC222SYP760SZL748THB764TJS972TMT934TND788TOP776TRY949TTD780TWD901' +
  'TZS834UAH980UGX800USD840UYU858UZS860VED926VES928VND704VUV548WST882XAF950XCD951XCG532XOF952' +
  'XPF953YER886ZAR710ZMW967ZWG924';

let table: ReadonlyMap<string, string> | undefined;

/** Alpha code → 3-digit numeric code, decoded once. */
function currencies(): ReadonlyMap<string, string> {
  return (table ??= new Map(PACKED.match(/.{6}/g)!.map((row) => [row.slice(0, 3), row.slice(3)])));
}

/** Every alpha code, alphabetical. */
export function currencyCodes(): readonly string[] {
  return [...currencies().keys()];
}

export function isCurrencyCode(code: unknown): code is string {
  return typeof code === 'string' && currencies().has(code);
}

/** The code upper-cased ("kzt" → "KZT"), or `currency-code` when it is not in the list. */
export function validateCurrency(input: unknown): Result<string> {
  const read = readString(input, 'currency-code');
  if (!read.ok) return read;
  // ASCII only: 'uſd'.toUpperCase() would be USD.
  const code = asciiUpperCase(read.value);
  return isCurrencyCode(code) ? ok(code) : fail('currency-code');
}

/** "KZT" → "398"; `undefined` for codes not in the list. */
export function currencyNumericCode(code: string): string | undefined {
  return typeof code === 'string' ? currencies().get(asciiUpperCase(code)) : undefined;
}

/** Russian and Kazakh names (CLDR's) of the currencies Kazakh suppliers are paid in most. */
const SHIPPED: ShippedNames = {
  KZT: ['казахстанский тенге', 'қазақстандық теңге'],
  USD: ['доллар США', 'АҚШ доллары'],
  EUR: ['евро', 'Еуро'],
  RUB: ['российский рубль', 'Ресей рублі'],
  CNY: ['китайский юань', 'Қытай юані'],
  GBP: ['британский фунт стерлингов', 'Британдық фунт'],
  CHF: ['швейцарский франк', 'Швейцария франкі'],
  KGS: ['киргизский сом', 'Қырғызстан сомы'],
  UZS: ['узбекский сум', 'Өзбекстан сомы'],
  TRY: ['турецкая лира', 'Түрік лирасы'],
  AED: ['дирхам ОАЭ', 'Біріккен Араб Әмірліктерінің дирхамы'],
  JPY: ['японская иена', 'Жапония иенасы'],
  BYN: ['белорусский рубль', 'Беларусь рублі'],
};

/**
 * Names the portals use where the browser's (CLDR's) differ: Kazakhstan's state portals write
 * «казахстанский тенге», CLDR «казахский тенге» (docs/glossary.md). These win over the browser.
 */
const PORTAL_NAMES: ShippedNames = {
  KZT: ['казахстанский тенге', 'қазақстандық теңге'],
};

/** The currency's name in `locale` (`en`, `ru`, `kk`). */
export function currencyName(code: string, locale: unknown): string {
  if (typeof code !== 'string') return '';
  const upper = asciiUpperCase(code);
  const wanted = modelLocale(locale);
  const portal = wanted === 'en' ? undefined : PORTAL_NAMES[upper]?.[wanted === 'ru' ? 0 : 1];
  return portal ?? referenceName('currency', SHIPPED, upper, locale);
}

export interface CurrencyOption {
  readonly code: string;
  readonly numeric: string;
  readonly name: string;
}

/** All currencies with names in `locale`, sorted by name. */
export function listCurrencies(locale: unknown): CurrencyOption[] {
  return sortByName(
    [...currencies()].map(([code, numeric]) => ({ code, numeric, name: currencyName(code, locale) })),
    locale,
  );
}
