import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/shared/combobox/define.js';
import type { ComboboxOption } from '../src/components/shared/combobox/combobox.js';
import { listCountries } from '../src/model/reference/countries.js';
import { listCurrencies } from '../src/model/reference/currencies.js';

interface Args {
  label: string;
  help: string;
  hint: string;
  error: string;
  value: string;
  required: boolean;
  disabled: boolean;
  data: 'countries' | 'currencies';
}

const options = (data: Args['data'], locale: string): ComboboxOption[] =>
  data === 'countries'
    ? listCountries(locale).map((c) => ({ value: c.code, label: c.name, detail: c.code }))
    : listCurrencies(locale).map((c) => ({ value: c.code, label: c.name, detail: c.code }));

/**
 * The combobox the forms use for countries, currencies and banks: type to filter, arrows,
 * Home/End, Enter to pick, Escape to close. Form-associated on its own.
 */
const meta: Meta<Args> = {
  title: 'Shared/Combobox',
  component: 'tirkeu-combobox',
  args: { label: 'Country', help: '', hint: '', error: '', value: '', required: true, disabled: false, data: 'countries' },
  argTypes: { data: { control: 'inline-radio', options: ['countries', 'currencies'] } },
  render: (args, context) =>
    html`<tirkeu-combobox
      style="max-width: 24rem"
      name="country"
      label=${args.label}
      help=${args.help}
      hint=${args.hint}
      error=${args.error}
      value=${args.value}
      ?required=${args.required}
      ?disabled=${args.disabled}
      .options=${options(args.data, String(context.globals.locale ?? 'en'))}
    ></tirkeu-combobox>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Chosen: Story = { args: { value: 'KZ' } };
export const WithHelpAndHint: Story = {
  args: { help: 'Where the bank is registered', hint: 'The country of the bank, not of the company.' },
};
export const WithError: Story = { args: { error: 'Choose the bank country.' } };
export const Currencies: Story = { args: { label: 'Currency', data: 'currencies', value: 'KZT' } };
export const Disabled: Story = { args: { value: 'KZ', disabled: true } };
