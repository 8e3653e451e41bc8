// Backend failures as the forms tell them: recognised whichever copy of the library made the
// error, said in the form's language (never the server's text), and fired as tirkeu-error,
// the e-mail code's failures included.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http as route, HttpResponse } from 'msw';
import type { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import type { TirkeuErrorDetail } from '../../../src/components/shared/events.js';
import { BackendError, HttpBackend, isBackendError, type RegistrationBackend } from '../../../src/backend/index.js';
import { setupBrowserMocks } from '../../../mocks/backend/browser.js';
import { createBackendHandlers } from '../../../mocks/backend/index.js';
import { button, certificate, confirmEmail, control, fillResident, has, message, mockSigner, mount, onlineResident, root, settle, typeInto, IIN } from './helpers.js';

/** The backend module loaded a second time: another copy of the library, with its own classes. */
async function secondCopy(): Promise<{ BackendError: typeof BackendError }> {
  const url = new URL('../../../src/backend/errors.ts', import.meta.url);
  url.search = '?second-copy';
  return import(/* @vite-ignore */ url.href);
}

describe('backend errors across copies of the library', () => {
  it('recognises a BackendError made by another copy by its name and code', async () => {
    const copy = await secondCopy();
    const foreign = new copy.BackendError('rate-limited', 'Slow down', { retryAfter: 7 });
    expect(foreign instanceof BackendError, 'really another class').to.equal(false);
    expect(isBackendError(foreign)).to.equal(true);
    expect(isBackendError(foreign, 'rate-limited')).to.equal(true);
    expect(isBackendError(foreign, 'network')).to.equal(false);
    for (const notOne of [null, undefined, 'BackendError', { name: 'BackendError' }, { name: 'Error', code: 'network' }, new Error('x')])
      expect(isBackendError(notOne), String(notOne)).to.equal(false);
  });

  it('a form given another copy\'s backend keeps 409s apart from network failures', async () => {
    const copy = await secondCopy();
    const submitRegistration = async () => {
      throw new copy.BackendError('organisation-exists', 'Зарегистрирована', { status: 409 });
    };
    // The mock backend for everything but the submission, which another copy's error refuses.
    const worker = await setupBrowserMocks({ latency: 0 });
    worker.resetHandlers(...createBackendHandlers({ latency: 0 }));
    const http = new HttpBackend({ apiBase: '/api' });
    const foreignBackend: RegistrationBackend = {
      getChallenge: (o) => http.getChallenge(o),
      presentCertificate: (r, o) => http.presentCertificate(r, o),
      sendEmailCode: (r, o) => http.sendEmailCode(r, o),
      verifyEmailCode: (r, o) => http.verifyEmailCode(r, o),
      lookupOrganisation: (bin, o) => http.lookupOrganisation(bin, o),
      resolveInvitation: (token, o) => http.resolveInvitation(token, o),
      submitRegistration,
    };
    const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form
      .backend=${foreignBackend}
      .certificate=${certificate()}
      .signer=${mockSigner(IIN)}
    ></tirkeu-resident-form>`);
    await el.lookupComplete;
    await settle(el);
    await fillResident(el);
    await confirmEmail(el);
    const failed = oneEvent(el, 'tirkeu-error') as Promise<CustomEvent<TirkeuErrorDetail>>;
    await el.submit();
    const { detail } = await failed;
    expect(detail.code).to.equal('organisation-exists');
    expect(message(el)!.classList.contains('warning')).to.equal(true);
    expect(message(el)!.textContent).not.to.contain('Зарегистрирована');
  });
});

describe('the e-mail code fails like everything else', () => {
  let worker: Awaited<ReturnType<typeof setupBrowserMocks>>;
  beforeEach(async () => {
    worker = await setupBrowserMocks({ latency: 0 });
    worker.resetHandlers(...createBackendHandlers({ latency: 0 }));
  });

  const online = onlineResident;

  const sendFails = async (el: TirkeuResidentForm) => {
    const failed = oneEvent(el, 'tirkeu-error') as Promise<CustomEvent<TirkeuErrorDetail>>;
    button(el, 'send-code-button').click();
    return (await failed).detail;
  };

  it('429: tirkeu-error says how many seconds to wait, and so does the page', async () => {
    worker.use(route.post('/api/email/code', () =>
      HttpResponse.json({ code: 'rate-limited', message: 'Подождите' }, { status: 429, headers: { 'Retry-After': '42' } })));
    const el = await online();
    const detail = await sendFails(el);
    expect(detail.code).to.equal('rate-limited');
    expect(detail.message).to.equal('Too many attempts. Try again in 42 s.');
    expect(isBackendError(detail.cause, 'rate-limited')).to.equal(true);
    await settle(el);
    expect(root(el).querySelector('[part~="email-status"]')!.textContent).to.contain('Try again in 42 s.');
    expect(root(el).textContent).not.to.contain('Подождите');
  });

  it('422 and 500 on sending: a coded, localised tirkeu-error', async () => {
    worker.use(route.post('/api/email/code', () =>
      HttpResponse.json({ code: 'validation', message: 'Bad', errors: [{ path: 'email', code: 'email-format', message: 'Bad e-mail' }] }, { status: 422 })));
    const el = await online();
    const invalid = await sendFails(el);
    expect(invalid.code).to.equal('email-format');
    expect(invalid.message).to.equal('Enter an e-mail address such as name@example.kz.');

    worker.use(route.post('/api/email/code', () => HttpResponse.json({ code: 'server', message: 'Oops' }, { status: 500 })));
    await settle(el);
    const broken = await sendFails(el);
    expect(broken.code).to.equal('server');
    expect(broken.message).to.equal('The service could not be reached. Try again.');
  });

  it('a wrong code: a coded tirkeu-error, and the typed code stays', async () => {
    const other = await online();
    button(other, 'send-code-button').click();
    await waitUntil(() => has(other, 'user.emailCode') && root(other).querySelector('[part~="email-status"]')!.textContent!.includes('@'));
    await typeInto(other, 'user.emailCode', '999999');
    const failed = oneEvent(other, 'tirkeu-error') as Promise<CustomEvent<TirkeuErrorDetail>>;
    button(other, 'verify-code-button').click();
    const { detail } = await failed;
    expect(detail.code).to.equal('code-invalid');
    expect(detail.message).to.equal('The code is wrong. Check the e-mail and type it again.');
    expect(control(other, 'user.emailCode').value).to.equal('999999');
  });
});
