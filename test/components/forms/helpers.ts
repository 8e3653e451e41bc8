// Helpers for the registration form tests: mounting, reading fields and errors, typing like a user.
import { retype } from '../../keys.js';
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/components/resident-form/define.js';
import '../../../src/components/nonresident-form/define.js';
import type { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import type { TirkeuNonresidentForm } from '../../../src/components/nonresident-form/nonresident-form.js';
import type { TirkeuCombobox } from '../../../src/components/shared/combobox/combobox.js';
import { fieldId } from '../../../src/components/shared/field.js';
import { checkDigit } from '../../../src/model/index.js';
import { deutscheAccount, halykAccount } from '../../../mocks/sample-accounts.js';

export const kzAccount = halykAccount;
export const deAccount = deutscheAccount;
import { DEMO_EMAIL_CODE, mockSignature } from '../../../mocks/backend/index.js';
import type { CertificateFields } from '../../../src/components/registration-sections/prefill.js';
import { sampleCertificate } from '../../../mocks/sample-certificate.js';

export type AnyForm = TirkeuResidentForm | TirkeuNonresidentForm;

/** A structurally valid IIN or BIN from its first 11 digits. */
export function withCheckDigit(first11: string): string {
  const digit = checkDigit(first11);
  if (digit === undefined) throw new Error(`no check digit for ${first11}`);
  return first11 + digit;
}

/** Born 1 Jan 1990, a man: a new user for the mock backend. */
export const IIN = withCheckDigit('90010130001');
export const NEW_BIN = '150340000129';
export const REGISTERED_BIN = '170640001230';

/** The sample head's certificate (a legal entity's, whatever `extra` changes but its kind). */
export const certificate = (extra: Partial<CertificateFields> = {}): CertificateFields =>
  sampleCertificate({ iin: IIN, subjectKind: 'legal-entity', ...extra });



/** A signer that the mock backend accepts, signing as the certificate's owner. */
export const mockSigner = (iin?: string) => async (data: string) => mockSignature(data, { iin });

export async function mount<T extends AnyForm>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  const form = (el.localName.endsWith('-form') ? el : el.querySelector('tirkeu-resident-form, tirkeu-nonresident-form')!) as T;
  await settle(form);
  return form;
}

/** A resident form from the certificate, speaking to the backend at /api, signing with `mockSigner`; the register has answered. */
export async function onlineResident(): Promise<TirkeuResidentForm> {
  const el = await mount<TirkeuResidentForm>(html`<tirkeu-resident-form
    api-base="/api"
    .certificate=${certificate()}
    .signer=${mockSigner(IIN)}
  ></tirkeu-resident-form>`);
  await el.lookupComplete;
  await settle(el);
  return el;
}

export async function settle(el: AnyForm): Promise<void> {
  await el.updateComplete;
  for (const inner of el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('tirkeu-combobox, tirkeu-bank-details')) {
    await inner.updateComplete;
  }
  await el.updateComplete;
}

export const root = (el: AnyForm) => el.shadowRoot!;

/** The control of a field key (`user.phone`). */
export function control<T extends HTMLElement = HTMLInputElement>(el: AnyForm, key: string): T {
  const found = root(el).getElementById(fieldId(key));
  if (!found) throw new Error(`no control for ${key}`);
  return found as T;
}

export function has(el: AnyForm, key: string): boolean {
  return !!root(el).getElementById(fieldId(key));
}

/** The error text shown under a field now ('' when none). */
export function errorOf(el: AnyForm, key: string): string {
  const c = control<HTMLElement>(el, key);
  const node = c.localName === 'tirkeu-combobox' ? (c as TirkeuCombobox).shadowRoot!.querySelector('.error') : root(el).getElementById(`${c.id}-error`);
  const prefix = node?.querySelector('.visually-hidden')?.textContent ?? '';
  return (node?.textContent ?? '').trim().slice(prefix.trim() ? (node!.textContent!.trim().indexOf(prefix.trim()) === 0 ? prefix.trim().length : 0) : 0).trim();
}

/** Types into a field like a user: focus, select all, type, leave. */
export async function typeInto(el: AnyForm, key: string, text: string): Promise<HTMLInputElement> {
  const input = control(el, key);
  await retype(input, text);
  await settle(el);
  return input;
}

/** Puts text into a field as a paste does (one input event with the whole text), then leaves it. */
export async function paste(el: AnyForm, key: string, text: string): Promise<HTMLInputElement> {
  const input = control(el, key);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: text }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  await settle(el);
  return input;
}

export const button = (el: AnyForm, part: string) => root(el).querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
export const message = (el: AnyForm) => root(el).querySelector<HTMLElement>('[data-form-message]');
export const summaryLinks = (el: AnyForm) => [...root(el).querySelectorAll<HTMLAnchorElement>('[data-error-summary] a')];

/** Fills what a resident form still lacks after the certificate and the register (one KZ account). */
export async function fillResident(el: TirkeuResidentForm): Promise<void> {
  if (!control(el, 'company.name').value) await typeInto(el, 'company.name', 'Дала Инжиниринг');
  if (!control(el, 'company.email').value) await typeInto(el, 'company.email', 'info@dala-eng.example.kz');
  if (!control(el, 'company.legalAddress').value) await typeInto(el, 'company.legalAddress', 'Астана, Мәңгілік Ел 55/20');
  await typeInto(el, 'user.phone', '+7 701 234 56 78');
  await typeInto(el, 'company.phone', '+7 7172 55 44 33');
  el.value = { bankAccounts: [kzAccount] } as unknown as TirkeuResidentForm['value'];
  await settle(el);
}

/** Sends the code to the form's e-mail and confirms it with the mock backend's code. */
export async function confirmEmail(el: AnyForm, code = DEMO_EMAIL_CODE): Promise<void> {
  button(el, 'send-code-button').click();
  await waitUntil(() => has(el, 'user.emailCode') && root(el).querySelector('[part~="email-status"]')!.textContent!.includes('@'));
  await typeInto(el, 'user.emailCode', code);
  button(el, 'verify-code-button').click();
  await waitUntil(() => root(el).textContent!.includes('E-mail confirmed.'));
  await settle(el);
}
