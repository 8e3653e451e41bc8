// Helpers for the bank editor's tests: mounting, reading fields and errors, typing like a user.
import { retype } from '../../keys.js';
import { aTimeout, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/components/bank-details/define.js';
import type { BankAccount, TirkeuBankDetails } from '../../../src/components/bank-details/bank-details.js';
import type { TirkeuCombobox } from '../../../src/components/shared/combobox/combobox.js';
import { validationMessage } from '../../../src/components/shared/validation-messages.js';
import { loadLocale, lookupFor } from '../../../src/i18n/localize.js';
import type { Locale } from '../../../src/i18n/locale.js';

export async function make(template: TemplateResult = html`<tirkeu-bank-details resident></tirkeu-bank-details>`, value?: BankAccount[]) {
  const el = await fixture<TirkeuBankDetails>(template);
  if (value) {
    el.value = value;
    await el.updateComplete;
  }
  return el;
}
export const root = (el: TirkeuBankDetails) => el.shadowRoot!;
export const q = <T extends Element = HTMLElement>(el: TirkeuBankDetails, selector: string) => root(el).querySelector<T & Element>(selector)!;
export const qa = <T extends Element = HTMLElement>(el: TirkeuBankDetails, selector: string) => [...root(el).querySelectorAll<T & Element>(selector)];
/** The control of a field of the n-th open account. */
export const control = <T extends Element = HTMLInputElement>(el: TirkeuBankDetails, field: string, n = 0) =>
  qa<T>(el, `[data-field$=".${field}"]`)[n];
/** The node that shows a field's error (the combobox renders its own). */
export function errorNode(el: TirkeuBankDetails, field: string, n = 0): HTMLElement {
  const c = control<HTMLElement>(el, field, n);
  return c.localName === 'tirkeu-combobox'
    ? (c as TirkeuCombobox).shadowRoot!.querySelector<HTMLElement>('.error')!
    : root(el).getElementById(`${c.id}-error`)!;
}
/** A field's error, without the visually hidden "Error:" that screen readers hear first. */
export function errorOf(el: TirkeuBankDetails, field: string, n = 0): string {
  const copy = errorNode(el, field, n).cloneNode(true) as HTMLElement;
  copy.querySelector('.visually-hidden')?.remove();
  return copy.textContent!.trim();
}
/** The text of a field's label. */
export const labelOf = (el: TirkeuBankDetails, field: string, n = 0) => {
  const c = control<HTMLElement>(el, field, n);
  const label = c.localName === 'tirkeu-combobox' ? c.shadowRoot!.querySelector('label')! : root(el).querySelector(`label[for="${c.id}"]`)!;
  return label.textContent!.replace(/\s+/g, ' ').trim();
};
export const messageIn = async (locale: Locale, code: string) => {
  await loadLocale(locale);
  return validationMessage(code, lookupFor(locale));
};
/** The id of the focused element inside `el` (never compare elements: a failing message would dump them). */
export const activeId = (el: TirkeuBankDetails) => root(el).activeElement?.id;
export async function settle(el: TirkeuBankDetails) {
  await el.updateComplete;
  for (const c of qa<TirkeuCombobox>(el, 'tirkeu-combobox')) await c.updateComplete;
  await el.updateComplete;
  await aTimeout(0);
}
/** Types into a text field like a user: focus, select all, type, leave. */
export async function typeInto(el: TirkeuBankDetails, field: string, text: string, n = 0) {
  const input = control(el, field, n);
  await retype(input, text);
  await settle(el);
  return input;
}
/** Chooses an option of a combobox field by typing its label and pressing Enter. */
export async function choose(el: TirkeuBankDetails, field: string, text: string, n = 0) {
  const box = control<TirkeuCombobox>(el, field, n);
  box.focus();
  await box.updateComplete;
  const input = box.shadowRoot!.querySelector('input')!;
  input.select();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await settle(el);
  return box;
}
export async function addAccount(el: TirkeuBankDetails) {
  q<HTMLButtonElement>(el, '[part~="add-button"]').click();
  await settle(el);
}
export async function openAccount(el: TirkeuBankDetails, n = 0) {
  qa<HTMLButtonElement>(el, '[part~="edit-button"]')[n].click();
  await settle(el);
}
