// The shared form-control suite for tirkeu-bank-details.
import { aTimeout, expect, html } from '@open-wc/testing';
import '../../../src/components/bank-details/define.js';
import type { BankAccount, TirkeuBankDetails } from '../../../src/components/bank-details/bank-details.js';
import { halykAccount, kaspiUsdAccount } from '../../../mocks/sample-accounts.js';
import { formControlSuite } from '../shared/form-control-suite.js';

/** The accounts in a FormData entry. A host's valid, normalised accounts come back as given. */
const json = (entry: FormDataEntryValue | null) => JSON.parse(String(entry)) as BankAccount[];
formControlSuite<TirkeuBankDetails>({
  tag: 'tirkeu-bank-details',
  render: (name) => html`<tirkeu-bank-details name=${name} resident .value=${[halykAccount]}></tirkeu-bank-details>`,
  settle: async (el) => {
    await el.updateComplete;
    for (const inner of el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('tirkeu-combobox')) await inner.updateComplete;
    await el.updateComplete;
    await aTimeout(0);
  },
  defaultEntry: (entry) => expect(json(entry)).to.deep.equal([halykAccount]),
  fill: async (el) => {
    el.value = [halykAccount, kaspiUsdAccount];
  },
  // The user adds an account: the list holds a new, empty one.
  edit: async (el) => {
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-button"]')!.click();
  },
  filledEntry: (entry) => expect(json(entry)).to.deep.equal([halykAccount, kaspiUsdAccount]),
  change: (el) => {
    el.value = el.value.length === 1 ? [halykAccount, kaspiUsdAccount] : [halykAccount];
  },
  restores: true,
  invalid: [
    {
      name: 'required and empty',
      render: (name) => html`<tirkeu-bank-details name=${name} resident required></tirkeu-bank-details>`,
      flag: 'valueMissing',
      message: 'Add at least one bank account.',
      focus: '#add-account',
    },
    {
      // The card is closed: showing the errors opens it, and focus follows to the field.
      name: 'an account without its KBe',
      render: (name) => html`<tirkeu-bank-details name=${name} resident .value=${[{ ...halykAccount, kbe: '' }]}></tirkeu-bank-details>`,
      flag: 'customError',
      message: 'Beneficiary code (KBe): Fill in this field.',
      focus: 'input[data-field$=".kbe"]',
    },
  ],
});
