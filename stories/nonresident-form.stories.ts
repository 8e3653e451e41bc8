import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import '../src/components/nonresident-form/define.js';
import type { TirkeuNonresidentForm } from '../src/components/nonresident-form/nonresident-form.js';
import type { NonResidentRegistration } from '../src/model/index.js';
import { createBackendHandlers, INVITATIONS, mockSignature } from '../mocks/backend/index.js';
import { deutscheAccount } from '../mocks/sample-accounts.js';


const filled: Partial<NonResidentRegistration> = {
  user: { name: 'Anna', surname: 'Schmidt', phone: '+49301234567', email: 'a.schmidt@example.de' },
  company: {
    identifier: 'HRB 123456',
    name: 'Rhein Anlagenbau',
    country: 'DE',
    phone: '+49221987654',
    email: 'info@example.de',
    legalAddress: 'Rheinufer 1, 50668 Köln',
  },
  bankAccounts: [deutscheAccount],
};

interface Args {
  value?: Partial<NonResidentRegistration>;
  apiBase?: string;
  locale?: string;
  requirePassword: boolean;
  validate: boolean;
  theme?: 'light' | 'dark';
  /** An invitation token the mock backend knows (`nonresident-invitation`). */
  invitation?: string;
}

const signer = async (data: string) => mockSignature(data, { name: 'Anna', surname: 'Schmidt' });

const meta: Meta<Args> = {
  title: 'Forms/Non-resident form',
  component: 'tirkeu-nonresident-form',
  args: { apiBase: '/api', requirePassword: false, validate: false },
  parameters: {
    msw: { handlers: createBackendHandlers({ latency: 300 }) },
    docs: {
      description: {
        component:
          'User, company (identifier, name, country) and bank accounts of a non-resident, typed by hand. Mock e-mail code: `123456`.',
      },
    },
  },
  render: (args) => html`<tirkeu-nonresident-form
    api-base=${args.apiBase ?? ''}
    locale=${args.locale ?? ''}
    theme=${args.theme ?? ''}
    ?require-password=${args.requirePassword}
    invitation=${ifDefined(args.invitation)}
    .signer=${signer}
    .value=${args.value}
    @tirkeu-submit=${(e: CustomEvent) => console.info('tirkeu-submit', e.detail.payload)}
  ></tirkeu-nonresident-form>`,
  play: async ({ canvasElement, args }) => {
    if (!args.validate) return;
    const form = canvasElement.querySelector<TirkeuNonresidentForm>('tirkeu-nonresident-form')!;
    await form.updateComplete;
    form.validate();
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};

/** Filled as an invitation link would leave it (seed 002): the user checks and confirms the e-mail. */
export const Prefilled: Story = { args: { value: filled } };

/** Opened from an invitation link: the backend resolves the token, the fields it carries are marked. */
export const FromInvitation: Story = { args: { invitation: INVITATIONS.nonResident } };

export const InvalidAfterSubmit: Story = {
  args: { apiBase: undefined, validate: true, value: { company: { name: 'Rhein Anlagenbau GmbH' } } as Partial<NonResidentRegistration> },
};

/** The server refuses the company identifier (422). Confirm the e-mail with `123456`, then Register. */
export const ServerValidation: Story = {
  args: { value: filled },
  parameters: {
    msw: {
      handlers: [
        http.post('/api/registrations', () =>
          HttpResponse.json(
            { code: 'validation', errors: [{ path: 'company.identifier', code: 'company-identifier-format' }] },
            { status: 422 },
          ),
        ),
        ...createBackendHandlers({ latency: 200 }),
      ],
    },
  },
};

/** The organisation turns out to be registered (409): the form keeps only the personal part. */
export const CompanyExists: Story = {
  args: { value: filled },
  parameters: {
    msw: {
      handlers: [
        http.post('/api/registrations', () => HttpResponse.json({ code: 'organisation-exists' }, { status: 409 })),
        ...createBackendHandlers({ latency: 200 }),
      ],
    },
  },
};

export const Dark: Story = {
  args: { theme: 'dark', value: filled },
  render: (args, context) => html`<div style="color-scheme: dark; background: #101317; color: #e8ebef; padding: 1rem">
    ${meta.render!(args, context)}
  </div>`,
};

export const Russian: Story = { args: { locale: 'ru', apiBase: undefined, validate: true } };

export const Kazakh: Story = { args: { locale: 'kk', apiBase: undefined, validate: true } };
