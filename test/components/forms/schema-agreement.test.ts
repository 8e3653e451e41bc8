import { expect, html } from '@open-wc/testing';
import type { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import type { TirkeuNonresidentForm } from '../../../src/components/nonresident-form/nonresident-form.js';
import { nonResidentRegistrationSchema, residentRegistrationSchema } from '../../../src/model/index.js';
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

describe('registration forms agree with the model schemas', () => {
  it('resident: the form says valid exactly when the schema parses (seeded inputs)', async () => {
    const next = random(20261126);
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
      const schemaSays = residentRegistrationSchema.safeParse(payload).success;
      const formSays = el.validate();
      expect(formSays, `run ${run}: ${JSON.stringify(payload)}`).to.equal(schemaSays);
      if (formSays) valid++;
      el.remove();
    }
    // Both outcomes were exercised.
    expect(valid).to.be.greaterThan(0);
    expect(valid).to.be.lessThan(runs);
  });

  it('non-resident: the form says valid exactly when the schema parses (seeded inputs)', async () => {
    const next = random(7);
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
      const schemaSays = nonResidentRegistrationSchema.safeParse(payload).success;
      const formSays = el.validate();
      expect(formSays, `run ${run}: ${JSON.stringify(payload)}`).to.equal(schemaSays);
      if (formSays) valid++;
      el.remove();
    }
    expect(valid).to.be.greaterThan(0);
    expect(valid).to.be.lessThan(runs);
  });
});

