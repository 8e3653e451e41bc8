// Who the emulator's test certificates belong to. Plain data, read by generate-fixtures.mjs.
// IINs/BINs are synthetic but carry valid check digits (research/domain.md §1.5); e-mails use
// example.kz. Subject DNs follow NCA's layout (research/ncalayer.md §8.1): CN, SURNAME,
// SERIALNUMBER=IIN…, C=KZ, L/ST, O, OU=BIN…, G = patronymic (not the first name), E.

export const OID = {
  clientAuth: '1.3.6.1.5.5.7.3.2',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  roleIndividual: '1.2.398.3.3.4.1.1',
  roleLegalEntity: '1.2.398.3.3.4.1.2',
  roleFirstHead: '1.2.398.3.3.4.1.2.1',
  roleEmployee: '1.2.398.3.3.4.1.2.5',
  // Older NCA RSA certificate policies (research §8.2).
  policyLegalSign: '1.2.398.3.3.2.1',
  policyLegalAuth: '1.2.398.3.3.2.2',
  policyIndividualSign: '1.2.398.3.3.2.3',
  policyIndividualAuth: '1.2.398.3.3.2.4',
};

/** Validity of the "good" certificates: long, so that tests do not rot. */
const VALID = { notBefore: '2025-01-01T00:00:00Z', notAfter: '2045-12-31T23:59:59Z' };

/**
 * @typedef {'individual' | 'entrepreneur' | 'head' | 'employee' | 'xss'} PersonName
 * @typedef {{ surname: string, givenName: string, patronymic: string, iin: string, email: string,
 *   locality?: string, state?: string, organisation?: string, bin?: string }} Person
 */

/** @type {Record<PersonName, Person>} */
const PEOPLE = {
  individual: {
    surname: 'ТЕСТОВ', givenName: 'АРМАН', patronymic: 'ЕРЛАНҰЛЫ', iin: '900101300017',
    email: 'arman.testov@example.kz',
  },
  entrepreneur: {
    surname: 'ӘБІЛОВА', givenName: 'ДИНАРА', patronymic: 'СЕРІКҚЫЗЫ', iin: '051231600027',
    email: 'dinara.abilova@example.kz', locality: 'АЛМАТЫ', state: 'АЛМАТЫ',
  },
  head: {
    surname: 'ИВАНОВ', givenName: 'ИВАН', patronymic: 'ИВАНОВИЧ', iin: '900101300811',
    email: 'head@test-company.example.kz', organisation: 'ТОО "ТЕСТ КОМПАНИ"', bin: '150340000129',
  },
  employee: {
    surname: 'СЕРІКОВА', givenName: 'АЙГЕРІМ', patronymic: 'ҚАЙРАТҚЫЗЫ', iin: '950615400027',
    email: 'employee@test-company.example.kz', organisation: 'ТОО "ТЕСТ КОМПАНИ"', bin: '150340000129',
  },
  // Every DN value a page might show is hostile here, for rendering tests.
  xss: {
    surname: '<SCRIPT>ALERT(1)</SCRIPT>', givenName: '<B>ИМЯ</B>', patronymic: '"><SVG ONLOAD=ALERT(2)>',
    iin: '880302300043', email: 'x@example.kz', organisation: 'ТОО "<img src=x onerror=alert(1)>"',
    bin: '210540000318',
  },
};

/**
 * @typedef {'authentication' | 'signing'} Purpose
 * @typedef {{ name: string, person: PersonName, purpose: Purpose, roles: string[],
 *   notBefore: string, notAfter: string, description: string }} FixtureSpec
 */

/** @type {FixtureSpec[]} The order matters: "auto" selection picks the first match. */
export const FIXTURE_SPECS = [
  { name: 'individual-auth', person: 'individual', purpose: 'authentication', roles: [OID.roleIndividual], ...VALID,
    description: 'Individual (физическое лицо), authentication key AUTH_RSA256' },
  { name: 'individual-sign', person: 'individual', purpose: 'signing', roles: [OID.roleIndividual], ...VALID,
    description: 'Individual, signing key RSA256' },
  { name: 'entrepreneur-auth', person: 'entrepreneur', purpose: 'authentication', roles: [OID.roleIndividual], ...VALID,
    description: 'Individual entrepreneur (identified by the IIN; an individual certificate with L/ST)' },
  { name: 'entrepreneur-sign', person: 'entrepreneur', purpose: 'signing', roles: [OID.roleIndividual], ...VALID,
    description: 'Individual entrepreneur, signing key' },
  { name: 'head-auth', person: 'head', purpose: 'authentication', roles: [OID.roleLegalEntity, OID.roleFirstHead], ...VALID,
    description: "Legal entity's first head (первый руководитель), authentication key" },
  { name: 'head-sign', person: 'head', purpose: 'signing', roles: [OID.roleLegalEntity, OID.roleFirstHead], ...VALID,
    description: "Legal entity's first head, signing key" },
  { name: 'employee-auth', person: 'employee', purpose: 'authentication', roles: [OID.roleLegalEntity, OID.roleEmployee], ...VALID,
    description: 'Employee of the legal entity (сотрудник), authentication key' },
  { name: 'employee-sign', person: 'employee', purpose: 'signing', roles: [OID.roleLegalEntity, OID.roleEmployee], ...VALID,
    description: 'Employee of the legal entity, signing key' },
  { name: 'expired', person: 'individual', purpose: 'signing', roles: [OID.roleIndividual],
    notBefore: '2020-01-01T00:00:00Z', notAfter: '2021-01-01T00:00:00Z',
    description: 'Individual, signing key that expired on 2021-01-01' },
  { name: 'not-yet-valid', person: 'individual', purpose: 'authentication', roles: [OID.roleIndividual],
    notBefore: '2040-01-01T00:00:00Z', notAfter: '2041-01-01T00:00:00Z',
    description: 'Individual, authentication key valid only from 2040-01-01' },
  { name: 'xss', person: 'xss', purpose: 'authentication', roles: [OID.roleLegalEntity, OID.roleFirstHead], ...VALID,
    description: 'Legal entity whose DN values are HTML/script (for rendering tests)' },
];

export { PEOPLE };

export const CA_SPEC = {
  commonName: 'ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TIRKEU TEST',
  organisation: 'Tirkeu NCALayer emulator (test only)',
  notBefore: '2024-01-01T00:00:00Z',
  notAfter: '2049-12-31T23:59:59Z',
};
