import { expect } from '@open-wc/testing';
import { certificateValidity, readCertificate, type CertificateInfo, type NcaLayerClient } from '../../src/ncalayer/index.js';
import { FAKE_FIXTURES } from '../../mocks/ncalayer/index.js';
import { configureEmulator, emulatorClient, rejectionOf, resetEmulator, utf8Base64 } from './emulator.js';

const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const EMAIL_PROTECTION = '1.3.6.1.5.5.7.3.4';
const INDIVIDUAL = '1.2.398.3.3.4.1.1';
const LEGAL = '1.2.398.3.3.4.1.2';
const HEAD = '1.2.398.3.3.4.1.2.1';
const EMPLOYEE = '1.2.398.3.3.4.1.2.5';
const VALID = { notBefore: '2025-01-01T00:00:00.000Z', notAfter: '2045-12-31T23:59:59.000Z' };
const AUTH = { purposes: ['authentication'], bits: ['digitalSignature', 'keyEncipherment'] };
const SIGN = { purposes: ['signing'], bits: ['digitalSignature', 'nonRepudiation'] };
const NOBODY = { organisation: null, bin: null, locality: null, region: null };

const ARMAN = { surname: 'ТЕСТОВ', givenName: 'АРМАН', patronymic: 'ЕРЛАНҰЛЫ', commonName: 'ТЕСТОВ АРМАН', iin: '900101300017', email: 'arman.testov@example.kz', ...NOBODY };
const DINARA = {
  surname: 'ӘБІЛОВА', givenName: 'ДИНАРА', patronymic: 'СЕРІКҚЫЗЫ', commonName: 'ӘБІЛОВА ДИНАРА', iin: '051231600027',
  email: 'dinara.abilova@example.kz', ...NOBODY, locality: 'АЛМАТЫ', region: 'АЛМАТЫ',
};
const COMPANY = { organisation: 'ТОО "ТЕСТ КОМПАНИ"', bin: '150340000129', locality: null, region: null };
const IVAN = { surname: 'ИВАНОВ', givenName: 'ИВАН', patronymic: 'ИВАНОВИЧ', commonName: 'ИВАНОВ ИВАН', iin: '900101300811', email: 'head@test-company.example.kz', ...COMPANY };
const AIGERIM = {
  surname: 'СЕРІКОВА', givenName: 'АЙГЕРІМ', patronymic: 'ҚАЙРАТҚЫЗЫ', commonName: 'СЕРІКОВА АЙГЕРІМ', iin: '950615400027',
  email: 'employee@test-company.example.kz', ...COMPANY,
};

/** What each emulator certificate must read as: written out by hand, not derived from the fixtures. */
const EXPECTED: Record<string, { person: object; usage: typeof AUTH; eku: string[]; kind: string; roles: string[]; policies: string[]; dates: typeof VALID }> = {
  'individual-auth': { person: ARMAN, usage: AUTH, eku: [CLIENT_AUTH, INDIVIDUAL], kind: 'individual', roles: ['individual'], policies: ['1.2.398.3.3.2.4'], dates: VALID },
  'individual-sign': { person: ARMAN, usage: SIGN, eku: [EMAIL_PROTECTION, INDIVIDUAL], kind: 'individual', roles: ['individual'], policies: ['1.2.398.3.3.2.3'], dates: VALID },
  'entrepreneur-auth': { person: DINARA, usage: AUTH, eku: [CLIENT_AUTH, INDIVIDUAL], kind: 'individual', roles: ['individual'], policies: ['1.2.398.3.3.2.4'], dates: VALID },
  'entrepreneur-sign': { person: DINARA, usage: SIGN, eku: [EMAIL_PROTECTION, INDIVIDUAL], kind: 'individual', roles: ['individual'], policies: ['1.2.398.3.3.2.3'], dates: VALID },
  'head-auth': { person: IVAN, usage: AUTH, eku: [CLIENT_AUTH, LEGAL, HEAD], kind: 'legal-entity', roles: ['legal-entity', 'first-head'], policies: ['1.2.398.3.3.2.2'], dates: VALID },
  'head-sign': { person: IVAN, usage: SIGN, eku: [EMAIL_PROTECTION, LEGAL, HEAD], kind: 'legal-entity', roles: ['legal-entity', 'first-head'], policies: ['1.2.398.3.3.2.1'], dates: VALID },
  'employee-auth': { person: AIGERIM, usage: AUTH, eku: [CLIENT_AUTH, LEGAL, EMPLOYEE], kind: 'legal-entity', roles: ['legal-entity', 'employee'], policies: ['1.2.398.3.3.2.2'], dates: VALID },
  'employee-sign': { person: AIGERIM, usage: SIGN, eku: [EMAIL_PROTECTION, LEGAL, EMPLOYEE], kind: 'legal-entity', roles: ['legal-entity', 'employee'], policies: ['1.2.398.3.3.2.1'], dates: VALID },
  expired: {
    person: ARMAN, usage: SIGN, eku: [EMAIL_PROTECTION, INDIVIDUAL], kind: 'individual', roles: ['individual'], policies: ['1.2.398.3.3.2.3'],
    dates: { notBefore: '2020-01-01T00:00:00.000Z', notAfter: '2021-01-01T00:00:00.000Z' },
  },
  'not-yet-valid': {
    person: ARMAN, usage: AUTH, eku: [CLIENT_AUTH, INDIVIDUAL], kind: 'individual', roles: ['individual'], policies: ['1.2.398.3.3.2.4'],
    dates: { notBefore: '2040-01-01T00:00:00.000Z', notAfter: '2041-01-01T00:00:00.000Z' },
  },
  xss: {
    person: {
      surname: '<SCRIPT>ALERT(1)</SCRIPT>', givenName: '<B>ИМЯ</B>', patronymic: '"><SVG ONLOAD=ALERT(2)>', commonName: '<SCRIPT>ALERT(1)</SCRIPT> <B>ИМЯ</B>',
      iin: '880302300043', email: 'x@example.kz', organisation: 'ТОО "<img src=x onerror=alert(1)>"', bin: '210540000318', locality: null, region: null,
    },
    usage: AUTH, eku: [CLIENT_AUTH, LEGAL, HEAD], kind: 'legal-entity', roles: ['legal-entity', 'first-head'], policies: ['1.2.398.3.3.2.2'], dates: VALID,
  },
};

function expectFixture(name: string, info: CertificateInfo): void {
  const expected = EXPECTED[name]!;
  const fixture = FAKE_FIXTURES.find((f) => f.name === name)!;
  expect(info, name).to.include(expected.person);
  expect(info.country).to.equal('KZ');
  expect(info.subjectKind).to.equal(expected.kind);
  expect(info.roles).to.deep.equal(expected.roles);
  expect(info.keyUsage).to.deep.equal({ ...expected.usage, extendedKeyUsage: expected.eku });
  expect(info.policies).to.deep.equal(expected.policies);
  expect({ notBefore: info.notBefore, notAfter: info.notAfter }).to.deep.equal(expected.dates);
  expect(info.keyAlgorithm).to.equal('RSA');
  expect(info.issuer).to.deep.equal({
    commonName: 'ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TIRKEU TEST', organisation: 'Tirkeu NCALayer emulator (test only)', country: 'KZ',
    dn: 'CN=ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TIRKEU TEST,O=Tirkeu NCALayer emulator (test only),C=KZ',
  });
  // Cross-checks with what the emulator's getKeyInfo reports (computed in Node, independently).
  expect(info.serialNumber).to.equal(fixture.keyInfo.serialNumber);
  expect(info.subjectDn).to.equal(fixture.keyInfo.subjectDn);
  expect(info.pem).to.equal(fixture.certificate);
}

describe('readCertificate', () => {
  let client: NcaLayerClient;
  before(async () => {
    await resetEmulator();
    client = await emulatorClient();
  });
  after(async () => {
    client.close();
    await resetEmulator();
  });

  it('has an expectation for every emulator fixture', () => {
    expect(Object.keys(EXPECTED).sort()).to.deep.equal(FAKE_FIXTURES.map((f) => f.name).sort());
  });

  for (const name of Object.keys(EXPECTED)) {
    it(`reads ${name} from basics' PEM CMS and from commonUtils' DER CMS`, async () => {
      await configureEmulator({ cert: name });
      const data = utf8Base64(`challenge for ${name}`);
      const pemCms = await client.basics.sign({ data, format: 'cms', signingParams: { decode: true } });
      expect(pemCms.startsWith('-----BEGIN CMS-----')).to.equal(true);
      expectFixture(name, await readCertificate(pemCms));
      const derCms = await client.commonUtils.createCAdESFromBase64({ storage: 'PKCS12', data, keyType: 'ANY', attach: true });
      expect(derCms.startsWith('-----')).to.equal(false);
      expectFixture(name, await readCertificate(derCms));
    });
  }

  it('reads a PEM certificate, base64 DER, and DER bytes alike', async () => {
    const fixture = FAKE_FIXTURES.find((f) => f.name === 'head-sign')!;
    const base64 = fixture.certificate.replace(/-----[A-Z ]+-----|\s/g, '');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    for (const input of [fixture.certificate, fixture.keyInfo.pem, base64, bytes, bytes.buffer]) expectFixture('head-sign', await readCertificate(input));
  });

  it("reads the precomputed detached CMS of the in-page fake", async () => {
    for (const fixture of FAKE_FIXTURES) expectFixture(fixture.name, await readCertificate(fixture.cmsDetached));
  });

  it('rejects input that is neither a certificate nor a CMS with a TypeError', async () => {
    for (const input of ['', 'not base64 at all!', btoa('plain text'), '-----BEGIN CMS-----\nAAAA\n-----END CMS-----\n']) {
      expect(await rejectionOf(readCertificate(input)), JSON.stringify(input)).to.be.instanceOf(TypeError);
    }
  });

  it('tells valid, expired and not-yet-valid apart', async () => {
    const at = new Date('2026-11-26T00:00:00Z');
    const read = (name: string) => readCertificate(FAKE_FIXTURES.find((f) => f.name === name)!.certificate);
    expect(certificateValidity(await read('individual-auth'), at)).to.equal('valid');
    expect(certificateValidity(await read('expired'), at)).to.equal('expired');
    expect(certificateValidity(await read('not-yet-valid'), at)).to.equal('not-yet-valid');
  });
});
