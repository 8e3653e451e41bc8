import { expect } from '@open-wc/testing';
import { HttpBackend, type RegistrationPayload } from '../../src/backend/index.js';
import { setupBrowserMocks } from '../../mocks/backend/browser.js';
import { createBackendHandlers, handlers, mockSignature, NEW_BIN, readSignature, REGISTRY, signs, validId } from '../../mocks/backend/index.js';
import { CMS_CONTENT, CMS_FIXTURE } from './fixtures.js';
import { API, failure, freshBackend } from './setup.js';

const fast = () => new HttpBackend({ apiBase: API, sleep: async () => {} });

describe('mock backend', () => {
  afterEach(async () => {
    await freshBackend();
  });

  it('reads the signer and the content of a real CMS', () => {
    const read = readSignature(CMS_FIXTURE)!;
    expect(read.subject).to.deep.equal({
      iin: '900101300017',
      bin: '150340000129',
      surname: 'СЕЙТҚАЛИ',
      name: 'АЙГЕРІМ',
      patronymic: 'ЕРЛАНҚЫЗЫ',
      email: 'a.seitkali@example.kz',
      organisation: 'ТОО «Дала Инжиниринг»',
      country: 'KZ',
    });
    expect(signs(read, CMS_CONTENT)).to.equal(true);
    expect(signs(read, 'something else')).to.equal(false);
    expect(readSignature(`-----BEGIN CMS-----\n${CMS_FIXTURE.match(/.{1,64}/g)!.join('\n')}\n-----END CMS-----\n`)?.subject.iin).to.equal('900101300017');
  });

  it('reads mock signatures and refuses garbage', () => {
    const read = readSignature(mockSignature('қол қою', { iin: '900101300017' }))!;
    expect(read.subject.iin).to.equal('900101300017');
    expect(signs(read, 'қол қою')).to.equal(true);
    expect(readSignature('%%%')).to.equal(undefined);
    expect(readSignature(btoa('{"other":1}'))).to.equal(undefined);
  });

  it('holds only valid BINs in its register, with Kazakh and Russian names', () => {
    expect(REGISTRY.size).to.be.greaterThan(5);
    for (const [bin, entry] of REGISTRY) {
      expect(validId(bin), bin).to.equal(true);
      expect(entry.name.kk).to.match(/[әғқңөұүһі]/i);
      expect(entry.name.ru).to.match(/[а-я]/i);
    }
  });

  it('companyExists: every organisation is registered and a submission is organisation-exists', async () => {
    await setupBrowserMocks({ scenario: 'companyExists' });
    const backend = fast();
    expect((await backend.lookupOrganisation(NEW_BIN)).registered).to.equal(true);
    const { challenge } = await backend.getChallenge();
    const outcome = await backend.presentCertificate({
      signature: mockSignature(challenge, { iin: '900101300017', surname: 'А', name: 'Б', bin: NEW_BIN }),
      format: 'cms',
    });
    expect(outcome.organisationRegistered).to.equal(true);
  });

  it('userExists, serverValidation, unavailable and rateLimited scenarios', async () => {
    await setupBrowserMocks({ scenario: 'userExists' });
    const backend = fast();
    let { challenge } = await backend.getChallenge();
    const signature = mockSignature(challenge, { iin: '900101300017', surname: 'А', name: 'Б' });
    expect((await failure(backend.presentCertificate({ signature, format: 'cms' }))).code).to.equal('user-exists');

    await setupBrowserMocks({ scenario: 'serverValidation' });
    const payload = { kind: 'resident' as const, user: { iin: '900101300017', email: 'x@example.kz' }, documents: [] };
    const error = await failure(backend.submitRegistration({ payload: payload as unknown as RegistrationPayload, signature: mockSignature(JSON.stringify(payload), {}) }));
    expect(Object.keys(error.fieldErrors)).to.include.members(['company.name', 'bankAccounts.0.iban']);

    await setupBrowserMocks({ scenario: 'unavailable' });
    expect((await failure(backend.lookupOrganisation(NEW_BIN))).code).to.equal('server');

    await setupBrowserMocks({ scenario: 'rateLimited' });
    const waits: number[] = [];
    const patient = new HttpBackend({ apiBase: API, sleep: async (ms) => void waits.push(ms) });
    ({ challenge } = await patient.getChallenge());
    expect(challenge).to.be.a('string');
    expect((await patient.lookupOrganisation(NEW_BIN)).bin).to.equal(NEW_BIN);
    expect(waits).to.deep.equal([2000]);
    expect((await failure(patient.sendEmailCode({ email: 'x@example.kz' }))).retryAfter).to.equal(2);
  });

  it('can be mounted at an absolute api base', async () => {
    const worker = await freshBackend();
    worker.resetHandlers(...createBackendHandlers({ apiBase: 'https://portal.example.kz/api/v1/', latency: 0 }));
    const backend = new HttpBackend({ apiBase: 'https://portal.example.kz/api/v1' });
    expect((await backend.resolveInvitation('nonresident-invitation')).prefill.company?.country).to.equal('DE');
  });

  it('offers every documented scenario as fresh handlers', () => {
    for (const name of ['default', 'fast', 'slow', 'userExists', 'companyExists', 'serverValidation', 'rateLimited', 'unavailable', 'pending'] as const) {
      const list = handlers[name];
      expect(list, name).to.have.length(7);
      expect(handlers[name], name).not.to.equal(list);
    }
  });
});
