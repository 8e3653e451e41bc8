import { expect } from '@open-wc/testing';
import {
  checkBankAccountData,
  checkDocumentManifestEntry,
  checkNonResidentCompany,
  checkNonResidentRegistration,
  checkNonResidentUser,
  checkResidentCompany,
  checkResidentRegistration,
  checkResidentUser,
  checkDigit,
  documentManifestEntrySchema,
  issuesToFieldErrors,
  nonResidentBankAccountSchema,
  nonResidentCompanySchema,
  nonResidentRegistrationSchema,
  nonResidentUserSchema,
  residentBankAccountSchema,
  residentCompanySchema,
  residentRegistrationSchema,
  residentUserSchema,
  RESIDENT_COMPANY_RULES,
  RESIDENT_USER_RULES,
  type RuleResult,
  type SchemaIssue,
} from '../../src/model/index.js';
import { below, prng } from './prng.js';

/**
 * The plain rules (registration-rules.ts) against the zod schemas (schemas.ts) on seeded random
 * payloads: valid ones, ones with a wrong value here and there, values of the wrong type,
 * missing and extra keys, blank strings, whole parts replaced. Both must give the same verdict,
 * the same issues in the same order (so the same code per field), and the same output.
 */

const SHA = 'ab'.repeat(32);
const IIN = '900101300017';
const IIN_WRONG = '900101300018';
const NEW_BIN = '150340000129';
const BIN_WRONG = '150340000128';
const JOINT_BIN = '200560000781';
// An entrepreneur's IIN that is not the user's (born 1985-07-22).
const OTHER_IIN = `85072240001${checkDigit('85072240001')}`;

/** Anything a payload may carry where a string belongs (or where anything belongs). */
const JUNK: readonly unknown[] = [undefined, null, '', '   ', 42, 0, true, false, [], {}, 'x', ['a'], { a: 1 }, Number.NaN];
const ABSENT = Symbol('absent');

type Pools = Record<string, readonly unknown[]>;

/** One value of a field: mostly the valid one, sometimes another from its pool, rarely junk or absent. */
function value(next: () => number, pool: readonly unknown[], rate: number): unknown {
  const roll = next();
  if (roll >= rate) return pool[0];
  const r = next();
  if (r < 0.6) return pool[below(next, pool.length)];
  if (r < 0.9) return JUNK[below(next, JUNK.length)];
  return ABSENT;
}

function object(next: () => number, pools: Pools, rate: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, pool] of Object.entries(pools)) {
    const v = value(next, pool, rate);
    if (v !== ABSENT) out[key] = v;
  }
  if (next() < 0.05) out.extra = 'dropped';
  return out;
}

/** A part of a payload: mostly a generated object, sometimes junk in its place. */
function part(next: () => number, make: () => unknown, rate: number): unknown {
  return next() < rate / 4 ? JUNK[below(next, JUNK.length)] : make();
}

const residentUser: Pools = {
  iin: [IIN, IIN, '9001 0130 0017', IIN_WRONG, NEW_BIN, '123', OTHER_IIN],
  surname: ['Сейтқали', 'Seitkali', ' Сейтқали ', 'X1', ''],
  name: ['Айгерім', 'Aigerim', ''],
  patronymic: [undefined, 'Ерланқызы', '123', '', '  '],
  birthDate: [undefined, '1990-01-01', '01.01.1990', '1991-01-01', '1990-13-40', '', null],
  phone: ['+77012345678', '8 701 234 56 78', '+7 727 212 34 56', '+49301234567', '123', ''],
  email: ['a.seitkali@example.kz', 'A.Seitkali@Example.KZ', ' a@b.kz ', 'bad@', ''],
  password: [undefined, 'Secret-Passw0rd', 'short', '', 'aaaaaaaaaaaa'],
};
const nonResidentUser: Pools = {
  surname: [undefined, 'Schmidt', '#', '', null],
  name: ['Anna', 'Anna Maria', '', 'A1'],
  patronymic: [undefined, 'Petrovna', '1'],
  phone: ['+49301234567', '+49 30 1234567', '030 1234567', '+77012345678', ''],
  email: ['a.schmidt@example.de', 'a@', ''],
  password: [undefined, 'Secret-Passw0rd', 'short'],
};
const residentCompany: Pools = {
  idNumber: [NEW_BIN, '1503 4000 0129', IIN, OTHER_IIN, JOINT_BIN, BIN_WRONG, '', 'abc'],
  name: ['Дала Инжиниринг', 'ТОО «Дала»', 'Я', '', 'x'.repeat(300)],
  nameKk: [undefined, '«Дала Инжиниринг» ЖШС', '!', ''],
  nameRu: [undefined, 'ТОО «Дала Инжиниринг»', ''],
  registrationDate: [undefined, '2015-03-12', '12.03.2015', '2015-13-40', ''],
  registrationNumber: [undefined, '10254-1901-ТОО', '№', 'x'.repeat(101)],
  registeringAuthority: [undefined, 'Департамент юстиции города Астаны', 'x'.repeat(256)],
  country: [undefined, 'KZ', 'kz', ' KZ ', '', 'DE', 'XX', null],
  phone: ['+77172554433', '8 7172 55 44 33', '+77012345678', 'x', ''],
  email: ['info@example.kz', 'info.example.kz', ''],
  legalAddress: ['Астана, Мәңгілік Ел 55/20', 'Астана', '', '!!!', 'x'.repeat(501)],
};
const nonResidentCompany: Pools = {
  identifier: ['HRB 123456', '01234567', 'HRB#1', ''],
  name: ['Rhein Anlagenbau', 'Rhein Anlagenbau GmbH', 'R', ''],
  country: ['DE', 'de', 'GB', 'KZ', 'XX', ''],
  phone: ['+49221987654', '0221 987654', ''],
  email: ['info@example.de', 'info@'],
  legalAddress: ['Rheinufer 1, 50668 Köln', 'Köln', ''],
};
/** Accounts of countries with and without IBANs; the first entry of each pool is valid. */
const accountPools = (resident: boolean): Pools => ({
  country: ['KZ', 'kz', 'DE', 'US', 'GB', 'XX', ''],
  bankName: ['Halyk Bank of Kazakhstan JSC', 'Deutsche Bank AG', '', 'x'.repeat(256)],
  bic: ['HSBKKZKX', 'hsbkkzkx', 'DEUTDEFF', 'CHASUS33', 'DEUT', ''],
  iban: ['KZ566010002000012345', 'kz56 6010 0020 0001 2345', 'KZ576010002000012345', 'DE89370400440532013000', undefined, '', 'GB29NWBK60161331926819'],
  accountNumber: [undefined, '123-456-789', '!!', ''],
  kbe: [resident ? '17' : undefined, '17', '27', '1', '99', '', undefined],
  accountType: ['current', 'savings', 'x', ''],
  currency: ['KZT', 'kzt', 'EUR', 'XXX', ''],
  openedOn: ['2020-01-15', '15.01.2020', '2020-02-30', ''],
  closedOn: [undefined, '2021-01-01', '2019-01-01', '2020-01-15', 'x'],
  isMain: [true, false, undefined, 'yes', null],
});
const documentPools: Pools = {
  slot: ['state-registration', 'charter', 'other', 'nope', ''],
  fileName: ['справка.pdf', '', '../x.pdf'],
  size: [123_456, 0, -1, '123', 1e12],
  type: ['application/pdf', 'image/png', 'text/html', ''],
  sha256: [SHA, 'AB'.repeat(32), 'zz', ''],
  issuedOn: [undefined, '2026-11-20', '20.11.2026', '2026-02-30', ''],
};

function accounts(next: () => number, resident: boolean, rate: number): unknown {
  const roll = next();
  if (roll < rate / 4) return JUNK[below(next, JUNK.length)];
  if (roll < rate / 3) return [];
  const count = 1 + below(next, 3);
  return Array.from({ length: count }, () => part(next, () => object(next, accountPools(resident), rate), rate));
}

function documents(next: () => number, rate: number): unknown {
  const roll = next();
  if (roll < rate / 4) return JUNK[below(next, JUNK.length)];
  return Array.from({ length: below(next, 3) }, () => part(next, () => object(next, documentPools, rate), rate));
}

function residentPayload(next: () => number, rate: number): unknown {
  if (next() < rate / 20) return JUNK[below(next, JUNK.length)];
  const payload: Record<string, unknown> = {
    kind: next() < rate / 4 ? value(next, ['resident', 'non-resident', ''], 1) : 'resident',
    legalStatus: value(next, ['legal-entity', 'individual-entrepreneur', 'natural-person', 'x', ''], Math.max(rate, 0.5)),
    user: part(next, () => object(next, residentUser, rate), rate),
    company: part(next, () => object(next, residentCompany, rate), rate),
    bankAccounts: accounts(next, true, rate),
    documents: documents(next, rate),
  };
  for (const key of Object.keys(payload)) if (next() < rate / 30) delete payload[key];
  return payload;
}

function nonResidentPayload(next: () => number, rate: number): unknown {
  if (next() < rate / 20) return JUNK[below(next, JUNK.length)];
  const payload: Record<string, unknown> = {
    kind: next() < rate / 4 ? value(next, ['non-resident', 'resident', ''], 1) : 'non-resident',
    legalStatus: value(next, ['legal-entity', 'individual-entrepreneur', 'natural-person', 'x'], rate),
    user: part(next, () => object(next, nonResidentUser, rate), rate),
    company: part(next, () => object(next, nonResidentCompany, rate), rate),
    bankAccounts: accounts(next, false, rate),
    documents: documents(next, rate),
  };
  for (const key of Object.keys(payload)) if (next() < rate / 30) delete payload[key];
  return payload;
}

// ————— Comparing —————

interface Parsed {
  readonly success: boolean;
  readonly data?: unknown;
  readonly error?: { readonly issues: readonly SchemaIssue[] };
}

/** Each issue as path and code, in order. */
const issueList = (result: Parsed) =>
  (result.error?.issues ?? []).map((issue) => {
    const path = issue.path.map(String).join('.');
    return [path, issuesToFieldErrors([issue])[path]];
  });

/** Objects as their entries in order, so a key set to `undefined` and a key left out differ. */
function layout(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(layout);
  if (typeof value === 'object' && value !== null) return Object.entries(value).map(([k, v]) => [k, layout(v)]);
  return value;
}

function agree(label: string, input: unknown, schema: { safeParse(input: unknown): Parsed }, check: (input: unknown) => RuleResult<unknown>) {
  const before = JSON.stringify(input);
  const expected = schema.safeParse(input);
  const actual = check(input);
  const what = `${label}: ${before}`;
  expect(JSON.stringify(input), `${what} (input untouched)`).to.equal(before);
  expect(actual.success, what).to.equal(expected.success);
  expect(issueList(actual), what).to.deep.equal(issueList(expected));
  expect(Object.entries(issuesToFieldErrors(actual)), what).to.deep.equal(Object.entries(issuesToFieldErrors(expected)));
  expect(layout(actual.data), what).to.deep.equal(layout(expected.data));
  return expected.success;
}

/** Runs `runs` seeded payloads at a few mutation rates; both verdicts must have been seen. */
function sweep(label: string, seed: number, runs: number, make: (next: () => number, rate: number) => unknown, schema: { safeParse(input: unknown): Parsed }, check: (input: unknown) => RuleResult<unknown>) {
  const next = prng(seed);
  let valid = 0;
  const rates = [0.02, 0.1, 0.3, 0.8];
  for (let run = 0; run < runs; run++) {
    const rate = rates[run % rates.length]!;
    if (agree(`${label} seed ${seed} run ${run}`, make(next, rate), schema, check)) valid++;
  }
  expect(valid, `${label}: valid payloads`).to.be.greaterThan(runs / 50);
  expect(valid, `${label}: invalid payloads`).to.be.lessThan(runs - runs / 50);
}

describe('model: plain registration rules agree with the schemas', () => {
  it('resident registration: same verdict, issues and output (seeded)', () => {
    for (const seed of [1, 20261126, 424242]) sweep('resident', seed, 1500, residentPayload, residentRegistrationSchema, checkResidentRegistration);
  });

  it('non-resident registration: same verdict, issues and output (seeded)', () => {
    for (const seed of [2, 7, 31337]) sweep('non-resident', seed, 1500, nonResidentPayload, nonResidentRegistrationSchema, checkNonResidentRegistration);
  });

  it('users, companies, bank accounts and documents on their own (seeded)', () => {
    const sweeps: [string, Pools, { safeParse(input: unknown): Parsed }, (input: unknown) => RuleResult<unknown>][] = [
      ['resident user', residentUser, residentUserSchema, checkResidentUser],
      ['non-resident user', nonResidentUser, nonResidentUserSchema, checkNonResidentUser],
      ['resident company', residentCompany, residentCompanySchema, checkResidentCompany],
      ['non-resident company', nonResidentCompany, nonResidentCompanySchema, checkNonResidentCompany],
      ['resident account', accountPools(true), residentBankAccountSchema, (input) => checkBankAccountData(input, true)],
      ['non-resident account', accountPools(false), nonResidentBankAccountSchema, (input) => checkBankAccountData(input, false)],
      ['document', documentPools, documentManifestEntrySchema, checkDocumentManifestEntry],
    ];
    sweeps.forEach(([label, pools, schema, check], index) =>
      sweep(label, 100 + index, 1000, (next, rate) => part(next, () => object(next, pools, rate), rate / 2), schema, check),
    );
  });

  it('edge cases: blanks, nulls, defaults, missing parts, several main accounts', () => {
    const account = { country: 'KZ', bankName: 'Halyk', bic: 'HSBKKZKX', iban: 'KZ566010002000012345', kbe: '17', accountType: 'current', currency: 'KZT', openedOn: '2020-01-15' };
    const base = {
      kind: 'resident',
      legalStatus: 'legal-entity',
      user: { iin: IIN, surname: 'Сейтқали', name: 'Айгерім', phone: '+77012345678', email: 'a@example.kz' },
      company: { idNumber: NEW_BIN, name: 'Дала', phone: '+77172554433', email: 'i@example.kz', legalAddress: 'Астана' },
      bankAccounts: [account],
      documents: [],
    };
    const cases: unknown[] = [
      base,
      undefined,
      null,
      [],
      {},
      { ...base, user: { ...base.user, patronymic: undefined, birthDate: null, password: '' } },
      { ...base, company: { ...base.company, country: undefined } },
      { ...base, company: { ...base.company, country: '' } },
      { ...base, company: { ...base.company, country: 'kz' } },
      { ...base, company: { ...base.company, country: 'DE' } },
      { ...base, bankAccounts: [account, { ...account, isMain: true }, { ...account, isMain: true }, { ...account, isMain: true }] },
      { ...base, bankAccounts: [{ ...account, isMain: true }, 'x', [1], { isMain: true }, null] },
      { ...base, bankAccounts: [{ ...account, iban: undefined }] },
      { ...base, bankAccounts: [{ ...account, country: 'US', iban: undefined, accountNumber: undefined }] },
      { ...base, bankAccounts: [{ ...account, country: 'US', iban: undefined, accountNumber: '' }] },
      { ...base, bankAccounts: [{ ...account, kbe: '' }] },
      { ...base, bankAccounts: [{ ...account, closedOn: '2019-01-01' }] },
      { ...base, bankAccounts: '' },
      { ...base, bankAccounts: 'x' },
      { ...base, bankAccounts: { length: 0 } },
      { ...base, bankAccounts: [] },
      { ...base, bankAccounts: undefined },
      { ...base, documents: undefined },
      { ...base, company: undefined },
      { ...base, company: [] },
      { ...base, user: { ...base.user, birthDate: '1991-01-01' } },
      { ...base, user: { ...base.user, iin: IIN_WRONG, birthDate: '1991-01-01' } },
      { ...base, legalStatus: 'individual-entrepreneur' },
      { ...base, legalStatus: 'individual-entrepreneur', company: { ...base.company, idNumber: JOINT_BIN } },
      { ...base, legalStatus: 'natural-person', company: { ...base.company, idNumber: IIN } },
      { ...base, legalStatus: 'natural-person' },
      { ...base, legalStatus: undefined },
      { ...base, kind: 'non-resident' },
      { ...base, kind: undefined },
    ];
    for (const [index, input] of cases.entries()) agree(`case ${index}`, input, residentRegistrationSchema, checkResidentRegistration);
    for (const [index, input] of cases.entries()) agree(`case ${index} (non-resident)`, input, nonResidentRegistrationSchema, checkNonResidentRegistration);
  });

  it('keeps the field table in the model as data', () => {
    expect(RESIDENT_USER_RULES.patronymic.presence).to.equal('optional');
    expect(RESIDENT_USER_RULES.iin.presence).to.equal('required');
    expect(RESIDENT_COMPANY_RULES.country.fallback).to.equal('KZ');
    expect(RESIDENT_COMPANY_RULES.country.validate('DE')).to.deep.equal({ ok: false, code: 'country-must-be-kz' });
  });
});
