// Walking <tirkeu-registration> as a user does: choose, click Next, type, add files, sign with the
// emulator's keys; the backend is the mock (msw), NCALayer the emulator.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../../src/components/registration/define.js';
import type { TirkeuRegistration } from '../../../src/components/registration/registration.js';
import type { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import type { TirkeuDocumentUploader } from '../../../src/components/document-uploader/document-uploader.js';
import type { TirkeuCertificatePicker } from '../../../src/components/certificate-picker/certificate-picker.js';
import type { FlowStep } from '../../../src/model/index.js';
import { configureEmulator, emulator } from '../../ncalayer/emulator.js';
import { confirmEmail, settle, typeInto, type AnyForm } from '../forms/helpers.js';
import { fileOf, plainPdf } from '../../../mocks/documents/index.js';

export interface FlowOptions {
  portal?: string;
  drafts?: string;
  draftId?: string;
  invitation?: string;
  locale?: string;
  /** No backend: no e-mail code, no register lookups (the drafts tests). */
  offline?: boolean;
}

export async function mountFlow(options: FlowOptions = {}): Promise<TirkeuRegistration> {
  const { ncalayerUrl } = await emulator();
  const el = await fixture<TirkeuRegistration>(html`<tirkeu-registration
    api-base=${options.offline ? nothing : '/api'}
    test-certificates
    login-url="/login"
    ncalayer-url=${ncalayerUrl}
    portal=${options.portal ?? 'supplier'}
    .drafts=${options.drafts}
    .draftId=${options.draftId}
    .invitation=${options.invitation}
    .locale=${options.locale}
  ></tirkeu-registration>`);
  await el.updateComplete;
  return el;
}

export const part = <T extends HTMLElement = HTMLElement>(el: TirkeuRegistration, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

export const formOf = (el: TirkeuRegistration) => part<AnyForm>(el, 'form')!;
export const uploaderOf = (el: TirkeuRegistration) => el.shadowRoot!.querySelector<TirkeuDocumentUploader>('tirkeu-document-uploader')!;
export const headingText = (el: TirkeuRegistration) => part(el, 'heading')!.textContent!.trim();

/**
 * Clicks Next and waits for the step it leads to; without `expected`, asks for the next step
 * and waits for the answer (a step not done stays: the caller checks which step is shown).
 */
export async function next(el: TirkeuRegistration, expected?: FlowStep): Promise<void> {
  if (expected) {
    part<HTMLButtonElement>(el, 'next')!.click();
    await waitUntil(() => el.step === expected, `step ${expected} (now ${el.step})`, { timeout: 10000 });
  } else await el.next();
  await el.updateComplete;
  const form = part<AnyForm>(el, 'form');
  if (form) await settle(form);
}

export async function choosePath(el: TirkeuRegistration, path: 'resident' | 'non-resident'): Promise<void> {
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="path"][value="${path}"]`)!.click();
  await el.updateComplete;
}

/** The certificate step: the picker asks the emulator for `cert` and the backend checks it. */
export async function pickCertificate(el: TirkeuRegistration, cert: string): Promise<void> {
  await configureEmulator({ scenario: 'ok', cert });
  const picker = part<TirkeuCertificatePicker>(el, 'certificate-picker')!;
  await picker.updateComplete;
  picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
  await waitUntil(() => picker.state === 'selected', 'the certificate is chosen', { timeout: 15000 });
  // The backend's answer to it (prefill, a registered organisation, a registered user).
  await waitUntil(() => !part(el, 'next')!.hasAttribute('disabled'), 'the certificate is checked', { timeout: 10000 });
  const form = formOf(el) as TirkeuResidentForm;
  await form.lookupComplete;
  await settle(form);
}

export async function addRequiredDocuments(el: TirkeuRegistration, slots: string[]): Promise<void> {
  const uploader = uploaderOf(el);
  const pdf = await plainPdf(1);
  for (const slot of slots) await uploader.addFiles(slot, [fileOf(pdf, `${slot}.pdf`, 'application/pdf')]);
  await uploader.settled();
  const date = uploader.shadowRoot!.querySelector<HTMLInputElement>('[data-slot="state-registration"] input[part~="input"]');
  if (date) {
    const d = new Date();
    d.setDate(d.getDate() - 3);
    date.value = `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
    date.dispatchEvent(new Event('change', { bubbles: true }));
    await uploader.updateComplete;
  }
}

export const COMPANY_DOCUMENTS = ['state-registration', 'bank-certificate', 'supplier-questionnaire', 'appendix-5', 'responsible-sourcing-letter', 'human-rights-letter'];

/** Confirms the e-mail in the user step (the mock's code). */
export const confirmUserEmail = (el: TirkeuRegistration) => confirmEmail(formOf(el));

export { typeInto, settle };
