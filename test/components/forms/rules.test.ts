import { expect } from '@open-wc/testing';
import {
  allFields,
  compactNumber,
  DEFAULT_CONFIG,
  emailCodeCode,
  credentialsOf,
  evaluate,
  legalStatusesFor,
  ownershipWarning,
  rawPayload,
  sectionFields,
  tidyValue,
  type FieldValues,
  type SectionConfig,
} from '../../../src/components/registration-sections/rules.js';
import {
  certificateBin,
  companyFromOrganisation,
  fromInvitation,
  fromPayload,
  legalStatusFromCertificate,
  mergePrefill,
  personName,
  registrantNumber,
  userFromCertificate,
} from '../../../src/components/registration-sections/prefill.js';
import { fieldForPath, placeServerErrors } from '../../../src/components/registration-sections/server-errors.js';
import { REGISTRY } from '../../../mocks/backend/index.js';
import type { Organisation } from '../../../src/backend/index.js';
import { certificate, IIN, kzAccount, NEW_BIN, deAccount } from './helpers.js';

const resident = (extra: Partial<SectionConfig> = {}): SectionConfig => ({ ...DEFAULT_CONFIG, ...extra });
const nonResident = (extra: Partial<SectionConfig> = {}): SectionConfig => ({ ...DEFAULT_CONFIG, kind: 'non-resident', ...extra });
const keys = (config: SectionConfig, section: 'user' | 'company' | 'bank') => sectionFields(section, config).map((f) => f.key);

const residentValues: FieldValues = {
  'user.iin': IIN,
  'user.surname': 'Сейтқали',
  'user.name': 'Айгерім',
  'user.phone': '8 (701) 234-56-78',
  'user.email': 'a.seitkali@dala-eng.example.kz',
  'company.idNumber': NEW_BIN,
  'company.name': 'Дала Инжиниринг',
  'company.phone': '+7 7172 55 44 33',
  'company.email': 'info@dala-eng.example.kz',
  'company.legalAddress': 'Астана, Мәңгілік Ел 55/20',
};
const nonResidentValues: FieldValues = {
  'user.name': 'Anna',
  'user.surname': 'Schmidt',
  'user.phone': '+49 30 1234567',
  'user.email': 'a.schmidt@example.de',
  'company.identifier': 'HRB 123456',
  'company.name': 'Rhein Anlagenbau',
  'company.country': 'DE',
  'company.phone': '+49 221 987654',
  'company.email': 'info@example.de',
  'company.legalAddress': 'Rheinufer 1, 50668 Köln',
};

describe('registration sections: rules', () => {
  it('lists the resident user fields, and the code, password and agreement only when asked', () => {
    expect(keys(resident(), 'user')).to.deep.equal([
      'user.iin', 'user.surname', 'user.name', 'user.patronymic', 'user.birthDate', 'user.phone', 'user.email',
    ]);
    expect(keys(resident({ emailCode: true, requirePassword: true, requireAgreement: true }), 'user')).to.include.members([
      'user.emailCode', 'user.password', 'user.passwordRepeat', 'agreement',
    ]);
    const iin = sectionFields('user', resident({ locked: new Set(['user.iin']) })).find((f) => f.key === 'user.iin')!;
    expect(iin.readonly).to.equal(true);
    expect(sectionFields('user', resident()).find((f) => f.key === 'user.birthDate')!.readonly).to.equal(true);
  });

  it('lists non-resident user fields without IIN and birth date', () => {
    expect(keys(nonResident(), 'user')).to.deep.equal(['user.name', 'user.surname', 'user.phone', 'user.email']);
  });

  it('shapes the company fields by legal status', () => {
    const entity = keys(resident(), 'company');
    expect(entity).to.include.members(['legalStatus', 'company.idNumber', 'company.nameKk', 'company.registrationDate', 'company.registeringAuthority']);
    expect(keys(resident({ legalStatuses: ['legal-entity'] }), 'company')).not.to.include('legalStatus', 'one status: no choice');
    const withChoice = resident({ legalStatuses: legalStatusesFor(true) });
    expect(keys(withChoice, 'company')[0]).to.equal('legalStatus');
    const person = keys({ ...withChoice, legalStatus: 'natural-person' }, 'company');
    expect(person).not.to.include('company.nameKk');
    expect(person).not.to.include('company.registrationNumber');
    expect(person).to.include.members(['company.idNumber', 'company.name', 'company.legalAddress']);
    expect(keys(nonResident(), 'company')).to.deep.equal([
      'company.identifier', 'company.name', 'company.country', 'company.phone', 'company.email', 'company.legalAddress',
    ]);
  });

  it('drops company and bank sections when the organisation is registered already', () => {
    const config = resident({ companyRegistered: true });
    expect(keys(config, 'company')).to.deep.equal([]);
    expect(keys(config, 'bank')).to.deep.equal([]);
    expect(rawPayload(residentValues, config, [kzAccount])).to.include({ kind: 'resident' }).and.not.have.property('company');
  });

  it('tidies pasted numbers, codes, e-mails and texts but never passwords', () => {
    expect(compactNumber(' 9001 0130-0017 ')).to.equal('900101300017');
    expect(tidyValue('id-number', '1503 4000–0129')).to.equal('150340000129');
    expect(tidyValue('code', '123-456')).to.equal('123456');
    expect(tidyValue('email', '  a@b.kz ')).to.equal('a@b.kz');
    expect(tidyValue('text', '  Rhein \n Anlagenbau ')).to.equal('Rhein Anlagenbau');
    expect(tidyValue('password', ' Secret1 ')).to.equal(' Secret1 ');
    // Letters stay: the user sees them with an error instead of losing them.
    expect(tidyValue('id-number', '15O3')).to.equal('15O3');
    // Dates as the form writes them, from what people type; what is no date stays as typed.
    expect(tidyValue('date', ' 1/2/2024 ')).to.equal('01.02.2024');
    expect(tidyValue('date', '31-12-2024')).to.equal('31.12.2024');
    expect(tidyValue('date', '2024-12-31')).to.equal('31.12.2024');
    expect(tidyValue('date', '2024.12.31')).to.equal('31.12.2024');
    expect(tidyValue('date', '31.12.24')).to.equal('31.12.24');
  });

  it('evaluates a complete resident registration into the typed payload', () => {
    const result = evaluate(residentValues, resident(), [kzAccount]);
    expect(result.codes).to.deep.equal({});
    const payload = result.payload as Record<string, any>;
    expect(payload.kind).to.equal('resident');
    expect(payload.user.phone).to.equal('+77012345678');
    expect(payload.company).to.include({ idNumber: NEW_BIN, country: 'KZ', phone: '+77172554433' });
  });

  it('evaluates a complete non-resident registration', () => {
    const result = evaluate(nonResidentValues, nonResident(), [deAccount]);
    expect(result.codes).to.deep.equal({});
    expect((result.payload as any).company.country).to.equal('DE');
    expect((result.payload as any).legalStatus).to.equal('legal-entity');
  });

  it('reports one code per field, in display order', () => {
    const result = evaluate({ ...residentValues, 'user.phone': '123', 'company.idNumber': '150340000128', 'user.email': 'x@' }, resident(), []);
    expect(Object.keys(result.codes)).to.deep.equal(['user.phone', 'user.email', 'company.idNumber', 'bankAccounts']);
    expect(result.codes).to.deep.equal({
      'user.phone': 'phone-format',
      'user.email': 'email-format',
      'company.idNumber': 'bin-checksum',
      bankAccounts: 'required',
    });
    expect(result.payload).to.equal(undefined);
  });

  it('checks the number against the legal status', () => {
    const asEntrepreneur = evaluate({ ...residentValues, 'company.idNumber': IIN }, resident({ legalStatus: 'individual-entrepreneur' }), [kzAccount]);
    expect(asEntrepreneur.codes).to.deep.equal({});
    const iinForEntity = evaluate({ ...residentValues, 'company.idNumber': IIN }, resident(), [kzAccount]);
    expect(iinForEntity.codes['company.idNumber']).to.equal('bin-type');
  });

  it('adds the form rules: password, its repeat, the e-mail code and the agreement', () => {
    const config = resident({ requirePassword: true, requireAgreement: true, emailCode: true });
    const codes = evaluate({ ...residentValues, 'user.password': 'short', 'user.passwordRepeat': 'other' }, config, [kzAccount]).codes;
    expect(codes).to.deep.equal({
      'user.emailCode': 'email-not-verified',
      'user.password': 'password-length',
      'user.passwordRepeat': 'password-mismatch',
      agreement: 'agreement-not-signed',
    });
    const ok = evaluate({ ...residentValues, 'user.password': 'Secret123', 'user.passwordRepeat': 'Secret123' }, config, [kzAccount], {
      emailStatus: 'verified',
      agreementSigned: true,
    });
    expect(ok.codes).to.deep.equal({});
    // The password is a credential: checked, but never part of the payload that is signed.
    expect(JSON.stringify(ok.payload)).not.to.contain('Secret123');
    expect(JSON.stringify(ok.raw)).not.to.contain('Secret123');
  });

  it('gives the credentials apart from the payload, only those the configuration asks for', () => {
    const values = { ...residentValues, 'user.password': 'Secret123', 'user.emailCode': ' 123456 ' };
    expect(credentialsOf(values, resident({ requirePassword: true, emailCode: true }))).to.deep.equal({ password: 'Secret123', emailCode: '123456' });
    expect(credentialsOf(values, resident({ emailCode: true }))).to.deep.equal({ emailCode: '123456' });
    expect(credentialsOf(values, resident())).to.deep.equal({});
  });

  it('names what the e-mail step still needs', () => {
    expect(emailCodeCode('', 'idle')).to.equal('email-not-verified');
    expect(emailCodeCode('', 'sent')).to.equal('required');
    expect(emailCodeCode('123456', 'sent')).to.equal('email-not-verified');
    expect(emailCodeCode('111111', 'wrong')).to.equal('code-invalid');
    expect(emailCodeCode('000000', 'expired')).to.equal('code-expired');
    expect(emailCodeCode('123456', 'verified')).to.equal(undefined);
  });

  it('warns about ownership forms in the company name only', () => {
    expect(ownershipWarning('company.name', 'ТОО «Ромашка»')).to.equal('ТОО');
    expect(ownershipWarning('company.name', 'Acme LLP')).to.equal('LLP');
    expect(ownershipWarning('company.name', 'Ақ Жол')).to.equal(undefined);
    expect(ownershipWarning('company.nameRu', 'ТОО «Ромашка»')).to.equal(undefined);
  });
});

describe('registration sections: prefill', () => {
  it('reads the user from a certificate, birth date from the IIN', () => {
    expect(userFromCertificate(certificate())).to.deep.equal({
      'user.iin': IIN,
      'user.surname': 'СЕЙТҚАЛИ',
      'user.name': 'АЙГЕРІМ',
      'user.patronymic': 'ЕРЛАНҚЫЗЫ',
      'user.birthDate': '01.01.1990',
      'user.email': 'a.seitkali@dala-eng.example.kz',
    });
    const bare = userFromCertificate({ iin: `IIN${IIN}`, commonName: 'ИВАНОВ ИВАН', surname: null, givenName: null });
    expect(bare).to.include({ 'user.iin': IIN, 'user.surname': 'ИВАНОВ', 'user.name': 'ИВАН' });
  });

  it('derives legal status and registrant number from the certificate', () => {
    const statuses = legalStatusesFor(true);
    expect(certificateBin({ bin: `BIN${NEW_BIN}` })).to.equal(NEW_BIN);
    expect(legalStatusFromCertificate(certificate(), statuses)).to.equal('legal-entity');
    expect(legalStatusFromCertificate(certificate({ bin: '200560000781' }), statuses)).to.equal('individual-entrepreneur');
    expect(legalStatusFromCertificate(certificate({ bin: null, subjectKind: 'individual' }), statuses)).to.equal('natural-person');
    expect(legalStatusFromCertificate(certificate({ bin: null, subjectKind: 'individual' }), legalStatusesFor(false))).to.equal(
      'individual-entrepreneur',
    );
    expect(registrantNumber(certificate(), 'legal-entity')).to.equal(NEW_BIN);
    expect(registrantNumber(certificate(), 'individual-entrepreneur')).to.equal(IIN);
    expect(registrantNumber(certificate({ bin: '200560000781' }), 'individual-entrepreneur')).to.equal('200560000781');
    expect(registrantNumber(certificate(), 'natural-person')).to.equal(IIN);
  });

  it('fills the company from the register, the short name without its ownership form', () => {
    const organisation = { ...REGISTRY.get(NEW_BIN)!, registered: false } as Organisation;
    const ru = companyFromOrganisation(organisation, 'ru');
    expect(ru).to.include({
      'company.idNumber': NEW_BIN,
      'company.name': 'Дала Инжиниринг',
      'company.nameKk': organisation.name.kk,
      'company.nameRu': organisation.name.ru,
      'company.registrationDate': '12.03.2015',
      'company.registrationNumber': '10254-1901-ТОО',
      'company.registeringAuthority': 'Департамент юстиции города Астаны',
    });
    expect(companyFromOrganisation(organisation, 'kk')['company.registeringAuthority']).to.equal('Астана қаласының әділет департаменті');
    expect(companyFromOrganisation(organisation, 'en')['company.name']).to.equal('Dala Engineering');
  });

  it('never overwrites what the user typed', () => {
    const edited = new Set(['company.name'] as const);
    const { values, changed } = mergePrefill({ 'company.name': 'Mine' }, { 'company.name': 'Theirs', 'company.email': 'x@y.kz' }, edited);
    expect(values).to.deep.equal({ 'company.name': 'Mine', 'company.email': 'x@y.kz' });
    expect(changed).to.deep.equal(['company.email']);
    expect(personName({ 'user.surname': 'Иванов', 'user.name': 'Иван' })).to.equal('Иванов Иван');
  });

  it('reads invitations and payloads back into fields', () => {
    const fields = fromInvitation({
      token: 't',
      expiresAt: '',
      prefill: { user: { email: 'a@b.kz' }, company: { idNumber: NEW_BIN, phone: '+77172554433' } },
    });
    expect(fields).to.deep.equal({ 'user.email': 'a@b.kz', 'company.idNumber': NEW_BIN, 'company.phone': '+77172554433' });
    const back = fromPayload({
      kind: 'resident',
      legalStatus: 'legal-entity',
      user: { iin: IIN, password: 'x', birthDate: '1990-01-01' },
      company: { name: 'A', registrationDate: '2015-03-12' },
      bankAccounts: [kzAccount],
    });
    // Dates as the form writes them: the payload's YYYY-MM-DD comes back as 31.12.2024.
    expect(back.values).to.deep.equal({ 'user.iin': IIN, 'user.birthDate': '01.01.1990', 'company.name': 'A', 'company.registrationDate': '12.03.2015' });
    expect(back.legalStatus).to.equal('legal-entity');
    expect(back.bankAccounts).to.have.length(1);
  });
});

describe('registration sections: server errors', () => {
  const shown = allFields(resident());
  it('places 422 paths on their fields, aliases included', () => {
    expect(fieldForPath('user.phone', shown)).to.equal('user.phone');
    expect(fieldForPath('company.bin', shown)).to.equal('company.idNumber');
    // A bank account's path keeps account and field: the editor shows it there.
    expect(fieldForPath('bankAccounts.0.iban', shown)).to.equal('bankAccounts.0.iban');
    expect(fieldForPath('bankAccounts.1.iban.checksum', shown)).to.equal('bankAccounts.1.iban');
    expect(fieldForPath('bankAccounts', shown)).to.equal('bankAccounts');
    expect(fieldForPath('documents.0', shown)).to.equal(undefined);
  });

  it('keeps what it cannot place, and the first error per field', () => {
    const placed = placeServerErrors(
      [
        { path: 'company.name', code: 'registry-mismatch', message: 'Unknown name' },
        { path: 'company.name', code: 'required' },
        { path: 'documents.0', code: 'document-missing' },
      ],
      shown,
    );
    expect(placed.fields['company.name']).to.deep.equal({ code: 'registry-mismatch', message: 'Unknown name', path: 'company.name' });
    expect(placed.unplaced.map((e) => e.code)).to.deep.equal(['document-missing']);
  });
});

