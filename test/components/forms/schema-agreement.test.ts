import { expect, html } from '@open-wc/testing';
import type { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import type { TirkeuNonresidentForm } from '../../../src/components/nonresident-form/nonresident-form.js';
import {
  allFields,
  DEFAULT_CONFIG,
  evaluate,
  type EmailCodeStatus,
  type FieldKey,
  type FieldValues,
  type FormState,
  type SectionConfig,
} from '../../../src/components/registration-sections/rules.js';
import {
  issuesToFieldErrors,
  nonResidentRegistrationSchema,
  nonResidentUserSchema,
  residentRegistrationSchema,
  residentUserSchema,
  validatePassword,
  validatePasswordRepeat,
  type LegalStatus,
  type SchemaIssue,
} from '../../../src/model/index.js';
import { deAccount, IIN, kzAccount, mount, NEW_BIN, settle } from './helpers.js';

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** The first value of each pool is valid; it is taken 9 times in 10, so whole payloads are valid often enough. */
type Pool = readonly unknown[];
const pick = (next: () => number, pool: Pool) => (next() < 0.9 ? pool[0] : pool[Math.floor(next() * pool.length)]);
function build(next: () => number, shape: Record<string, Pool>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, pool] of Object.entries(shape)) {
    const value = pick(next, pool);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

const WRONG_IIN = IIN.slice(0, 11) + String((Number(IIN[11]) + 1) % 10);
const JOINT_BIN = '200560000781';
const badIban = { ...kzAccount, iban: 'KZ576010002000012345' };

const residentUser = {
  iin: [IIN, IIN, '123', NEW_BIN, WRONG_IIN],
  surname: ['Сейтқали', 'Сейтқали', '', 'X1'],
  name: ['Айгерім', 'Айгерім', ''],
  patronymic: [undefined, 'Ерланқызы', '123'],
  birthDate: [undefined, '1990-01-01', '1991-01-01'],
  phone: ['+77012345678', '8 701 234 56 78', '+7 727 212 34 56', '123', ''],
  email: ['a.seitkali@example.kz', 'a.seitkali@example.kz', 'bad@', ''],
};
const residentCompany = {
  idNumber: [NEW_BIN, NEW_BIN, IIN, JOINT_BIN, '150340000128', ''],
  name: ['Дала Инжиниринг', 'ТОО «Дала»', 'Я', ''],
  nameKk: [undefined, '«Дала Инжиниринг» ЖШС', '!'],
  nameRu: [undefined, 'ТОО «Дала Инжиниринг»'],
  registrationDate: [undefined, '2015-03-12', '2015-13-40'],
  registrationNumber: [undefined, '10254-1901-ТОО', '№'],
  registeringAuthority: [undefined, 'Департамент юстиции города Астаны'],
  phone: ['+77172554433', '+77172554433', 'x'],
  email: ['info@example.kz', 'info@example.kz', 'info.example.kz'],
  legalAddress: ['Астана, Мәңгілік Ел 55/20', 'Астана', '', '!!!'],
};
const nonResidentUser = {
  name: ['Anna', 'Anna', '', 'A1'],
  surname: [undefined, 'Schmidt', '#'],
  phone: ['+49301234567', '+49 30 1234567', '030 1234567', ''],
  email: ['a.schmidt@example.de', 'a.schmidt@example.de', 'a@'],
};
const nonResidentCompany = {
  identifier: ['HRB 123456', 'HRB 123456', 'HRB#1', ''],
  name: ['Rhein Anlagenbau', 'Rhein Anlagenbau GmbH', 'R', ''],
  country: ['DE', 'DE', 'FR', 'XX', ''],
  phone: ['+49221987654', '+49221987654', '0221 987654'],
  email: ['info@example.de', 'info@example.de', 'info@'],
  legalAddress: ['Rheinufer 1, 50668 Köln', 'Köln', ''],
};

/** What a JSON body carries: keys set to `undefined` drop out. */
const json = (value: unknown) => JSON.parse(JSON.stringify(value ?? null)) as unknown;

describe('registration forms agree with the model schemas', () => {
  for (const seed of [20261126, 99]) it(`resident: the form says valid exactly when the schema parses, and sends its output (seed ${seed})`, async () => {
    const next = random(seed);
    let valid = 0;
    const runs = 60;
    for (let run = 0; run < runs; run++) {
      const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form allow-natural-person></tirkeu-resident-form>`);
      const payload = {
        kind: 'resident',
        legalStatus: ['legal-entity', 'individual-entrepreneur', 'natural-person'][Math.floor(next() * 3)],
        user: build(next, residentUser),
        company: { ...build(next, residentCompany), country: 'KZ' },
        bankAccounts: pick(next, [[kzAccount], [kzAccount], [], [badIban]]),
        documents: [],
      };
      // Natural persons have no registry data: those fields are not part of what they send.
      if (payload.legalStatus === 'natural-person') {
        for (const key of ['nameKk', 'nameRu', 'registrationDate', 'registrationNumber', 'registeringAuthority'])
          delete (payload.company as Record<string, unknown>)[key];
      }
      el.value = payload as never;
      await settle(el);
      const parsed = residentRegistrationSchema.safeParse(payload);
      const formSays = el.validate();
      expect(formSays, `run ${run}: ${JSON.stringify(payload)}`).to.equal(parsed.success);
      if (formSays) {
        valid++;
        expect(json(el.value), `run ${run}: the payload`).to.deep.equal(json(parsed.data));
      }
      el.remove();
    }
    // Both outcomes were exercised.
    expect(valid).to.be.greaterThan(0);
    expect(valid).to.be.lessThan(runs);
  });

  for (const seed of [7, 2026]) it(`non-resident: the form says valid exactly when the schema parses, and sends its output (seed ${seed})`, async () => {
    const next = random(seed);
    let valid = 0;
    const runs = 60;
    for (let run = 0; run < runs; run++) {
      const el = await mount<TirkeuNonresidentForm>(html`<tirkeu-nonresident-form></tirkeu-nonresident-form>`);
      const payload = {
        kind: 'non-resident',
        legalStatus: 'legal-entity',
        user: build(next, nonResidentUser),
        company: build(next, nonResidentCompany),
        bankAccounts: pick(next, [[deAccount], [deAccount], [], [{ ...deAccount, bic: 'DEUT' }]]),
        documents: [],
      };
      el.value = payload as never;
      await settle(el);
      const parsed = nonResidentRegistrationSchema.safeParse(payload);
      const formSays = el.validate();
      expect(formSays, `run ${run}: ${JSON.stringify(payload)}`).to.equal(parsed.success);
      if (formSays) {
        valid++;
        expect(json(el.value), `run ${run}: the payload`).to.deep.equal(json(parsed.data));
      }
      el.remove();
    }
    expect(valid).to.be.greaterThan(0);
    expect(valid).to.be.lessThan(runs);
  });
});


// ————— evaluate() against the schema, field by field —————

/**
 * Where a typed value goes in the payload: a field key is its path (rules.ts), and these are the
 * fields each kind sends. Written out here, not taken from rules.ts, so that the payload the form
 * builds is held to the contract rather than to itself.
 */
const PAYLOAD_FIELDS = {
  resident: {
    user: ['iin', 'surname', 'name', 'patronymic', 'birthDate', 'phone', 'email'],
    company: ['idNumber', 'name', 'nameKk', 'nameRu', 'registrationDate', 'registrationNumber', 'registeringAuthority', 'phone', 'email', 'legalAddress'],
  },
  'non-resident': {
    user: ['surname', 'name', 'phone', 'email'],
    company: ['identifier', 'name', 'country', 'phone', 'email', 'legalAddress'],
  },
} as const;
/** Natural persons have no registry data: these are not theirs to send. */
const REGISTRY_FIELDS: readonly string[] = ['nameKk', 'nameRu', 'registrationDate', 'registrationNumber', 'registeringAuthority'];

/**
 * The raw payload as the contract describes it: each shown field as typed, blank ones left out,
 * a resident's company in KZ, no company and no accounts once the organisation is registered,
 * and never a password, its repeat or the e-mail code (credentials travel apart).
 */
function expectedRaw(values: FieldValues, config: SectionConfig, bankAccounts: readonly unknown[]): Record<string, unknown> {
  const resident = config.kind === 'resident';
  const fields = PAYLOAD_FIELDS[config.kind];
  const section = (name: 'user' | 'company', keys: readonly string[]) => {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const value = values[`${name}.${key}` as FieldKey];
      if (value?.trim()) out[key] = value;
    }
    return out;
  };
  const companyKeys = resident && config.legalStatus === 'natural-person' ? fields.company.filter((k) => !REGISTRY_FIELDS.includes(k)) : fields.company;
  return {
    kind: config.kind,
    legalStatus: resident ? config.legalStatus : 'legal-entity',
    user: section('user', fields.user),
    ...(!config.companyRegistered && { company: { ...section('company', companyKeys), ...(resident && { country: 'KZ' }) } }),
    bankAccounts: config.companyRegistered ? [] : [...bankAccounts],
    documents: [],
  };
}

/** What the e-mail code field says for each state of the e-mail step: blank code, typed code. */
const EMAIL_CODE_VERDICTS: Record<string, readonly [blank: string | undefined, typed: string | undefined]> = {
  verified: [undefined, undefined],
  wrong: ['code-invalid', 'code-invalid'],
  expired: ['code-expired', 'code-expired'],
  sent: ['required', 'email-not-verified'],
  verifying: ['required', 'email-not-verified'],
  idle: ['email-not-verified', 'email-not-verified'],
  error: ['email-not-verified', 'email-not-verified'],
  none: ['email-not-verified', 'email-not-verified'],
};

/** A legal entity's number is a BIN: the model's IIN codes are said as BIN codes. */
const BIN_CODES: Record<string, string> = { 'iin-not-digits': 'bin-not-digits', 'iin-length': 'bin-length' };

/**
 * The codes and typed payload the model's zod schemas give for `raw` (the expected one, not the
 * form's), with the form's own rules: the password through the model's validator, its repeat,
 * the e-mail code and the agreement by the tables above.
 */
function schemaVerdict(raw: Record<string, unknown>, values: FieldValues, config: SectionConfig, state: FormState) {
  const resident = config.kind === 'resident';
  let result: { success: boolean; data?: unknown; error?: { issues: readonly SchemaIssue[] } };
  if (config.companyRegistered) {
    const user = (resident ? residentUserSchema : nonResidentUserSchema).safeParse(raw.user);
    result = user.success
      ? { success: true, data: { kind: raw.kind, legalStatus: raw.legalStatus, user: user.data, bankAccounts: [], documents: [] } }
      : { success: false, error: { issues: user.error.issues.map((i) => ({ ...i, path: ['user', ...i.path] })) } };
  } else {
    result = (resident ? residentRegistrationSchema : nonResidentRegistrationSchema).safeParse(raw);
  }
  const issues = issuesToFieldErrors(result as Parameters<typeof issuesToFieldErrors>[0]);
  const bankCode = Object.entries(issues).find(([path]) => path === 'bankAccounts' || path.startsWith('bankAccounts.'))?.[1];
  const fields = allFields(config);
  const codes: Partial<Record<FieldKey, string>> = {};
  for (const { key } of fields) {
    let code: string | undefined;
    switch (key) {
      case 'user.password': {
        const password = validatePassword(values[key] ?? '');
        code = password.ok ? undefined : password.code;
        break;
      }
      case 'user.passwordRepeat': {
        const repeat = validatePasswordRepeat(values['user.password'] ?? '', values[key] ?? '');
        code = repeat.ok ? undefined : repeat.code;
        break;
      }
      case 'user.emailCode':
        code = EMAIL_CODE_VERDICTS[state.emailStatus ?? 'none']![values[key]?.trim() ? 1 : 0];
        break;
      case 'agreement':
        code = state.agreementSigned ? undefined : 'agreement-not-signed';
        break;
      case 'bankAccounts':
        code = bankCode;
        break;
      case 'company.idNumber': {
        const own = issues[key];
        code = own && config.legalStatus === 'legal-entity' && own.startsWith('iin-') ? (BIN_CODES[own] ?? 'bin-type') : own;
        break;
      }
      default:
        code = issues[key];
    }
    if (code) codes[key] = code;
  }
  const shown = (path: string) => fields.some((f) => (path.startsWith('bankAccounts') ? f.key === 'bankAccounts' : f.key === path));
  const valid = Object.keys(codes).length === 0 && result.success && Object.keys(issues).every(shown);
  return { codes, payload: valid ? result.data : undefined };
}

/** Objects as their entries in order, so a key set to `undefined` and a key left out differ. */
function layout(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(layout);
  if (typeof value === 'object' && value !== null) return Object.entries(value).map(([k, v]) => [k, layout(v)]);
  return value;
}

/** What a user may type in each field: the first is valid, then near misses, blanks and junk. */
const typed: Record<FieldKey, readonly (string | undefined)[]> = {
  'user.iin': [IIN, '9001 0130 0017', WRONG_IIN, NEW_BIN, '123', ''],
  'user.surname': ['Сейтқали', 'Schmidt', 'X1', '', '  '],
  'user.name': ['Айгерім', 'Anna', '', 'A1'],
  'user.patronymic': [undefined, 'Ерланқызы', '123', '', ' '],
  'user.birthDate': [undefined, '1990-01-01', '01.01.1990', '1991-01-01', '1990-13-40'],
  'user.phone': ['+77012345678', '8 (701) 234-56-78', '+7 727 212 34 56', '+49 30 1234567', '030 1234567', '123', ''],
  'user.email': ['a.seitkali@example.kz', ' A@Example.KZ ', 'bad@', ''],
  'user.emailCode': [undefined, '123456', '', ' '],
  'user.password': [undefined, 'Secret-Passw0rd', 'short', '', 'aaaaaaaaaaaa'],
  'user.passwordRepeat': [undefined, 'Secret-Passw0rd', 'other', ''],
  agreement: [undefined],
  legalStatus: [undefined],
  'company.idNumber': [NEW_BIN, '1503-4000-0129', IIN, JOINT_BIN, '150340000128', '12345', 'abc', ''],
  'company.identifier': ['HRB 123456', 'HRB#1', ''],
  'company.name': ['Дала Инжиниринг', 'ТОО «Дала»', 'Я', ''],
  'company.nameKk': [undefined, '«Дала Инжиниринг» ЖШС', '!', ''],
  'company.nameRu': [undefined, 'ТОО «Дала Инжиниринг»', ''],
  'company.registrationDate': [undefined, '2015-03-12', '12.03.2015', '2015-13-40'],
  'company.registrationNumber': [undefined, '10254-1901-ТОО', '№'],
  'company.registeringAuthority': [undefined, 'Департамент юстиции', 'x'.repeat(256)],
  'company.country': ['DE', 'de', 'KZ', 'XX', ''],
  'company.phone': ['+77172554433', '+49221987654', 'x', ''],
  'company.email': ['info@example.kz', 'info@', ''],
  'company.legalAddress': ['Астана, Мәңгілік Ел 55/20', '!!!', ''],
  bankAccounts: [undefined],
};

const accountsPool: readonly unknown[][] = [
  [kzAccount],
  [deAccount],
  [],
  [badIban],
  [{ ...deAccount, bic: 'DEUT' }],
  [kzAccount, { ...kzAccount }],
  [{ ...kzAccount, isMain: false }, deAccount],
  [{ ...kzAccount, kbe: undefined }],
  [{ ...kzAccount, closedOn: '2019-01-01' }],
  [{ ...deAccount, country: 'US', iban: undefined, accountNumber: '123-456-789', bic: 'CHASUS33', currency: 'USD' }],
  [{ ...deAccount, country: 'US', iban: undefined, bic: 'CHASUS33' }],
  [{ ...kzAccount, iban: '' }],
  [{}],
  ['x' as never],
];
const statuses: readonly (EmailCodeStatus | undefined)[] = [undefined, 'idle', 'sent', 'verifying', 'verified', 'wrong', 'expired', 'error'];
const legalStatuses: readonly LegalStatus[] = ['legal-entity', 'individual-entrepreneur', 'natural-person'];

describe('evaluate() with the plain rules agrees with the schema, field by field', () => {
  for (const seed of [1, 42, 20261126]) it(`the raw payload the contract describes, and the codes and payload the schema gives for it (seed ${seed})`, () => {
    const next = random(seed);
    const runs = 1500;
    let valid = 0;
    for (let run = 0; run < runs; run++) {
      const rate = [0.03, 0.15, 0.5][run % 3]!;
      const config: SectionConfig = {
        ...DEFAULT_CONFIG,
        kind: next() < 0.5 ? 'resident' : 'non-resident',
        legalStatus: legalStatuses[Math.floor(next() * 3)]!,
        requirePassword: next() < 0.3,
        requireAgreement: next() < 0.1,
        emailCode: next() < 0.1,
        companyRegistered: next() < 0.15,
        legalStatuses: next() < 0.5 ? ['legal-entity', 'individual-entrepreneur'] : legalStatuses,
      };
      const values: FieldValues = {};
      for (const [key, pool] of Object.entries(typed) as [FieldKey, readonly (string | undefined)[]][]) {
        const base = config.kind === 'non-resident' && key === 'user.phone' ? '+49301234567' : pool[0];
        const value = next() < rate ? pool[Math.floor(next() * pool.length)] : base;
        if (value !== undefined) values[key] = value;
      }
      if (values['user.passwordRepeat'] === undefined && next() < 0.8) values['user.passwordRepeat'] = values['user.password'];
      const accounts = next() < rate ? accountsPool[Math.floor(next() * accountsPool.length)]! : config.kind === 'resident' ? [kzAccount] : [deAccount];
      const state: FormState = { emailStatus: statuses[Math.floor(next() * statuses.length)], agreementSigned: next() < 0.7 };
      const label = `seed ${seed} run ${run}: ${JSON.stringify({ config: { ...config, locked: undefined }, values, accounts, state })}`;

      const actual = evaluate(values, config, accounts, state);
      const raw = expectedRaw(values, config, accounts);
      const expected = schemaVerdict(raw, values, config, state);
      expect(actual.raw, `raw: ${label}`).to.deep.equal(raw);
      expect(Object.entries(actual.codes), label).to.deep.equal(Object.entries(expected.codes));
      expect(layout(actual.payload), label).to.deep.equal(layout(expected.payload));
      if (expected.payload) valid++;
    }
    expect(valid, 'valid evaluations').to.be.greaterThan(runs / 50);
    expect(valid, 'invalid evaluations').to.be.lessThan(runs - runs / 50);
  });
});
