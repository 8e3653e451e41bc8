import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { directive, Directive, type ElementPart } from 'lit/directive.js';
import '../src/components/bank-details/define.js';
import type { BankAccount, TirkeuBankDetails } from '../src/components/bank-details/bank-details.js';

interface Args {
  value: BankAccount[];
  resident: boolean;
  required: boolean;
  disabled: boolean;
  locale?: string;
  /** Calls validate() after rendering, to show the errors and the summary. */
  validate: boolean;
}

const halyk: BankAccount = {
  country: 'KZ',
  bankName: 'Halyk Bank of Kazakhstan JSC',
  bic: 'HSBKKZKX',
  iban: 'KZ566010002000012345',
  kbe: '17',
  accountType: 'current',
  currency: 'KZT',
  openedOn: '2019-03-12',
  isMain: true,
};

const kaspiUsd: BankAccount = {
  country: 'KZ',
  bankName: 'Kaspi Bank JSC',
  bic: 'CASPKZKA',
  iban: 'KZ64722S000001234567',
  kbe: '17',
  accountType: 'current',
  currency: 'USD',
  isMain: false,
};

const deutsche: BankAccount = {
  country: 'DE',
  bankName: 'Deutsche Bank AG',
  bic: 'DEUTDEFF',
  iban: 'DE89370400440532013000',
  kbe: '27',
  accountType: 'current',
  currency: 'EUR',
  isMain: true,
};

const chase: BankAccount = {
  country: 'US',
  bankName: 'JPMorgan Chase Bank, N.A.',
  bic: 'CHASUS33',
  accountNumber: '000123456789',
  accountType: 'current',
  currency: 'USD',
  isMain: false,
};

/** Runs `validate()` once the element has rendered its value. */
const validateAfterRender = directive(
  class extends Directive {
    done = false;
    render(_on: boolean) {
      return undefined;
    }
    override update(part: ElementPart, [on]: [boolean]) {
      if (on && !this.done) {
        this.done = true;
        const el = part.element as TirkeuBankDetails;
        void customElements.whenDefined('tirkeu-bank-details').then(() => el.updateComplete.then(() => el.validate()));
      }
      return undefined;
    }
  },
);

const meta: Meta<Args> = {
  title: 'Widgets/Bank details',
  component: 'tirkeu-bank-details',
  args: { value: [], resident: true, required: true, disabled: false, validate: false },
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'en', 'ru', 'kk'] },
  },
  render: (args) =>
    html`<tirkeu-bank-details
      name="bankAccounts"
      locale=${ifDefined(args.locale)}
      ?resident=${args.resident}
      ?required=${args.required}
      ?disabled=${args.disabled}
      .value=${args.value}
      ${validateAfterRender(args.validate)}
    ></tirkeu-bank-details>`,
  parameters: {
    docs: {
      description: {
        component:
          'One or more bank accounts. A Kazakh IBAN fills the bank and BIC from the directory; KBe is required for residents. ' +
          'Form-associated: inside a `<form>` the accounts are submitted as JSON under `name`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** No accounts yet: the user starts with "Add account". */
export const Empty: Story = {};

/** One Kazakh account, filled in. */
export const OneKazakhAccount: Story = { args: { value: [halyk] } };

/** Several accounts; the tenge account is the main one. */
export const SeveralAccounts: Story = { args: { value: [halyk, kaspiUsd, { ...chase, kbe: '27' }] } };

/** Invalid values, after `validate()`: inline errors and a summary whose links move focus. */
export const InvalidValues: Story = {
  args: {
    validate: true,
    value: [
      {
        country: 'KZ',
        bankName: '',
        bic: 'HSBK',
        iban: 'KZ56601000200001234',
        kbe: '27',
        accountType: 'current',
        currency: '',
        openedOn: '2024-05-01',
        closedOn: '2023-01-01',
        isMain: true,
      },
    ],
  },
};

/** A non-resident with a German IBAN and a US account number; KBe is optional. */
export const NonResidentForeignAccounts: Story = {
  args: { resident: false, value: [deutsche, chase] },
};

/** Dark theme: the page's `color-scheme: dark` (or `theme="dark"` on the element). */
export const Dark: Story = {
  args: { value: [halyk, kaspiUsd] },
  globals: { theme: 'dark' },
};

/** Russian: the directory gives the bank's Russian name. */
export const Russian: Story = { args: { value: [halyk], locale: 'ru' } };

/** Kazakh. */
export const Kazakh: Story = { args: { value: [halyk], locale: 'kk' } };

/** Russian, with errors shown. */
export const RussianInvalid: Story = { args: { ...InvalidValues.args, locale: 'ru' } };

/** Kazakh, with errors shown. */
export const KazakhInvalid: Story = { args: { ...InvalidValues.args, locale: 'kk' } };

/** Disabled (for example by a `<fieldset disabled>` around it). */
export const Disabled: Story = { args: { value: [halyk], disabled: true } };

/** Inside a host form: submit to see the FormData it sends. */
export const InAForm: Story = {
  render: (args) =>
    html`<form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const out = (e.target as HTMLFormElement).querySelector('output')!;
        out.textContent = JSON.stringify(JSON.parse(String(new FormData(e.target as HTMLFormElement).get('bankAccounts'))), null, 2);
      }}
    >
      <tirkeu-bank-details name="bankAccounts" ?resident=${args.resident} required .value=${args.value}></tirkeu-bank-details>
      <p><button>Submit</button></p>
      <pre><output></output></pre>
    </form>`,
  args: { value: [halyk] },
};
