// <tirkeu-registration> from the path choice to the moderation notice, against the NCALayer
// emulator (real keys, real CMS) and the mock backend (which verifies the CMS and the documents).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setupBrowserMocks } from '../../../mocks/backend/browser.js';
import { createBackendHandlers, type ReceivedRegistration } from '../../../mocks/backend/index.js';
import { configureEmulator, resetEmulator } from '../../ncalayer/emulator.js';
import type { TirkeuCertificatePicker } from '../../../src/components/certificate-picker/certificate-picker.js';
import type { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import type { StepChangeDetail, TirkeuRegistration } from '../../../src/components/registration/registration.js';
import type { TirkeuErrorDetail } from '../../../src/components/shared/events.js';
import { control, errorOf, kzAccount, deAccount } from '../forms/helpers.js';
import {
  addRequiredDocuments,
  choosePath,
  COMPANY_DOCUMENTS,
  confirmUserEmail,
  formOf,
  headingText,
  mountFlow,
  next,
  part,
  pickCertificate,
  settle,
  typeInto,
} from './helpers.js';

async function signAndSend(el: TirkeuRegistration, cert: string): Promise<void> {
  await configureEmulator({ scenario: 'ok', cert });
  formOf(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  await waitUntil(() => el.step === 'complete', `the application is sent (${formOf(el)?.shadowRoot?.querySelector('[data-form-message]')?.textContent ?? ''})`, { timeout: 20000 });
}

describe('tirkeu-registration', function () {
  this.timeout(60000);
  const received: ReceivedRegistration[] = [];
  let worker: Awaited<ReturnType<typeof setupBrowserMocks>>;

  beforeEach(async () => {
    received.length = 0;
    worker = await setupBrowserMocks({ latency: 0 });
    worker.resetHandlers(...createBackendHandlers({ latency: 0, onRegistration: (r) => received.push(r) }));
    await resetEmulator();
  });

  it('a resident legal entity registers from the path choice to the moderation notice', async () => {
    const el = await mountFlow();
    const changes: StepChangeDetail[] = [];
    el.addEventListener('tirkeu-step-change', (e) => changes.push(e.detail));
    expect(el.steps).to.deep.equal(['path', 'certificate', 'user', 'company', 'bank', 'documents', 'review']);
    expect(headingText(el)).to.equal('Resident or non-resident');

    await next(el);
    expect(el.step, 'Next without a choice stays').to.equal('path');
    expect(part(el, 'error')!.textContent).to.equal('Choose whether you are a resident or a non-resident.');

    await choosePath(el, 'resident');
    await next(el, 'certificate');
    expect(el.shadowRoot!.activeElement, 'focus moves to the step heading').to.equal(part(el, 'heading'));
    expect(part(el, 'status')!.textContent!.trim()).to.equal('Step 2 of 7: Certificate');

    await next(el);
    expect(el.step, 'no certificate yet').to.equal('certificate');
    await pickCertificate(el, 'head-auth');
    await next(el, 'user');
    const form = formOf(el);
    expect(control(form, 'user.iin').value, 'the IIN comes from the certificate').to.equal('900101300811');
    expect(form.shadowRoot!.querySelector('[part~="section-company"]'), 'one step at a time').to.equal(null);

    await next(el);
    expect(el.step, 'the phone and the e-mail code are missing').to.equal('user');
    expect(errorOf(form, 'user.phone')).to.not.equal('');
    await typeInto(form, 'user.phone', '+7 701 234 56 78');
    await confirmUserEmail(el);
    await next(el, 'company');
    expect(control(form, 'company.idNumber').value, 'the register filled the company').to.equal('150340000129');
    await typeInto(form, 'company.phone', '+7 7172 55 44 33');
    await next(el, 'bank');
    form.value = { bankAccounts: [kzAccount] } as never;
    await settle(form);
    await next(el, 'documents');
    await next(el);
    expect(el.step, 'the required documents are missing').to.equal('documents');
    await addRequiredDocuments(el, COMPANY_DOCUMENTS);
    await next(el, 'review');

    const review = part(el, 'review')!;
    expect(review.textContent).to.contain('900101300811');
    expect(review.textContent).to.contain(kzAccount.iban);
    expect(review.textContent).to.contain('supplier-questionnaire.pdf');
    // "Edit" opens the step, Back and Next keep what was entered.
    [...review.querySelectorAll<HTMLButtonElement>('[part~="edit"]')].find((b) => b.getAttribute('aria-describedby') === 'review-company')!.click();
    await waitUntil(() => el.step === 'company');
    await settle(form);
    expect(control(form, 'company.phone').value).to.equal('+7 717 255 44 33');
    await next(el, 'bank');
    await next(el, 'documents');
    await next(el, 'review');

    const completed = oneEvent(el, 'tirkeu-complete');
    await signAndSend(el, 'head-sign');
    const { detail } = await completed;
    expect(detail.receipt.status).to.equal('moderation');
    expect(part(el, 'complete')!.textContent).to.contain(detail.receipt.id);
    expect(headingText(el)).to.equal('Your application is with the moderator');
    expect(part(el, 'form'), 'the form is gone with its step').to.equal(null);

    expect(received).to.have.length(1);
    const sent = received[0]!;
    const payload = JSON.parse(sent.payloadText) as { kind: string; user: { iin: string }; documents: { slot: string }[] };
    expect(payload.kind).to.equal('resident');
    expect(payload.user.iin).to.equal('900101300811');
    expect(payload.documents.map((d) => d.slot).sort()).to.deep.equal([...COMPANY_DOCUMENTS].sort());
    expect(Object.keys(sent.documents).sort()).to.deep.equal([...COMPANY_DOCUMENTS].sort());
    expect(changes.map((c) => c.step)).to.deep.equal(['certificate', 'user', 'company', 'bank', 'documents', 'review', 'company', 'bank', 'documents', 'review', 'complete']);
  });

  it('a non-resident registers by hand, in Russian', async () => {
    const el = await mountFlow({ locale: 'ru' });
    await choosePath(el, 'non-resident');
    await next(el, 'user');
    expect(el.steps).to.deep.equal(['path', 'user', 'company', 'bank', 'documents', 'review']);
    expect(headingText(el)).to.equal('Пользователь');
    const form = formOf(el);
    await typeInto(form, 'user.surname', 'Schmidt');
    await typeInto(form, 'user.name', 'Anna');
    await typeInto(form, 'user.phone', '+49 30 1234567');
    await typeInto(form, 'user.email', 'anna.schmidt@example.de');
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="send-code-button"]')!.click();
    await waitUntil(() => !!form.shadowRoot!.getElementById('f-user-emailCode') && form.shadowRoot!.querySelector('[part~="email-status"]')!.textContent!.includes('@'), 'the code is sent');
    const { DEMO_EMAIL_CODE } = await import('../../../mocks/backend/index.js');
    await typeInto(form, 'user.emailCode', DEMO_EMAIL_CODE);
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="verify-code-button"]')!.click();
    await waitUntil(() => form.shadowRoot!.textContent!.includes('Почта подтверждена.'), `e-mail confirmed: ${form.shadowRoot!.querySelector('[part~="email-status"]')?.textContent} / ${form.shadowRoot!.querySelector('[part~="code-status"]')?.textContent}`, { timeout: 5000 });
    await next(el, 'company');
    await typeInto(form, 'company.name', 'Rhein Anlagenbau GmbH');
    await typeInto(form, 'company.identifier', 'HRB 123456');
    form.value = { ...(form.value as object), company: { ...((form.value as { company: object }).company), country: 'DE' } } as never;
    await settle(form);
    await typeInto(form, 'company.email', 'info@rhein.example.de');
    await typeInto(form, 'company.phone', '+49 30 7654321');
    await typeInto(form, 'company.legalAddress', 'Berlin, Unter den Linden 1');
    await next(el, 'bank');
    form.value = { bankAccounts: [deAccount] } as never;
    await settle(form);
    await next(el, 'documents');
    await addRequiredDocuments(el, ['state-registration', 'bank-certificate', 'supplier-questionnaire', 'appendix-5', 'responsible-sourcing-letter', 'human-rights-letter', 'shareholders-register', 'charter']);
    await next(el, 'review');
    await signAndSend(el, 'individual-sign');
    expect(part(el, 'complete')!.textContent).to.contain('Номер заявки');
    const payload = JSON.parse(received[0]!.payloadText) as { kind: string };
    expect(payload.kind).to.equal('non-resident');
  });

  it('an individual entrepreneur registers with their own key; the company step follows the IIN', async () => {
    const el = await mountFlow();
    await choosePath(el, 'resident');
    await next(el, 'certificate');
    await pickCertificate(el, 'entrepreneur-auth');
    await next(el, 'user');
    const form = formOf(el);
    await typeInto(form, 'user.phone', '+7 701 234 56 78');
    await confirmUserEmail(el);
    await next(el, 'company');
    expect((form.value as { legalStatus: string }).legalStatus).to.equal('individual-entrepreneur');
    // The register knows the entrepreneur by the owner's IIN (mocks/backend/data.ts): a found entry, no 404.
    await (form as TirkeuResidentForm).lookupComplete;
    expect(form.shadowRoot!.querySelector('[part~="lookup"]')!.getAttribute('data-state')).to.equal('found');
    expect(control(form, 'company.registrationNumber').value).to.equal('KZ45UWQ01234567');
    for (const [key, text] of [['company.name', 'ИП Әбілова'], ['company.email', 'dinara@example.kz'], ['company.phone', '+7 727 255 44 33'], ['company.legalAddress', 'Алматы, Абай 1']] as const) {
      if (!control(form, key).value) await typeInto(form, key, text);
    }
    await next(el, 'bank');
    form.value = { bankAccounts: [kzAccount] } as never;
    await settle(form);
    await next(el, 'documents');
    await addRequiredDocuments(el, ['state-registration', 'bank-certificate', 'supplier-questionnaire', 'appendix-5', 'responsible-sourcing-letter', 'human-rights-letter']);
    await next(el, 'review');
    await signAndSend(el, 'entrepreneur-sign');
    expect(received).to.have.length(1);
  });

  it('a registered user is told so at the certificate, with the host\'s log-in link', async () => {
    worker.resetHandlers(...createBackendHandlers({ latency: 0, everyUserExists: true }));
    const el = await mountFlow();
    await choosePath(el, 'resident');
    await next(el, 'certificate');
    const failed = oneEvent(el, 'tirkeu-error') as Promise<CustomEvent<TirkeuErrorDetail>>;
    await configureEmulator({ scenario: 'ok', cert: 'individual-auth' });
    part<TirkeuCertificatePicker>(el, 'certificate-picker')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    const { detail } = await failed;
    expect(detail.code).to.equal('user-exists');
    await el.updateComplete;
    expect(part(el, 'notice')!.textContent).to.contain('You are already registered on this portal.');
    expect(part<HTMLAnchorElement>(el, 'login-link')!.getAttribute('href')).to.equal('/login');
    await next(el);
    expect(el.step, 'a registered user goes no further').to.equal('certificate');
  });

  it('an organisation registered already: only the personal part, and the operator note', async () => {
    worker.resetHandlers(...createBackendHandlers({ latency: 0, everyOrganisationRegistered: true, onRegistration: (r) => received.push(r) }));
    const el = await mountFlow();
    await choosePath(el, 'resident');
    await next(el, 'certificate');
    await pickCertificate(el, 'employee-auth');
    expect(el.steps).to.deep.equal(['path', 'certificate', 'user', 'review']);
    expect(part(el, 'notice')!.textContent).to.contain('contact the operator');
    await next(el, 'user');
    await typeInto(formOf(el), 'user.phone', '+7 701 234 56 78');
    await confirmUserEmail(el);
    await next(el, 'review');
    await signAndSend(el, 'employee-sign');
    const payload = JSON.parse(received[0]!.payloadText) as { company?: unknown };
    expect(payload.company, 'the personal part only').to.equal(undefined);
  });

  it('an invitation link chooses the path and fills in what it carries', async () => {
    const el = await mountFlow({ invitation: 'nonresident-invitation' });
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLInputElement>('input[value="non-resident"]')?.checked, 'the invitation chose the path');
    await next(el, 'user');
    const form = formOf(el);
    await form.invitationComplete;
    await settle(form);
    expect(control(form, 'user.surname').value).to.equal('Schmidt');
    expect(control(form, 'user.email').value).to.equal('a.schmidt@example.de');
  });

  it('the PPP portal: residents only (no path choice), a password, the agreement signed at the end, no documents', async () => {
    const el = await mountFlow({ portal: 'ppp' });
    expect(el.steps).to.deep.equal(['certificate', 'user', 'company', 'bank', 'review']);
    expect(headingText(el)).to.equal('Certificate');
    await pickCertificate(el, 'head-auth');
    await next(el, 'user');
    const form = formOf(el);
    expect(form.shadowRoot!.getElementById('f-user-password')).to.not.equal(null);
    expect(form.shadowRoot!.querySelector('[part~="agreement"]'), 'the agreement waits for the last step').to.equal(null);
  });

  it('a host preset that is not valid is reported, and the named preset stays', async () => {
    const el = await mountFlow();
    const failed = oneEvent(el, 'tirkeu-error') as Promise<CustomEvent<TirkeuErrorDetail>>;
    el.preset = { id: 'mine', name: { en: 'Mine' }, paths: ['martian'] } as never;
    const { detail } = await failed;
    expect(detail.code).to.equal('portal-preset-invalid');
    expect(detail.message).to.equal('The portal settings of this page are invalid: the standard registration is shown.');
    await el.updateComplete;
    expect(el.steps[0]).to.equal('path');
  });
});
