// The shared form-control suite for tirkeu-combobox.
import { html } from '@open-wc/testing';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/shared/combobox/define.js';
import type { TirkeuCombobox } from '../../../src/components/shared/combobox/combobox.js';
import type { ComboboxOption } from '../../../src/components/shared/combobox/filter.js';
import { formControlSuite } from './form-control-suite.js';

const countries: ComboboxOption[] = [
  { value: 'DE', label: 'Germany' },
  { value: 'FR', label: 'France' },
  { value: 'KZ', label: 'Kazakhstan' },
];

formControlSuite<TirkeuCombobox>({
  tag: 'tirkeu-combobox',
  render: (name) => html`<tirkeu-combobox name=${name} label="Country" value="KZ" .options=${countries}></tirkeu-combobox>`,
  settle: async (el) => {
    await el.updateComplete;
  },
  defaultEntry: (entry) => expect(entry).to.equal('KZ'),
  // As a user: type part of a name and pick the option with Enter.
  fill: async (el) => {
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'Germ' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
  },
  filledEntry: (entry) => expect(entry).to.equal('DE'),
  change: (el) => {
    el.value = el.value === 'FR' ? 'DE' : 'FR';
  },
  restores: true,
  invalid: [
    {
      name: 'required and empty',
      render: (name) => html`<tirkeu-combobox name=${name} label="Country" required .options=${countries}></tirkeu-combobox>`,
      flag: 'valueMissing',
      message: 'Choose an option from the list',
      focus: 'input#input',
    },
  ],
});
