import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/registration/define.js';
import type { TirkeuRegistration } from '../src/components/registration/registration.js';
import type { TirkeuResidentForm } from '../src/components/resident-form/resident-form.js';
import type { FlowStep, PortalPresetInput } from '../src/model/index.js';
import { createBackendHandlers, DEMO_EMAIL_CODE, mockSignature, NEW_BIN, type BackendMockOptions } from '../mocks/backend/index.js';
import { HttpBackend } from '../src/backend/index.js';
import { MemoryDraftStore, type SeedDraft } from '../mocks/drafts/index.js';
import { halykAccount } from '../mocks/sample-accounts.js';
import { sampleNonResident } from '../mocks/sample-registration.js';
import { sampleCertificate } from '../mocks/sample-certificate.js';

/**
 * Every step of the registration, and what can happen on the way. The backend is the mock (msw);
 * the certificate step is answered as the picker would answer it, with the sample certificate
 * and a mock signature the mock backend accepts, so no NCALayer is needed here.
 */

/** A new user of the mock backend (a right check digit, born 1 Jan 1990). */
const IIN = '900101300017';

/** Signs with a mock signature the mock backend accepts (stories have no NCALayer). */
const signer = async (data: string) => mockSignature(data, { iin: IIN });

interface Args {
  portal: 'supplier' | 'ppp';
  locale?: string;
  theme?: 'light' | 'dark';
  /** Where the play function takes the flow. */
  step?: FlowStep | 'complete';
  path?: 'resident' | 'non-resident';
  /** How the mock backend behaves. */
  backend?: BackendMockOptions;
  /** Drafts kept in this browser (an in-memory store): the first step offers to continue them. */
  drafts?: SeedDraft[];
  preset?: PortalPresetInput;
}

const residentValue = {
  legalStatus: 'legal-entity',
  user: { phone: '+77012345678', email: 'a.seitkali@example.kz', position: 'Директор' },
  company: { phone: '+77172554433' },
  bankAccounts: [halykAccount],
};


/** The user step's e-mail confirmation, with the mock backend's code. */
async function confirmEmail(el: TirkeuRegistration): Promise<void> {
  const root = formOf(el)?.shadowRoot;
  if (!root?.querySelector('[part~="send-code-button"]')) return;
  root.querySelector<HTMLButtonElement>('[part~="send-code-button"]')!.click();
  const sent = () => !!root.getElementById('f-user-emailCode') && !!root.querySelector('[part~="email-status"]')?.textContent?.includes('@');
  for (let i = 0; i < 50 && !sent(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  const input = root.getElementById('f-user-emailCode') as HTMLInputElement | null;
  if (!input) return;
  input.value = DEMO_EMAIL_CODE;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await formOf(el)!.updateComplete;
  root.querySelector<HTMLButtonElement>('[part~="verify-code-button"]')!.click();
  await new Promise((resolve) => setTimeout(resolve, 600));
}

const formOf = (el: TirkeuRegistration) => el.shadowRoot!.querySelector<TirkeuResidentForm>('[part~="form"]');

/** Takes the flow to `target` through its own API, as a user's clicks on Next would. */
async function walk(el: TirkeuRegistration, args: Args): Promise<void> {
  await el.updateComplete;
  if (!args.step || args.step === 'path') return;
  if (args.path && el.steps.includes('path')) {
    el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="path"][value="${args.path}"]`)?.click();
    await el.next();
  }
  if (args.path !== 'non-resident') {
    // What the picker announces when the user chose a key in NCALayer.
    const picker = el.shadowRoot!.querySelector('tirkeu-certificate-picker');
    const { challenge } = await new HttpBackend({ apiBase: '/api' }).getChallenge();
    const signature = mockSignature(challenge, { iin: IIN, bin: NEW_BIN, surname: 'СЕЙТҚАЛИ', name: 'АЙГЕРІМ', email: 'a.seitkali@example.kz' });
    picker?.dispatchEvent(
      new CustomEvent('tirkeu-certificate-select', { detail: { certificate: sampleCertificate({ iin: IIN }), signature, format: 'cms' }, bubbles: true, composed: true }),
    );
    await new Promise((resolve) => setTimeout(resolve, 600));
  }
  const form = formOf(el);
  if (form) {
    form.value = (args.path === 'non-resident' ? sampleNonResident : residentValue) as never;
    await form.updateComplete;
  }
  for (let guard = 0; guard < 8 && el.step !== args.step && el.step !== 'review'; guard++) {
    if (el.step === 'user') await confirmEmail(el);
    if (!(await el.next())) break;
  }
  if (args.step === 'complete') {
    formOf(el)?.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')?.click();
  }
}

const meta: Meta<Args> = {
  title: 'Flow/Registration',
  component: 'tirkeu-registration',
  args: { portal: 'supplier' },
  argTypes: {
    portal: { control: 'inline-radio', options: ['supplier', 'ppp'] },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'ru', 'kk'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) => {
    const store = args.drafts ? new MemoryDraftStore().seed(...args.drafts) : undefined;
    return html`<tirkeu-registration
      api-base="/api"
      portal=${args.portal}
      login-url="#login"
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
      .signer=${signer}
      .draftStore=${store}
      .preset=${args.preset}
    ></tirkeu-registration>`;
  },
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<TirkeuRegistration>('tirkeu-registration')!;
    await walk(el, args);
  },
  parameters: {
    msw: { handlers: createBackendHandlers({ latency: 200 }) },
    docs: {
      description: {
        component:
          'The whole registration in one element: path, certificate (residents), user, company, bank accounts, documents, review and signature. ' +
          'Stories talk to the mock backend (msw): e-mail code `123456`. The certificate step is answered with the sample certificate.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const PathChoice: Story = {};
export const InKazakh: Story = { args: { locale: 'kk' } };
export const InRussian: Story = { args: { locale: 'ru' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const CertificateStep: Story = { args: { path: 'resident', step: 'certificate' } };
export const PppPortal: Story = { args: { portal: 'ppp' } };
export const ResidentUserStep: Story = { args: { path: 'resident', step: 'user' } };
export const NonResidentCompanyStep: Story = { args: { path: 'non-resident', step: 'company' } };
export const DocumentsStep: Story = { args: { path: 'non-resident', step: 'documents' } };
export const Review: Story = {
  args: { path: 'non-resident', step: 'review', preset: { id: 'no-documents', name: { en: 'Portal', ru: 'Портал', kk: 'Портал' }, paths: ['resident', 'non-resident'], documents: false } },
};
export const Complete: Story = {
  args: { path: 'non-resident', step: 'complete', preset: { id: 'no-documents', name: { en: 'Portal', ru: 'Портал', kk: 'Портал' }, paths: ['resident', 'non-resident'], documents: false } },
};
export const UserExists: Story = {
  args: { path: 'resident', step: 'certificate' },
  parameters: { msw: { handlers: createBackendHandlers({ latency: 200, everyUserExists: true }) } },
};
export const OrganisationRegistered: Story = {
  args: { path: 'resident', step: 'certificate' },
  parameters: { msw: { handlers: createBackendHandlers({ latency: 200, everyOrganisationRegistered: true }) } },
};
export const DraftToContinue: Story = {
  args: { drafts: [{ id: 'draft-1', kind: 'resident', step: 3, steps: 7, updatedAt: Date.now() - 2 * 3600_000 }] },
};
export const InvalidPreset: Story = {
  args: { preset: { id: 'broken', name: { en: 'Broken' }, paths: ['martian'] } as never },
};
