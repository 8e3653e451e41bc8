// Who signs the registration: the host's `signer`, else a `tirkeu-sign-request` listener, else
// the form's own certificate picker against NCALayer (here the emulator), whose CMS the mock
// backend verifies.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import type { TirkeuCertificatePicker } from '../../../src/components/certificate-picker/certificate-picker.js';
import type { TirkeuErrorDetail } from '../../../src/components/shared/events.js';
import type { SignRequestDetail } from '../../../src/components/registration-sections/registration-form.js';
import { setupBrowserMocks } from '../../../mocks/backend/browser.js';
import { createBackendHandlers, mockSignature, type ReceivedRegistration } from '../../../mocks/backend/index.js';
import { configureEmulator, emulator, emulatorRequests, resetEmulator } from '../../ncalayer/emulator.js';
import { button, certificate, confirmEmail, fillResident, message, mount, root, settle, typeInto } from './helpers.js';

/** The emulator's `head-sign` key belongs to this first head of BIN 150340000129. */
const HEAD_IIN = '900101300811';

const signaturePicker = (el: TirkeuResidentForm) => root(el).querySelector<TirkeuCertificatePicker>('[part~="signature-picker"]');

describe('signing the registration', function () {
  // Each case confirms an e-mail and waits for NCALayer: under three engines' load, more than mocha's 10 s.
  this.timeout(30000);
  const received: ReceivedRegistration[] = [];
  let worker: Awaited<ReturnType<typeof setupBrowserMocks>>;

  beforeEach(async () => {
    received.length = 0;
    worker = await setupBrowserMocks({ latency: 0 });
    worker.resetHandlers(...createBackendHandlers({ latency: 0, onRegistration: (r) => received.push(r) }));
    await resetEmulator();
    await configureEmulator({ scenario: 'ok', cert: 'head-sign' });
  });

  async function form(extra: { signer?: (data: string) => Promise<string> } = {}): Promise<TirkeuResidentForm> {
    const { ncalayerUrl } = await emulator();
    const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form
      api-base="/api"
      test-certificates
      ncalayer-url=${ncalayerUrl}
      .signer=${extra.signer}
      .certificate=${certificate({ iin: HEAD_IIN })}
    ></tirkeu-resident-form>`);
    await el.lookupComplete;
    await settle(el);
    await fillResident(el);
    await confirmEmail(el);
    return el;
  }

  const settled = (el: TirkeuResidentForm) =>
    waitUntil(() => !!message(el), 'the submission settled', { timeout: 15000 }).then(() => settle(el));

  it('a host signer wins: no picker, no NCALayer call', async () => {
    const el = await form({ signer: async (data) => mockSignature(data, { iin: HEAD_IIN }) });
    button(el, 'submit').click();
    await settled(el);
    expect(message(el)!.classList.contains('success')).to.equal(true);
    expect(signaturePicker(el)).to.equal(null);
    expect((await emulatorRequests()).length).to.equal(0);
  });

  it('a tirkeu-sign-request listener that answers wins over the picker', async () => {
    const el = await form();
    el.addEventListener('tirkeu-sign-request', (event) => {
      const { detail } = event as CustomEvent<SignRequestDetail>;
      detail.signature = Promise.resolve(mockSignature(detail.data, { iin: HEAD_IIN }));
    });
    button(el, 'submit').click();
    await settled(el);
    expect(message(el)!.classList.contains('success')).to.equal(true);
    expect(signaturePicker(el)).to.equal(null);
  });

  it('without host code the form signs with its own picker, and the mock verifies the CMS', async () => {
    const el = await form();
    expect(signaturePicker(el), 'no picker before the first submit').to.equal(null);
    button(el, 'submit').click();
    await settled(el);
    expect(message(el)!.classList.contains('success'), message(el)!.textContent!).to.equal(true);
    expect(received).to.have.length(1);
    // The emulator's CMS, not a stand-in: base64 DER, as the contract says.
    expect(received[0]!.signature).to.match(/^MI[A-Za-z0-9+/]+=*$/);
    expect(signaturePicker(el)!.state).to.equal('selected');
    expect(signaturePicker(el)!.certificate!.iin).to.equal(HEAD_IIN);
  });

  it('a cancelled signature says so; the picker\'s "Try again" signs and submits', async () => {
    await configureEmulator({ scenario: 'cancel' });
    const el = await form();
    const failed = oneEvent(el, 'tirkeu-error') as Promise<CustomEvent<TirkeuErrorDetail>>;
    button(el, 'submit').click();
    const { detail } = await failed;
    expect(detail.code).to.equal('signing');
    await settle(el);
    expect(message(el)!.textContent).to.contain('The registration could not be signed.');
    const picker = signaturePicker(el)!;
    await waitUntil(() => picker.state === 'error');
    expect(received).to.have.length(0);

    await configureEmulator({ scenario: 'ok' });
    const retry = [...picker.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="button"]')].find((b) => b.textContent!.includes('Try again'))!;
    retry.click();
    await waitUntil(() => message(el)?.classList.contains('success'), 'submitted after the retry', { timeout: 15000 });
    expect(received).to.have.length(1);
  });

  it('the picker\'s own Cancel while NCALayer is open ends the submission, it does not hang', async () => {
    await configureEmulator({ scenario: 'slow', delayMs: 20000 });
    const el = await form();
    const failed = oneEvent(el, 'tirkeu-error') as Promise<CustomEvent<TirkeuErrorDetail>>;
    button(el, 'submit').click();
    await waitUntil(() => signaturePicker(el)?.state === 'waiting', 'NCALayer is asked');
    const cancel = [...signaturePicker(el)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="button"]')].find((b) =>
      b.textContent!.includes('Cancel'),
    )!;
    cancel.click();
    expect((await failed).detail.code).to.equal('signing');
    await settle(el);
    expect(message(el)!.textContent).to.contain('The registration could not be signed.');
    expect(button(el, 'submit').disabled, 'the user can submit again').to.equal(false);
    expect(received).to.have.length(0);
  });

  it('a changed registration is signed anew, never with the signature of the old text', async () => {
    worker.use(
      http.post('/api/registrations', () => HttpResponse.json({ code: 'validation', errors: [{ path: 'company.name', code: 'registry-mismatch' }] }, { status: 422 }), { once: true }),
    );
    const el = await form();
    button(el, 'submit').click();
    await settled(el);
    expect(message(el)!.classList.contains('error')).to.equal(true);
    const signed = (await emulatorRequests()).length;

    await typeInto(el, 'company.name', 'Дала Инжиниринг Групп');
    button(el, 'submit').click();
    await waitUntil(() => message(el)?.classList.contains('success'), 'accepted after the change', { timeout: 15000 });
    // A second NCALayer signature, over the new text: the mock checks content against the payload.
    expect((await emulatorRequests()).length).to.be.greaterThan(signed);
    // The refused first text never reached the mock's store; the second one did, and verified.
    expect(received).to.have.length(1);
    expect(JSON.parse(received[0]!.payloadText).company.name).to.equal('Дала Инжиниринг Групп');
  });
});
