import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { directive, Directive, type ElementPart } from 'lit/directive.js';
import '../src/components/bank-details/define.js';
import type { AccountIssue, BankAccount, TirkeuBankDetails } from '../src/components/bank-details/bank-details.js';
import { chaseAccount, deutscheAccount, halykAccount, kaspiUsdAccount } from '../mocks/sample-accounts.js';

interface Args {
  value: BankAccount[];
  resident: boolean;
  required: boolean;
  disabled: boolean;
  locale?: string;
  /** Calls validate() after rendering, to show the errors and the summary. */
  validate: boolean;
  /** Issues from outside, as a server's 422 names them. */
  errors: AccountIssue[];
}





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
  args: { value: [], resident: true, required: true, disabled: false, validate: false, errors: [] },
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
      .errors=${args.errors}
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
export const OneKazakhAccount: Story = { args: { value: [halykAccount] } };

/** Several accounts; the tenge account is the main one. */
export const SeveralAccounts: Story = { args: { value: [halykAccount, kaspiUsdAccount, { ...chaseAccount, kbe: '27' }] } };

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

/** The opening date missing (seed 001 requires it), after `validate()`: the account opens on its field. */
export const MissingOpeningDate: Story = {
  args: { validate: true, value: [halykAccount, { ...kaspiUsdAccount, openedOn: undefined }] },
};

/** A server's 422 on the second account's IBAN (`errors`): shown on that field, the account opened. */
export const ServerErrors: Story = {
  args: { value: [halykAccount, kaspiUsdAccount], errors: [{ path: '1.iban', code: 'iban-checksum' }] },
};

/** A BIC of another bank than the one the Kazakh IBAN names: a warning, with a way to take the IBAN's bank. */
export const BicAgainstIban: Story = {
  args: { value: [{ ...halykAccount, bic: 'CASPKZKA', bankName: 'Kaspi Bank JSC' }] },
};

/** A non-resident with a German IBAN and a US account number; KBe is optional. */
export const NonResidentForeignAccounts: Story = {
  args: { resident: false, value: [deutscheAccount, chaseAccount] },
};

/** Dark theme: the page's `color-scheme: dark` (or `theme="dark"` on the element). */
export const Dark: Story = {
  args: { value: [halykAccount, kaspiUsdAccount] },
  globals: { theme: 'dark' },
};

/** Russian: the directory gives the bank's Russian name. */
export const Russian: Story = { args: { value: [halykAccount], locale: 'ru' } };

/** Kazakh. */
export const Kazakh: Story = { args: { value: [halykAccount], locale: 'kk' } };

/** Russian, with errors shown. */
export const RussianInvalid: Story = { args: { ...InvalidValues.args, locale: 'ru' } };

/** Kazakh, with errors shown. */
export const KazakhInvalid: Story = { args: { ...InvalidValues.args, locale: 'kk' } };

/** Disabled (for example by a `<fieldset disabled>` around it). */
export const Disabled: Story = { args: { value: [halykAccount], disabled: true } };

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
  args: { value: [halykAccount] },
};
