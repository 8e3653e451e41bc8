// Every element's Svelte attributes, as `svelteHTML.IntrinsicElements` gives them to a .svelte file
// with "types": ["tirkeu/types/svelte"]. framework-types.test.mjs type-checks this file (svelte-check
// is not a dependency: the attributes of a Svelte element are these objects' types). It is .mts so
// that the repository's own tsconfig, which has no Svelte typing, leaves it out.
import type { BankAccount } from 'tirkeu';

type Element<Tag extends keyof svelteHTML.IntrinsicElements> = svelteHTML.IntrinsicElements[Tag];
const accounts: BankAccount[] = [];
const log = (...values: unknown[]) => values;

export const registration: Element<'tirkeu-registration'> = {
  portal: 'supplier',
  theme: 'dark',
  class: 'flow',
  'ontirkeu-step-change': (event) => log(event.detail.step),
  'on:tirkeu-complete': (event) => log(event.detail.receipt),
};
export const resident: Element<'tirkeu-resident-form'> = {
  requirePassword: true,
  'ontirkeu-submit': (event) => log(event.detail.payload),
  'ontirkeu-sign-request': (event) => log(event.detail.purpose),
  onchange: (event) => log(event.currentTarget),
};
export const nonresident: Element<'tirkeu-nonresident-form'> = {
  companyRegistered: false,
  'ontirkeu-registration-accept': (event) => log(event.detail.receipt),
  'ontirkeu-agreement-sign': (event) => log(event.detail.text),
};
export const picker: Element<'tirkeu-certificate-picker'> = {
  purpose: 'signing',
  'ontirkeu-certificate-select': (event) => log(event.detail.certificate),
  'ontirkeu-error': (event) => log(event.detail.code),
};
export const bank: Element<'tirkeu-bank-details'> = { headingLevel: 3, value: accounts, resident: true };
export const documents: Element<'tirkeu-document-uploader'> = {
  registrant: 'legal-entity',
  'ontirkeu-document-add': (event) => log(event.detail.file),
  'ontirkeu-document-remove': (event) => log(event.detail.slot),
};
export const banner: Element<'tirkeu-draft-banner'> = {
  kind: 'resident',
  'ontirkeu-draft-restore': (event) => log(event.detail.id),
  'ontirkeu-draft-discard': (event) => log(event.detail.id),
  'ontirkeu-dismiss': (event) => log(event.detail.ids),
};
export const combobox: Element<'tirkeu-combobox'> = { label: 'Bank', options: [{ value: 'KZ', label: 'Kazakhstan' }] };
