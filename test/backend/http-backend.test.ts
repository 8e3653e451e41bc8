import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { HttpBackend, isBackendError, parseRetryAfter, serializePayload, type RegistrationPayload, type RegistrationSubmission } from '../../src/backend/index.js';
import {
  DEMO_EMAIL_CODE,
  EXISTING_EMAIL,
  EXISTING_IIN,
  INVITATIONS,
  mockSignature,
  NEW_BIN,
  REGISTERED_BIN,
  type ReceivedRegistration,
} from '../../mocks/backend/index.js';
import { API, failure, freshBackend, quickBackend } from './setup.js';

const NEW_IIN = '900101300017';

const person = { iin: NEW_IIN, surname: 'СЕЙТҚАЛИ', name: 'АЙГЕРІМ', patronymic: 'ЕРЛАНҚЫЗЫ', email: 'a.seitkali@example.kz' };

/** SHA-256 of the bytes `pdf()` makes, `%PDF-1.7\n` (from sha256sum). */
const PDF_SHA256 = '0716f9264c9fe19f5d7455276107f3ddcc1d3497f63d60689a73558ae8a1bf5e';

function residentPayload(overrides: { email?: string; iin?: string; bin?: string; companyName?: string } = {}) {
  return {
    kind: 'resident' as const,
    legalStatus: 'legal-entity',
    user: {
      iin: overrides.iin ?? NEW_IIN,
      surname: 'Сейтқали',
      name: 'Айгерім',
      phone: '+77011234567',
      email: overrides.email ?? 'a.seitkali@example.kz',
    },
    company: {
      idNumber: overrides.bin ?? NEW_BIN,
      name: overrides.companyName ?? 'Дала Инжиниринг',
      country: 'KZ',
      phone: '+77172554433',
      email: 'info@dala-eng.example.kz',
      legalAddress: 'Астана, Мәңгілік Ел, 55/20',
    },
    bankAccounts: [
      { country: 'KZ', bankName: 'Halyk Bank', bic: 'HSBKKZKX', iban: 'KZ086010002000012345', kbe: '17', accountType: 'current', currency: 'KZT', openedOn: '2020-01-15', isMain: true },
    ],
    documents: [
      { slot: 'state-registration', fileName: 'cert.pdf', size: 9, type: 'application/pdf', sha256: PDF_SHA256 },
      { slot: 'other', fileName: 'a.pdf', size: 9, type: 'application/pdf', sha256: PDF_SHA256 },
      { slot: 'other', fileName: 'b.pdf', size: 9, type: 'application/pdf', sha256: PDF_SHA256 },
    ],
  };
}

const pdf = (name: string) => new File(['%PDF-1.7\n'], name, { type: 'application/pdf' });

function submission(payload: ReturnType<typeof residentPayload>): RegistrationSubmission {
  const text = serializePayload(payload);
  return {
    // A partial payload: the mock checks only what it needs.
    payload: payload as unknown as RegistrationPayload,
    documents: { 'state-registration': pdf('cert.pdf'), other: [pdf('a.pdf'), pdf('b.pdf')] },
    signature: mockSignature(text, { iin: payload.user.iin }),
  };
}

async function confirmEmail(backend: HttpBackend, email: string) {
  await backend.sendEmailCode({ email });
  await backend.verifyEmailCode({ email, code: DEMO_EMAIL_CODE });
}

/** Counts requests to a path and answers with `answers` in turn (the last one repeats). */
function scripted(worker: SetupWorker, method: 'get' | 'post', path: string, ...answers: Array<() => Response | Promise<Response>>) {
  const seen = { count: 0 };
  worker.use(
    http[method](API + path, () => {
      const answer = answers[Math.min(seen.count, answers.length - 1)];
      seen.count++;
      return answer();
    }),
  );
  return seen;
}

const ok = (body: unknown, status = 200) => () => HttpResponse.json(body as object, { status });
const ORGANISATION = {
  bin: NEW_BIN,
  registered: false,
  name: { kk: 'Дала', ru: 'Дала' },
  legalStatus: 'legal-entity',
  registrationDate: '2015-03-12',
  registrationNumber: '1',
  registeringAuthority: { kk: 'a', ru: 'b' },
  country: 'KZ',
  legalAddress: 'Астана',
  head: { fullName: 'X' },
};

describe('HttpBackend against the mock backend', () => {
  let worker: SetupWorker;
  let backend: HttpBackend;
  let waits: number[];
  let received: ReceivedRegistration[];

  beforeEach(async () => {
    received = [];
    worker = await freshBackend({ onRegistration: (r) => received.push(r) });
    ({ backend, waits } = quickBackend());
  });

  describe('certificate', () => {
    it('issues a base64 challenge with an expiry', async () => {
      const { challenge, expiresAt } = await backend.getChallenge();
      expect(atob(challenge)).to.have.length(32);
      expect(Date.parse(expiresAt)).to.be.greaterThan(Date.now());
    });

    it('answers a new user with certificate and registry prefill', async () => {
      const { challenge } = await backend.getChallenge();
      const signature = mockSignature(challenge, { ...person, bin: NEW_BIN });
      const outcome = await backend.presentCertificate({ signature, format: 'cms' });
      expect(outcome.outcome).to.equal('new-user');
      expect(outcome.organisationRegistered).to.equal(false);
      expect(outcome.user).to.deep.equal({ ...person, birthDate: '1990-01-01' });
      expect(outcome.organisation?.bin).to.equal(NEW_BIN);
      expect(outcome.organisation?.name.kk).to.contain('Дала Инжиниринг');
      expect(outcome.organisation?.name.ru).to.contain('Товарищество с ограниченной ответственностью');
    });

    it('says when the organisation is registered, so that only the personal part is needed', async () => {
      const { challenge } = await backend.getChallenge();
      const outcome = await backend.presentCertificate({ signature: mockSignature(challenge, { ...person, bin: REGISTERED_BIN }), format: 'cms' });
      expect(outcome.organisationRegistered).to.equal(true);
      expect(outcome.organisation?.registered).to.equal(true);
    });

    it('rejects a registered user with 409 user-exists', async () => {
      const { challenge } = await backend.getChallenge();
      const error = await failure(backend.presentCertificate({ signature: mockSignature(challenge, { ...person, iin: EXISTING_IIN }), format: 'cms' }));
      expect(error.code).to.equal('user-exists');
      expect(error.status).to.equal(409);
    });

    it('uses a challenge up, except in a check-only call', async () => {
      const { challenge } = await backend.getChallenge();
      const signature = mockSignature(challenge, person);
      await backend.presentCertificate({ signature, format: 'cms', checkOnly: true });
      await backend.presentCertificate({ signature, format: 'cms' });
      const error = await failure(backend.presentCertificate({ signature, format: 'cms' }));
      expect(error.code).to.equal('challenge-expired');
      expect(error.status).to.equal(410);
    });

    it('refuses a signature it cannot read', async () => {
      const error = await failure(backend.presentCertificate({ signature: btoa('not a cms'), format: 'cms' }));
      expect(error.code).to.equal('signature-invalid');
    });
  });

  describe('e-mail code', () => {
    it('sends a code with its cool-down and confirms the demo code', async () => {
      const sent = await backend.sendEmailCode({ email: 'user@example.kz', locale: 'kk' });
      expect(sent.resendAfter).to.equal(60);
      expect(Date.parse(sent.expiresAt)).to.be.greaterThan(Date.now());
      expect(await backend.verifyEmailCode({ email: 'user@example.kz', code: DEMO_EMAIL_CODE })).to.deep.equal({ verified: true });
    });

    it('answers a resend within the cool-down with rate-limited and retryAfter, without retrying', async () => {
      await backend.sendEmailCode({ email: 'user@example.kz' });
      const error = await failure(backend.sendEmailCode({ email: 'user@example.kz' }));
      expect(error.code).to.equal('rate-limited');
      expect(error.status).to.equal(429);
      expect(error.retryAfter).to.be.within(59, 60);
      expect(waits).to.deep.equal([]);
    });

    it('maps a wrong code, an expired code and too many attempts', async () => {
      await backend.sendEmailCode({ email: 'user@example.kz' });
      const wrong = await failure(backend.verifyEmailCode({ email: 'user@example.kz', code: '111111' }));
      expect([wrong.code, wrong.status, wrong.attemptsLeft]).to.deep.equal(['code-invalid', 422, 4]);
      const expired = await failure(backend.verifyEmailCode({ email: 'user@example.kz', code: '000000' }));
      expect([expired.code, expired.status]).to.deep.equal(['code-expired', 410]);
      for (let i = 0; i < 3; i++) await failure(backend.verifyEmailCode({ email: 'user@example.kz', code: '111111' }));
      const burned = await failure(backend.verifyEmailCode({ email: 'user@example.kz', code: '111111' }));
      expect([burned.code, burned.status]).to.deep.equal(['too-many-attempts', 429]);
      const after = await failure(backend.verifyEmailCode({ email: 'user@example.kz', code: DEMO_EMAIL_CODE }));
      expect(after.code).to.equal('code-expired');
    });

    it('answers an address that is already a login with user-exists', async () => {
      const error = await failure(backend.sendEmailCode({ email: EXISTING_EMAIL }));
      expect([error.code, error.status]).to.deep.equal(['user-exists', 409]);
    });

    it('treats every code for expired@example.kz as expired', async () => {
      await backend.sendEmailCode({ email: 'expired@example.kz' });
      const error = await failure(backend.verifyEmailCode({ email: 'expired@example.kz', code: DEMO_EMAIL_CODE }));
      expect(error.code).to.equal('code-expired');
    });
  });

  describe('registry and invitations', () => {
    it('looks up an organisation: names in Kazakh and Russian, registration, authority, address, head', async () => {
      const org = await backend.lookupOrganisation(NEW_BIN);
      expect(org.registered).to.equal(false);
      expect(org.legalStatus).to.equal('legal-entity');
      expect(org.registrationDate).to.equal('2015-03-12');
      expect(org.registrationNumber).to.be.a('string').and.not.empty;
      expect(org.registeringAuthority.ru).to.contain('юстиции');
      expect(org.legalAddress).to.contain('Астана');
      expect(org.head.fullName).to.be.a('string').and.not.empty;
      expect((await backend.lookupOrganisation(REGISTERED_BIN)).registered).to.equal(true);
    });

    it('answers an unknown BIN with not-found and a malformed one with field errors', async () => {
      const missing = await failure(backend.lookupOrganisation('210340007893'));
      expect([missing.code, missing.status]).to.deep.equal(['not-found', 404]);
      const bad = await failure(backend.lookupOrganisation('150340000128'));
      expect(bad.code).to.equal('validation');
      expect(bad.fieldErrors).to.deep.equal({ bin: 'bin-checksum' });
    });

    it('resolves invitations: valid, expired, unknown', async () => {
      const invitation = await backend.resolveInvitation(INVITATIONS.valid);
      expect(invitation.prefill.company?.idNumber).to.equal(NEW_BIN);
      expect(invitation.kind).to.equal('resident');
      expect((await failure(backend.resolveInvitation(INVITATIONS.expired))).code).to.equal('invitation-expired');
      expect((await failure(backend.resolveInvitation('no-such-token'))).code).to.equal('not-found');
    });
  });

  describe('submission', () => {
    it('sends payload JSON, files by slot and the signature as multipart, and gets 201 moderation', async () => {
      const payload = residentPayload();
      await confirmEmail(backend, payload.user.email);
      const receipt = await backend.submitRegistration(submission(payload));
      expect(receipt.status).to.equal('moderation');
      expect(receipt.id).to.match(/^REG-\d{4}-\d{6}$/);
      expect(received).to.have.length(1);
      const [got] = received;
      expect(got.payloadText).to.equal(serializePayload(payload));
      expect(got.payload).to.deep.equal(payload);
      expect(Object.keys(got.documents).sort()).to.deep.equal(['other', 'state-registration']);
      expect(got.documents.other.map((f) => f.name)).to.deep.equal(['a.pdf', 'b.pdf']);
      expect(await got.documents['state-registration'][0].text()).to.equal('%PDF-1.7\n');
      expect(got.signature).to.equal(submission(payload).signature);
      expect(got.agreementSignature, 'no agreement part unless given').to.equal(undefined);
    });

    it('sends the agreement signature as its own part', async () => {
      const payload = residentPayload();
      await confirmEmail(backend, payload.user.email);
      const agreementSignature = mockSignature('I accept the user agreement.', { iin: NEW_IIN });
      const receipt = await backend.submitRegistration({ ...submission(payload), agreementSignature });
      expect(receipt.status).to.equal('moderation');
      expect(received[0].agreementSignature).to.equal(agreementSignature);
    });

    it('answers an unreadable agreement signature with a 422 on its path', async () => {
      const payload = residentPayload();
      await confirmEmail(backend, payload.user.email);
      const error = await failure(backend.submitRegistration({ ...submission(payload), agreementSignature: 'not a signature' }));
      expect(error.code).to.equal('validation');
      expect(error.fieldErrors).to.deep.equal({ agreementSignature: 'signature-invalid' });
    });

    it('sends a string payload as it is', async () => {
      const payload = residentPayload();
      await confirmEmail(backend, payload.user.email);
      const text = JSON.stringify(payload, null, 2);
      await backend.submitRegistration({ ...submission(payload), payload: text, signature: mockSignature(text, { iin: NEW_IIN }) });
      expect(received[0].payloadText).to.equal(text);
    });

    it('refuses a part whose bytes are not the ones the manifest lists, and a part the manifest does not list', async () => {
      const payload = residentPayload();
      await confirmEmail(backend, payload.user.email);
      const swapped = { ...submission(payload), documents: { 'state-registration': new File(['%PDF-1.4\n'], 'cert.pdf'), other: [pdf('a.pdf'), pdf('b.pdf')] } };
      const error = await failure(backend.submitRegistration(swapped));
      expect(error.errors.map((e) => `${e.path} ${e.code}`)).to.deep.equal(['documents.0 document-mismatch', 'documents document-unlisted']);
    });

    it('maps 422 field errors to fieldErrors', async () => {
      const payload = residentPayload({ companyName: 'REJECT me', bin: '150340000128' });
      await confirmEmail(backend, payload.user.email);
      const error = await failure(backend.submitRegistration(submission(payload)));
      expect(error.code).to.equal('validation');
      expect(error.status).to.equal(422);
      expect(error.fieldErrors).to.deep.equal({ 'company.idNumber': 'bin-checksum', 'company.name': 'registry-mismatch' });
      expect(error.errors.find((e) => e.path == 'company.name')?.message).to.be.a('string');
    });

    it('refuses an unconfirmed e-mail', async () => {
      const error = await failure(backend.submitRegistration(submission(residentPayload())));
      expect(error.fieldErrors['user.email']).to.equal('email-not-verified');
    });

    it('answers 409 user-exists and 409 organisation-exists', async () => {
      const taken = await failure(backend.submitRegistration(submission(residentPayload({ email: EXISTING_EMAIL }))));
      expect([taken.code, taken.status]).to.deep.equal(['user-exists', 409]);
      const payload = residentPayload({ bin: REGISTERED_BIN });
      await confirmEmail(backend, payload.user.email);
      const org = await failure(backend.submitRegistration(submission(payload)));
      expect([org.code, org.status]).to.deep.equal(['organisation-exists', 409]);
    });

    it('registers a user once: a second submission is user-exists, a repeat with the same Idempotency-Key the first answer', async () => {
      const payload = residentPayload();
      await confirmEmail(backend, payload.user.email);
      const first = await backend.submitRegistration(submission(payload), { idempotencyKey: 'k-1' });
      const repeat = await backend.submitRegistration(submission(payload), { idempotencyKey: 'k-1' });
      expect(repeat).to.deep.equal(first);
      expect(received).to.have.length(1);
      expect(received[0].idempotencyKey).to.equal('k-1');
      expect((await failure(backend.submitRegistration(submission(payload)))).code).to.equal('user-exists');
    });
  });

  describe('retries, rate limits and failures', () => {
    it('waits out Retry-After (seconds) on an idempotent call, then succeeds', async () => {
      const seen = scripted(
        worker,
        'get',
        '/organisations/:bin',
        () => HttpResponse.json({ code: 'rate-limited' }, { status: 429, headers: { 'Retry-After': '1' } }),
        ok(ORGANISATION),
      );
      const org = await backend.lookupOrganisation(NEW_BIN);
      expect(org.bin).to.equal(NEW_BIN);
      expect(seen.count).to.equal(2);
      expect(waits).to.deep.equal([1000]);
    });

    it('waits out Retry-After (HTTP date) on an idempotent call, then succeeds', async () => {
      const at = new Date(Date.now() + 3000).toUTCString();
      const seen = scripted(
        worker,
        'post',
        '/auth/challenge',
        () => HttpResponse.json({ code: 'rate-limited' }, { status: 429, headers: { 'Retry-After': at } }),
        ok({ challenge: 'AAAA', expiresAt: new Date().toISOString() }),
      );
      expect((await backend.getChallenge()).challenge).to.equal('AAAA');
      expect(seen.count).to.equal(2);
      expect(waits).to.have.length(1);
      expect(waits[0]).to.be.within(1000, 3000);
    });

    it('really sleeps a 1 s Retry-After when no sleep is injected', async () => {
      const seen = scripted(
        worker,
        'get',
        '/invitations/:token',
        () => HttpResponse.json({ code: 'rate-limited' }, { status: 429, headers: { 'Retry-After': '1' } }),
        ok({ token: 't', expiresAt: new Date().toISOString(), prefill: {} }),
      );
      const real = new HttpBackend({ apiBase: API });
      expect((await real.resolveInvitation('t')).token).to.equal('t');
      expect(seen.count).to.equal(2);
    });

    it('gives up on a Retry-After longer than maxRetryAfter and reports it', async () => {
      const seen = scripted(worker, 'get', '/organisations/:bin', () =>
        HttpResponse.json({ code: 'rate-limited' }, { status: 429, headers: { 'Retry-After': '120' } }),
      );
      const error = await failure(backend.lookupOrganisation(NEW_BIN));
      expect([error.code, error.retryAfter, seen.count]).to.deep.equal(['rate-limited', 120, 1]);
    });

    it('surfaces 429 on a non-idempotent call with retryAfter from seconds or a date, without retrying', async () => {
      const seconds = scripted(worker, 'post', '/registrations', () =>
        HttpResponse.json({ code: 'rate-limited' }, { status: 429, headers: { 'Retry-After': '7' } }),
      );
      const error = await failure(backend.submitRegistration(submission(residentPayload())));
      expect([error.code, error.status, error.retryAfter, seconds.count]).to.deep.equal(['rate-limited', 429, 7, 1]);

      const date = scripted(worker, 'post', '/email/verify', () =>
        HttpResponse.json({ code: 'rate-limited' }, { status: 429, headers: { 'Retry-After': new Date(Date.now() + 30_000).toUTCString() } }),
      );
      const byDate = await failure(backend.verifyEmailCode({ email: 'a@b.kz', code: '123456' }));
      expect(byDate.code).to.equal('rate-limited');
      expect(byDate.retryAfter).to.be.within(28, 31);
      expect(date.count).to.equal(1);
      expect(waits).to.deep.equal([]);
    });

    it('reads retryAfter from the body when the header is not exposed', async () => {
      scripted(worker, 'post', '/email/code', () => HttpResponse.json({ code: 'rate-limited', retryAfter: 42 }, { status: 429 }));
      expect((await failure(backend.sendEmailCode({ email: 'a@b.kz' }))).retryAfter).to.equal(42);
    });

    it('retries a GET on 503 with growing, jittered backoff', async () => {
      const unavailable = () => HttpResponse.json({ code: 'server' }, { status: 503 });
      const seen = scripted(worker, 'get', '/organisations/:bin', unavailable, unavailable, ok(ORGANISATION));
      ({ backend, waits } = quickBackend({ retryDelay: 100 }));
      expect((await backend.lookupOrganisation(NEW_BIN)).bin).to.equal(NEW_BIN);
      expect(seen.count).to.equal(3);
      expect(waits).to.have.length(2);
      expect(waits[0]).to.be.within(50, 100);
      expect(waits[1]).to.be.within(100, 200);
    });

    it('stops after `retries` and reports the last failure', async () => {
      const seen = scripted(worker, 'get', '/organisations/:bin', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 }));
      const error = await failure(backend.lookupOrganisation(NEW_BIN));
      expect([error.code, error.status, seen.count]).to.deep.equal(['server', 502, 3]);
    });

    it('does not retry a 500, nor POST /registrations on 503', async () => {
      const get = scripted(worker, 'get', '/organisations/:bin', () => HttpResponse.json({ code: 'server' }, { status: 500 }));
      expect((await failure(backend.lookupOrganisation(NEW_BIN))).code).to.equal('server');
      expect(get.count).to.equal(1);
      const post = scripted(worker, 'post', '/registrations', () => HttpResponse.json({ code: 'server' }, { status: 503 }));
      const error = await failure(backend.submitRegistration(submission(residentPayload())));
      expect([error.code, error.status, post.count]).to.deep.equal(['server', 503, 1]);
      expect(waits).to.deep.equal([]);
    });

    it('maps a network failure to network: retried for GET, not for POST', async () => {
      const get = scripted(worker, 'get', '/invitations/:token', () => HttpResponse.error());
      const e1 = await failure(backend.resolveInvitation('x'));
      expect([e1.code, e1.status, get.count]).to.deep.equal(['network', undefined, 3]);
      expect(e1.cause).to.be.instanceOf(TypeError);
      const post = scripted(worker, 'post', '/email/code', () => HttpResponse.error());
      const e2 = await failure(backend.sendEmailCode({ email: 'a@b.kz' }));
      expect([e2.code, post.count]).to.deep.equal(['network', 1]);
    });

    it('aborts mid-request with aborted and does not retry', async () => {
      let arrived!: () => void;
      const arrival = new Promise<void>((resolve) => (arrived = resolve));
      const seen = scripted(worker, 'get', '/organisations/:bin', async () => {
        arrived();
        await delay('infinite');
        return HttpResponse.json({});
      });
      const controller = new AbortController();
      const call = backend.lookupOrganisation(NEW_BIN, { signal: controller.signal });
      await arrival;
      controller.abort();
      const error = await failure(call);
      expect(error.code).to.equal('aborted');
      expect(seen.count).to.equal(1);
      expect(waits).to.deep.equal([]);
    });

    it('does not start an aborted call, and stops during a backoff wait', async () => {
      const seen = scripted(worker, 'get', '/organisations/:bin', () => HttpResponse.json({ code: 'server' }, { status: 503 }));
      const aborted = new AbortController();
      aborted.abort();
      expect((await failure(backend.lookupOrganisation(NEW_BIN, { signal: aborted.signal }))).code).to.equal('aborted');
      expect(seen.count).to.equal(0);

      const controller = new AbortController();
      const real = new HttpBackend({ apiBase: API, retryDelay: 60_000 });
      const call = real.lookupOrganisation(NEW_BIN, { signal: controller.signal });
      while (seen.count == 0) await new Promise((r) => setTimeout(r, 5));
      controller.abort();
      expect((await failure(call)).code).to.equal('aborted');
      expect(seen.count).to.equal(1);
    });

    it('reports a timeout as timeout', async () => {
      scripted(worker, 'post', '/email/verify', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      });
      ({ backend } = quickBackend({ timeout: 50 }));
      expect((await failure(backend.verifyEmailCode({ email: 'a@b.kz', code: '1' }))).code).to.equal('timeout');
    });

    it('reports an unparsable or misshapen answer as protocol', async () => {
      scripted(worker, 'get', '/organisations/:bin', () => new HttpResponse('{"bin": ', { status: 200, headers: { 'content-type': 'application/json' } }));
      const e1 = await failure(backend.lookupOrganisation(NEW_BIN));
      expect(e1.code).to.equal('protocol');
      expect(e1.cause).to.be.instanceOf(SyntaxError);
      scripted(worker, 'post', '/auth/challenge', ok({ nonce: 'x' }));
      expect((await failure(backend.getChallenge())).code).to.equal('protocol');
    });

    it('keeps an unknown server code as serverCode and maps by status', async () => {
      scripted(worker, 'post', '/email/code', () => HttpResponse.json({ code: 'quota-exhausted', message: 'no' }, { status: 403 }));
      const error = await failure(backend.sendEmailCode({ email: 'a@b.kz' }));
      expect([error.code, error.serverCode, error.message]).to.deep.equal(['unauthorized', 'quota-exhausted', 'no']);
      expect(isBackendError(error, 'unauthorized')).to.equal(true);
      expect(isBackendError(error, 'network')).to.equal(false);
    });
  });

  describe('options', () => {
    it('sends custom headers (also from a function), uses the given fetch and trims the api base', async () => {
      const headers: string[] = [];
      worker.use(
        http.post(API + '/auth/challenge', ({ request }) => {
          headers.push(`${request.headers.get('x-csrf-token')} ${request.headers.get('accept')}`);
          return HttpResponse.json({ challenge: 'AA', expiresAt: new Date().toISOString() });
        }),
      );
      const urls: string[] = [];
      const custom = new HttpBackend({
        apiBase: API + '/',
        headers: async () => ({ 'X-CSRF-Token': 'abc' }),
        fetch: (input, init) => (urls.push(String(input)), fetch(input, init)),
      });
      await custom.getChallenge();
      expect(headers).to.deep.equal(['abc application/json']);
      expect(urls).to.deep.equal(['/api/auth/challenge']);
    });
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(parseRetryAfter('5', now)).to.equal(5);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Thu, 26 Nov 2026 10:00:30 GMT', now)).to.equal(30);
    expect(parseRetryAfter('Thu, 26 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });
});
