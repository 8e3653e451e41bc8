import { expect } from '@open-wc/testing';
import {
  documentManifestEntrySchema,
  issuesToFieldErrors,
  isValidationCode,
  nonResidentBankAccountSchema,
  registrationSchema,
  residentBankAccountSchema,
  residentUserSchema,
  type NonResidentRegistration,
  type RegistrationPayload,
  type ResidentRegistration,
} from '../../src/model/index.js';

const SHA = 'ab'.repeat(32);

function resident() {
  return {
    kind: 'resident',
    legalStatus: 'legal-entity',
    user: {
      iin: '900101300017',
      surname: 'Сейтқали',
      name: 'Айгерім',
      patronymic: 'Ерланқызы',
      birthDate: '1990-01-01',
      phone: '8 (701) 123-45-67',
      email: 'A.Seitkali@Example.KZ',
    },
    company: {
      idNumber: '1503 4000 0129',
      name: 'Ромашка',
      nameKk: '«Ромашка» ЖШС',
      phone: '+7 727 123 45 67',
      email: 'info@romashka.kz',
      legalAddress: 'Алматы, ул. Абая, 1',
    },
    bankAccounts: [
      {
        country: 'KZ',
        bankName: 'АО «Народный Банк Казахстана»',
        bic: 'hsbkkzkx',
        iban: 'kz86 125k zt50 0410 0100',
        kbe: '17',
        accountType: 'current',
        currency: 'kzt',
        openedOn: '01.02.2020',
        isMain: true,
      },
    ],
    documents: [{ slot: 'state-registration', fileName: 'справка.pdf', size: 123_456, type: 'application/pdf', sha256: SHA }],
  } as Record<string, any>;
}

function nonResident() {
  return {
    kind: 'non-resident',
    legalStatus: 'legal-entity',
    user: { name: 'John Smith', phone: '+44 20 7946 0958', email: 'john@example.co.uk' },
    company: {
      identifier: '01234567',
      name: 'Acme Trading',
      country: 'gb',
      phone: '+44 20 7946 0000',
      email: 'office@acme.example',
      legalAddress: '1 High Street, London',
    },
    bankAccounts: [
      {
        country: 'US',
        bankName: 'JPMorgan Chase Bank',
        bic: 'CHASUS33',
        accountNumber: '123-456-789',
        accountType: 'current',
        currency: 'USD',
        openedOn: '2019-05-01',
      },
      {
        country: 'GB',
        bankName: 'NatWest',
        bic: 'NWBKGB2L',
        iban: 'GB29 NWBK 6016 1331 9268 19',
        kbe: '27',
        accountType: 'current',
        currency: 'GBP',
        openedOn: '2018-01-01',
      },
    ],
    documents: [],
  } as Record<string, any>;
}

const errorsOf = (input: unknown) => issuesToFieldErrors(registrationSchema.safeParse(input));

describe('model: registration schema, resident', () => {
  it('accepts a complete resident payload and returns it normalised', () => {
    const result = registrationSchema.safeParse(resident());
    expect(result.success, JSON.stringify(issuesToFieldErrors(result))).to.equal(true);
    const data = result.data as ResidentRegistration;
    expect(data.user.iin).to.equal('900101300017');
    expect(data.user.phone).to.equal('+77011234567');
    expect(data.user.email).to.equal('A.Seitkali@example.kz');
    expect(data.company.idNumber).to.equal('150340000129');
    expect(data.company.country).to.equal('KZ');
    expect(data.bankAccounts[0]).to.deep.equal({
      country: 'KZ',
      bankName: 'АО «Народный Банк Казахстана»',
      bic: 'HSBKKZKX',
      iban: 'KZ86125KZT5004100100',
      kbe: '17',
      accountType: 'current',
      currency: 'KZT',
      openedOn: '2020-02-01',
      isMain: true,
    });
    expect(data.documents[0].sha256).to.equal(SHA);
  });

  it('puts our codes at the fields they concern', () => {
    const payload = resident();
    payload.user.iin = '900101300018';
    payload.user.phone = '+7 727 123 45 67'; // a landline: residents give a mobile
    payload.user.email = 'not-an-email';
    payload.company.name = '';
    payload.company.legalAddress = undefined;
    payload.bankAccounts[0].iban = 'KZ86125KZT5004100101';
    payload.bankAccounts[0].kbe = '27';
    payload.bankAccounts[0].currency = 'XYZ';
    payload.bankAccounts[0].accountType = 'checking';
    payload.documents[0].sha256 = 'abc';
    payload.documents[0].size = 0;
    expect(errorsOf(payload)).to.deep.equal({
      'user.iin': 'iin-checksum',
      'user.phone': 'phone-kz-mobile',
      'user.email': 'email-format',
      'company.name': 'required',
      'company.legalAddress': 'required',
      'bankAccounts.0.iban': 'iban-checksum',
      'bankAccounts.0.kbe': 'kbe-residency',
      'bankAccounts.0.accountType': 'invalid-choice',
      'bankAccounts.0.currency': 'currency-code',
      'documents.0.size': 'file-empty',
      'documents.0.sha256': 'file-sha256',
    });
  });

  it('checks fields against each other', () => {
    const payload = resident();
    payload.user.birthDate = '1990-01-02';
    payload.bankAccounts[0].iban = 'DE89370400440532013000';
    payload.bankAccounts[0].bic = 'DEUTDEFF';
    payload.bankAccounts[0].closedOn = '2019-12-31';
    payload.bankAccounts.push({ ...resident().bankAccounts[0], currency: 'USD', isMain: true });
    expect(errorsOf(payload)).to.deep.equal({
      'user.birthDate': 'birth-date-mismatch',
      'bankAccounts.0.iban': 'iban-country-mismatch',
      'bankAccounts.0.bic': 'bic-country-mismatch',
      'bankAccounts.0.closedOn': 'date-order',
      'bankAccounts.1.isMain': 'bank-main-multiple',
    });
  });

  it('matches the identification number to the legal status', () => {
    const cases: Array<[string, string, string | undefined]> = [
      ['legal-entity', '150340000129', undefined],
      ['legal-entity', '190751000349', undefined], // a non-resident's Kazakh branch has a BIN too
      ['legal-entity', '900101300017', 'bin-type'], // an IIN
      ['legal-entity', '200560000781', 'bin-type'], // a joint-entrepreneurship BIN
      ['individual-entrepreneur', '900101300017', undefined],
      ['individual-entrepreneur', '200560000781', undefined],
      ['individual-entrepreneur', '150340000129', 'bin-type'],
      ['natural-person', '900101300017', undefined],
      ['natural-person', '150340000129', 'iin-is-bin'],
    ];
    for (const [legalStatus, idNumber, code] of cases) {
      const payload = resident();
      payload.legalStatus = legalStatus;
      payload.company.idNumber = idNumber;
      payload.bankAccounts[0].kbe = legalStatus === 'legal-entity' ? '17' : '19';
      expect(errorsOf(payload), `${legalStatus} ${idNumber}`).to.deep.equal(code ? { 'company.idNumber': code } : {});
    }
  });

  it('requires residents to be in Kazakhstan and to give a KBe', () => {
    const payload = resident();
    payload.company.country = 'RU';
    delete payload.bankAccounts[0].kbe;
    expect(errorsOf(payload)).to.deep.equal({ 'company.country': 'country-must-be-kz', 'bankAccounts.0.kbe': 'required' });
  });

  it('treats cleared optional fields as absent', () => {
    const payload = resident();
    payload.user.patronymic = '';
    payload.user.birthDate = '  ';
    payload.bankAccounts[0].closedOn = '';
    const result = registrationSchema.safeParse(payload);
    expect(result.success, JSON.stringify(issuesToFieldErrors(result))).to.equal(true);
    const data = result.data as ResidentRegistration;
    expect(data.user.patronymic).to.equal(undefined);
    expect(data.bankAccounts[0].closedOn).to.equal(undefined);
  });
});

describe('model: registration schema, non-resident', () => {
  it('accepts a complete non-resident payload with IBAN and non-IBAN accounts', () => {
    const result = registrationSchema.safeParse(nonResident());
    expect(result.success, JSON.stringify(issuesToFieldErrors(result))).to.equal(true);
    const data = result.data as NonResidentRegistration;
    expect(data.kind).to.equal('non-resident');
    expect(data.user.phone).to.equal('+442079460958');
    expect(data.company.country).to.equal('GB');
    expect(data.bankAccounts[0].accountNumber).to.equal('123456789');
    expect(data.bankAccounts[0].kbe).to.equal(undefined);
    expect(data.bankAccounts[0].isMain).to.equal(false);
    expect(data.bankAccounts[1].iban).to.equal('GB29NWBK60161331926819');
  });

  it('puts our codes at the fields they concern', () => {
    const payload = nonResident();
    payload.user.phone = '020 7946 0958';
    payload.company.identifier = '#1';
    payload.company.country = 'XX';
    payload.bankAccounts[0].accountNumber = undefined; // the US has no IBAN: the number is needed
    payload.bankAccounts[1].iban = undefined; // Britain has IBANs: one is needed
    payload.bankAccounts[1].kbe = '17';
    expect(errorsOf(payload)).to.deep.equal({
      'user.phone': 'phone-country-code',
      'company.identifier': 'company-identifier-format',
      'company.country': 'country-code',
      'bankAccounts.0.accountNumber': 'required',
      'bankAccounts.1.kbe': 'kbe-residency',
      'bankAccounts.1.iban': 'required',
    });
  });

  it('refuses an IBAN given for a country that has none', () => {
    const payload = nonResident();
    payload.bankAccounts[0].iban = 'US64SVBKUS6S3300958879';
    expect(errorsOf(payload)).to.deep.equal({ 'bankAccounts.0.iban': 'iban-country' });
  });
});

describe('model: registration schema, malformed payloads', () => {
  it('answers any shape with our codes only', () => {
    expect(errorsOf(undefined)).to.deep.equal({ '': 'required' });
    expect(errorsOf(null)).to.deep.equal({ '': 'invalid-type' });
    expect(errorsOf('resident')).to.deep.equal({ '': 'invalid-type' });
    expect(errorsOf([])).to.deep.equal({ '': 'invalid-type' });
    expect(errorsOf({})).to.deep.equal({ kind: 'required' });
    expect(errorsOf({ kind: 'alien' })).to.deep.equal({ kind: 'invalid-choice' });
    expect(errorsOf({ kind: 'resident' })).to.deep.equal({
      legalStatus: 'required',
      user: 'required',
      company: 'required',
      bankAccounts: 'required',
      documents: 'required',
    });
    expect(errorsOf({ kind: 'non-resident', legalStatus: 'sole-trader', user: 5, company: [], bankAccounts: [], documents: {} })).to.deep.equal({
      legalStatus: 'invalid-choice',
      user: 'invalid-type',
      company: 'invalid-type',
      bankAccounts: 'required',
      documents: 'invalid-type',
    });
    const payload = resident();
    payload.bankAccounts = [null, 'x'];
    payload.documents = [{}];
    expect(errorsOf(payload)).to.deep.equal({
      'bankAccounts.0': 'invalid-type',
      'bankAccounts.1': 'invalid-type',
      'documents.0.slot': 'required',
      'documents.0.fileName': 'required',
      'documents.0.size': 'required',
      'documents.0.type': 'required',
      'documents.0.sha256': 'required',
    });
  });

  it('never lets zod English through', () => {
    const inputs: unknown[] = [undefined, null, 0, '', {}, [], { kind: 'resident', user: {}, company: {}, bankAccounts: [{}], documents: [{}] }];
    for (const input of inputs) {
      const result = registrationSchema.safeParse(input);
      expect(result.success).to.equal(false);
      for (const issue of result.error!.issues) expect(isValidationCode(issue.message), issue.message).to.equal(true);
    }
  });
});

describe('model: sub-schemas and issuesToFieldErrors', () => {
  it('validates one section on its own, for a step of the form', () => {
    const user = residentUserSchema.safeParse({ ...resident().user, iin: '12' });
    expect(issuesToFieldErrors(user)).to.deep.equal({ iin: 'iin-length' });
    const account = nonResidentBankAccountSchema.safeParse({ ...nonResident().bankAccounts[1], kbe: '' });
    expect(account.success).to.equal(true);
    const residentAccount = residentBankAccountSchema.safeParse({ ...resident().bankAccounts[0], isMain: 'yes' });
    expect(issuesToFieldErrors(residentAccount)).to.deep.equal({ isMain: 'invalid-type' });
    const entry = documentManifestEntrySchema.safeParse({ slot: 'charter', fileName: 'a/b.pdf', size: 1, type: 'application/pdf', sha256: SHA });
    expect(issuesToFieldErrors(entry)).to.deep.equal({ fileName: 'file-name' });
  });

  it('reads results, errors and issue lists; keeps the first code per field; maps foreign issues', () => {
    const failed = registrationSchema.safeParse({ kind: 'alien' });
    expect(issuesToFieldErrors(failed)).to.deep.equal({ kind: 'invalid-choice' });
    expect(issuesToFieldErrors(failed.error)).to.deep.equal({ kind: 'invalid-choice' });
    expect(issuesToFieldErrors(failed.error!.issues)).to.deep.equal({ kind: 'invalid-choice' });
    expect(issuesToFieldErrors(registrationSchema.safeParse(resident()))).to.deep.equal({});
    expect(issuesToFieldErrors(undefined)).to.deep.equal({});
    expect(
      issuesToFieldErrors([
        { path: ['a'], message: 'iin-checksum' },
        { path: ['a'], message: 'required' },
        { path: ['b', 0], message: 'Invalid input', code: 'invalid_value' },
        { path: ['c'], message: 'Too big', code: 'too_big' },
        { path: [], message: 'Something', code: 'custom' },
      ]),
    ).to.deep.equal({ a: 'iin-checksum', 'b.0': 'invalid-choice', c: 'text-length', '': 'invalid-type' });
  });

  it('infers types a host can build payloads with', () => {
    const result = registrationSchema.safeParse(resident());
    // Compile-time checks: narrowing on `kind` reaches each shape's own fields.
    const data: RegistrationPayload | undefined = result.data;
    const id = data?.kind === 'resident' ? data.company.idNumber : data?.company.identifier;
    expect(id).to.equal('150340000129');
  });
});
