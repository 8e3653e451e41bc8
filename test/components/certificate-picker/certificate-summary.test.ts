import { expect } from '@open-wc/testing';
import {
  displayRoles,
  matchesSubject,
  ownerName,
  parsePurpose,
  parseSubject,
  randomNonce,
  validity,
} from '../../../src/components/certificate-picker/certificate-summary.js';
import {
  checkCertificate,
  classifyFailure,
  pemBody,
} from '../../../src/components/certificate-picker/certificate-picker.controller.js';
import { errorHelp, errorTitle, roleName, type PickerErrorCode } from '../../../src/components/certificate-picker/messages.js';
import { NcaLayerError, ROLE_OIDS, type CertificateInfo, type CertificateRole } from '../../../src/ncalayer/index.js';
import { loadLocale, lookupFor } from '../../../src/i18n/localize.js';
import { formatDate, formatDateRange, formatDaysLeft, hasDateData } from '../../../src/components/shared/locale-dates.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2030-06-15T12:00:00');

function cert(overrides: Partial<CertificateInfo> = {}): CertificateInfo {
  return {
    iin: '900101300017', bin: null, surname: 'ТЕСТОВ', givenName: 'АРМАН', patronymic: 'ЕРЛАНҰЛЫ',
    commonName: 'ТЕСТОВ АРМАН', organisation: null, email: null, country: 'KZ', locality: null, region: null,
    serialNumber: '1', issuer: { commonName: 'CA', organisation: null, country: 'KZ', dn: 'CN=CA' }, subjectDn: '',
    notBefore: '2025-01-01T00:00:00.000Z', notAfter: '2045-12-31T23:59:59.000Z', keyAlgorithm: 'RSA',
    subjectKind: 'individual', roles: ['individual'],
    keyUsage: { purposes: ['authentication'], bits: [], extendedKeyUsage: [] }, policies: [], pem: '',
    ...overrides,
  };
}

describe('certificate summary (pure)', () => {
  it("names the owner as the certificate writes them: surname, first name, patronymic, else the common name", () => {
    expect(ownerName(cert())).to.equal('ТЕСТОВ АРМАН ЕРЛАНҰЛЫ');
    expect(ownerName(cert({ patronymic: null }))).to.equal('ТЕСТОВ АРМАН');
    expect(ownerName(cert({ surname: null, givenName: null, patronymic: null, commonName: 'ИС ЗАКУПОК' }))).to.equal('ИС ЗАКУПОК');
    expect(ownerName(cert({ surname: ' McKenzie ', givenName: "O'Brien", patronymic: '  ' }))).to.equal("McKenzie O'Brien");
    expect(ownerName(cert({ surname: null, givenName: null, patronymic: null, commonName: null }))).to.equal('');
  });

  it('lists known roles once, in a fixed order, without the generic one when a precise one is there', () => {
    expect(displayRoles(['individual'])).to.deep.equal(['individual']);
    expect(displayRoles(['legal-entity'])).to.deep.equal(['legal-entity']);
    expect(displayRoles(['employee', 'legal-entity', 'first-head', 'first-head'])).to.deep.equal(['first-head', 'employee']);
    expect(displayRoles([])).to.deep.equal([]);
    expect(displayRoles(undefined)).to.deep.equal([]);
  });

  it('has a name for every NCA role in every locale', async () => {
    await Promise.all([loadLocale('ru'), loadLocale('kk')]);
    const roles = Object.keys(ROLE_OIDS) as CertificateRole[];
    for (const locale of ['en', 'ru', 'kk'] as const) {
      const names = roles.map((role) => roleName(role, lookupFor(locale)));
      expect(new Set(names).size, locale).to.equal(roles.length);
    }
    expect(roleName('first-head', lookupFor('ru'))).to.equal('Первый руководитель');
    expect(roleName('first-head', lookupFor('kk'))).to.equal('Бірінші басшы');
  });

  it('says what happened and what to do for every error code, in every locale', async () => {
    await Promise.all([loadLocale('ru'), loadLocale('kk')]);
    const codes: PickerErrorCode[] = [
      'ncalayer-unavailable', 'local-network-blocked', 'ncalayer-cancelled', 'ncalayer-failed', 'ncalayer-protocol',
      'ncalayer-closed', 'certificate-expired', 'certificate-not-yet-valid', 'certificate-wrong-kind',
      'certificate-unreadable', 'challenge-failed',
    ];
    for (const locale of ['en', 'ru', 'kk'] as const) {
      const t = lookupFor(locale);
      const texts = codes.map((code) => [errorTitle(code, t), errorHelp(code, t, { date: '1.1.2030' })]);
      expect(new Set(texts.map(([title]) => title)).size, `${locale} titles`).to.equal(codes.length);
      for (const [title, help] of texts) {
        expect(title, locale).to.not.equal('');
        expect(help, locale).to.not.equal('');
      }
    }
    expect(errorHelp('certificate-expired', lookupFor('ru'), { date: '1 января 2021 г.' })).to.contain('1 января 2021 г.');
    expect(errorTitle('certificate-wrong-kind', lookupFor('en'), { subject: 'legal-entity' })).to.not.equal(
      errorTitle('certificate-wrong-kind', lookupFor('en'), { subject: 'individual' }),
    );
  });

  it('tells valid, expiring, expired and not-yet-valid apart, counting calendar days', () => {
    const at = (offset: number) => new Date(NOW.getTime() + offset).toISOString();
    expect(validity(cert({ notBefore: at(-DAY), notAfter: at(40 * DAY) }), NOW)).to.deep.equal({ status: 'valid', daysLeft: 40 });
    expect(validity(cert({ notBefore: at(-DAY), notAfter: at(30 * DAY) }), NOW)).to.deep.equal({ status: 'expiring', daysLeft: 30 });
    expect(validity(cert({ notBefore: at(-DAY), notAfter: at(DAY) }), NOW).daysLeft).to.equal(1);
    expect(validity(cert({ notBefore: at(-DAY), notAfter: at(60 * 60 * 1000) }), NOW)).to.deep.equal({ status: 'expiring', daysLeft: 0 });
    expect(validity(cert({ notBefore: at(-2 * DAY), notAfter: at(-1) }), NOW).status).to.equal('expired');
    expect(validity(cert({ notBefore: at(1), notAfter: at(DAY * 400) }), NOW).status).to.equal('not-yet-valid');
    expect(validity(cert({ notAfter: 'garbage' }), NOW).status).to.equal('expired');
  });

  it('matches the subject filter and reads unknown attribute values safely', () => {
    expect(matchesSubject(cert(), 'any')).to.equal(true);
    expect(matchesSubject(cert(), 'individual')).to.equal(true);
    expect(matchesSubject(cert(), 'legal-entity')).to.equal(false);
    expect(matchesSubject(cert({ subjectKind: 'legal-entity' }), 'legal-entity')).to.equal(true);
    expect(parseSubject('legal-entity')).to.equal('legal-entity');
    expect(parseSubject('company')).to.equal('any');
    expect(parseSubject(null)).to.equal('any');
    expect(parsePurpose('signing')).to.equal('signing');
    expect(parsePurpose('SIGN')).to.equal('authentication');
  });

  it('makes a fresh 32-byte nonce each time', () => {
    const a = randomNonce();
    const b = randomNonce();
    expect(atob(a)).to.have.length(32);
    expect(a).to.not.equal(b);
  });
});

describe('picker dates', () => {
  const from = new Date(2025, 0, 1);
  const to = new Date(2045, 11, 31);

  it('formats per locale', () => {
    expect(formatDate(to, 'en')).to.equal('December 31, 2045');
    expect(formatDate(to, 'ru')).to.equal('31 декабря 2045 г.');
    expect(formatDateRange(from, to, 'en')).to.equal('January 1, 2025 – December 31, 2045');
    expect(formatDaysLeft(12, 'en')).to.equal('in 12 days');
    expect(formatDaysLeft(1, 'en')).to.equal('tomorrow');
    expect(formatDaysLeft(12, 'ru')).to.equal('через 12 дней');
  });

  it('writes Kazakh dates even where the browser has no Kazakh data', () => {
    expect(formatDate(to, 'kk')).to.equal('2045 ж. 31 желтоқсан');
    expect(formatDateRange(from, to, 'kk').replace(/\s+/g, ' ')).to.equal('2025 ж. 1 қаңтар – 2045 ж. 31 желтоқсан');
    expect(formatDaysLeft(12, 'kk').replace(/\s+/g, ' ')).to.equal('12 күннен кейін');
    expect(formatDaysLeft(0, 'kk')).to.equal('бүгін');
    expect(hasDateData('en')).to.equal(true);
  });
});

describe('certificate picker controller helpers (pure)', () => {
  it('strips PEM armour to the base64 a backend takes', () => {
    expect(pemBody('-----BEGIN CMS-----\nAAEC\nAwQ=\n-----END CMS-----\n')).to.equal('AAECAwQ=');
    expect(pemBody('AAEC AwQ=')).to.equal('AAECAwQ=');
  });

  it('maps failures to stable codes', () => {
    const failed = classifyFailure(new NcaLayerError('ncalayer-failed', 'Хранилище недоступно'));
    expect([failed.code, failed.ncalayerMessage]).to.deep.equal(['ncalayer-failed', 'Хранилище недоступно']);
    expect(classifyFailure(new NcaLayerError('ncalayer-closed', 'x')).code).to.equal('ncalayer-closed');
    expect(classifyFailure(new NcaLayerError('local-network-blocked', 'x')).code).to.equal('local-network-blocked');
    expect(classifyFailure(new Error('?'), 'connect').code).to.equal('ncalayer-unavailable');
    expect(classifyFailure(new Error('?'), 'sign').code).to.equal('ncalayer-protocol');
  });

  it('refuses out-of-date and wrong-kind certificates, validity first', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(checkCertificate(cert(), 'any', now)).to.equal(undefined);
    expect(checkCertificate(cert({ notAfter: '2029-01-01T00:00:00Z' }), 'legal-entity', now)!.code).to.equal('certificate-expired');
    expect(checkCertificate(cert({ notBefore: '2031-01-01T00:00:00Z' }), 'any', now)!.code).to.equal('certificate-not-yet-valid');
    const wrong = checkCertificate(cert(), 'legal-entity', now)!;
    expect([wrong.code, wrong.subject]).to.deep.equal(['certificate-wrong-kind', 'legal-entity']);
  });
});
