import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse, delay } from 'msw';
import '../src/components/resident-form/define.js';
import type { TirkeuResidentForm } from '../src/components/resident-form/resident-form.js';
import type { CertificateFields } from '../src/components/registration-sections/prefill.js';
import type { BankAccount } from '../src/model/index.js';
import { createBackendHandlers, INVITATIONS, mockSignature, NEW_BIN, REGISTERED_BIN } from '../mocks/backend/index.js';
import { halykAccount } from '../mocks/sample-accounts.js';
import { sampleCertificate } from '../mocks/sample-certificate.js';

/** A new user of the mock backend (IIN with a right check digit, born 1 Jan 1990). */
const IIN = '900101300017';

const certificate = (bin: string | null = NEW_BIN): CertificateFields => sampleCertificate({ bin });


interface Args {
  certificate?: CertificateFields;
  apiBase?: string;
  locale?: string;
  requirePassword: boolean;
  requireAgreement: boolean;
  allowNaturalPerson: boolean;
  /** Calls validate() after rendering, to show errors and the summary. */
  validate: boolean;
  /** Bank accounts to start with. */
  bankAccounts?: BankAccount[];
  theme?: 'light' | 'dark';
  /** An invitation token the mock backend knows (`demo-invitation`). */
  invitation?: string;
  /** No `signer`: the agreement is signed in the form with the certificate picker (needs NCALayer). */
  signInForm?: boolean;
}

/** Signs with a mock signature the mock backend accepts (stories have no NCALayer). */
const signer = async (data: string) => mockSignature(data, { iin: IIN });

const meta: Meta<Args> = {
  title: 'Forms/Resident form',
  component: 'tirkeu-resident-form',
  args: {
    certificate: certificate(),
    apiBase: '/api',
    requirePassword: false,
    requireAgreement: false,
    allowNaturalPerson: false,
    validate: false,
  },
  parameters: {
    msw: { handlers: createBackendHandlers({ latency: 300 }) },
    docs: {
      description: {
        component:
          'User, company and bank accounts of a resident, prefilled from the certificate and the state register. ' +
          'Stories talk to the mock backend (msw): e-mail code `123456`, BIN `150340000129` is in the register, `170640001230` is registered already.',
      },
    },
  },
  render: (args) => html`<tirkeu-resident-form
    api-base=${args.apiBase ?? ''}
    locale=${args.locale ?? ''}
    theme=${args.theme ?? ''}
    ?require-password=${args.requirePassword}
    ?require-agreement=${args.requireAgreement}
    ?allow-natural-person=${args.allowNaturalPerson}
    invitation=${ifDefined(args.invitation)}
    .certificate=${args.certificate}
    ?test-certificates=${args.signInForm}
    .signer=${args.signInForm ? undefined : signer}
    .value=${args.bankAccounts ? { bankAccounts: args.bankAccounts } : undefined}
    @tirkeu-submit=${(e: CustomEvent) => console.info('tirkeu-submit', e.detail.payload)}
  ></tirkeu-resident-form>`,
  play: async ({ canvasElement, args }) => {
    if (!args.validate) return;
    const form = canvasElement.querySelector<TirkeuResidentForm>('tirkeu-resident-form')!;
    await form.updateComplete;
    form.validate();
  },
};
export default meta;
type Story = StoryObj<Args>;

/** No certificate yet: everything editable, the form asks for the certificate first. */
export const Empty: Story = { args: { certificate: undefined, apiBase: undefined } };

/** From a legal entity's certificate: identity read-only, company filled from the register. */
export const PrefilledFromCertificate: Story = { args: { bankAccounts: [halykAccount] } };

/** After pressing "Register" with fields missing: inline errors and the summary. */
export const InvalidAfterSubmit: Story = { args: { certificate: certificate(null), apiBase: undefined, validate: true } };

/** The register answers slowly: the company section shows the pending lookup. */
export const LookupPending: Story = {
  parameters: { msw: { handlers: createBackendHandlers({ latency: 'infinite' }) } },
};

/** The server refuses the submission with field errors (422); they land on their fields. */
export const ServerValidation: Story = {
  args: { bankAccounts: [halykAccount] },
  parameters: {
    msw: {
      handlers: [
        http.post('/api/email/verify', () => HttpResponse.json({ verified: true })),
        http.post('/api/registrations', async () => {
          await delay(300);
          return HttpResponse.json(
            {
              code: 'validation',
              message: 'Some fields are invalid.',
              errors: [
                { path: 'company.name', code: 'registry-mismatch', message: 'The register knows no organisation by this name.' },
                { path: 'user.phone', code: 'phone-kz-mobile' },
              ],
            },
            { status: 422 },
          );
        }),
        ...createBackendHandlers({ latency: 200 }),
      ],
    },
    docs: { description: { story: 'Type a phone, send and confirm the code (`123456`), then press Register.' } },
  },
};

/** The organisation is on the portal already: only the personal part remains. */
export const CompanyExists: Story = { args: { certificate: certificate(REGISTERED_BIN) } };

/** With password, agreement signing and natural persons allowed (seed 001's portal). */
export const PasswordAndAgreement: Story = { args: { requirePassword: true, requireAgreement: true, allowNaturalPerson: true } };

/**
 * No `signer`: the user agreement is signed in the form with a signing key through the
 * certificate picker (start NCALayer, or the emulator: `npx tirkeu-ncalayer-emulator`; test
 * certificates are accepted here); its CMS goes with the registration.
 */
export const AgreementSignedInForm: Story = { args: { requireAgreement: true, signInForm: true } };

/**
 * Opened from an invitation link (seed 002), before the certificate: the fields the invitation
 * carries are filled in and marked, with a note asking the user to check them.
 */
export const FromInvitation: Story = { args: { certificate: undefined, invitation: INVITATIONS.valid } };

export const Dark: Story = {
  args: { theme: 'dark', bankAccounts: [halykAccount] },
  render: (args, context) => html`<div style="color-scheme: dark; background: #101317; color: #e8ebef; padding: 1rem">
    ${meta.render!(args, context)}
  </div>`,
};

export const Russian: Story = { args: { locale: 'ru', validate: true, apiBase: undefined } };

export const Kazakh: Story = { args: { locale: 'kk', validate: true, apiBase: undefined } };
