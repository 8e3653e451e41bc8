import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/certificate-picker/define.js';
import type { TirkeuCertificatePicker } from '../src/components/certificate-picker/certificate-picker.js';
import { NcaLayerClient, NcaLayerError, type NcaLayerErrorCode } from '../src/ncalayer/index.js';
import { FakeNcaLayer } from '../mocks/ncalayer/index.js';
import { certificateExpiringIn } from '../test/components/certificate-picker/expiring-certificate.js';

/**
 * Every state of the picker, driven by the in-page NCALayer fake (mocks/ncalayer): no NCALayer
 * and no Node emulator needed. Stories that show a result press the button for you (`play`).
 */
interface Args {
  purpose: 'authentication' | 'signing';
  subject: 'any' | 'individual' | 'legal-entity';
  locale?: string;
  disabled: boolean;
  required: boolean;
  /** What the in-page NCALayer does when asked to sign. */
  scenario: 'ok' | 'cancel' | 'slow' | 'error' | 'drop' | 'garbage' | 'mismatch';
  /** The emulator certificate the "user" picks in NCALayer's dialog. */
  cert:
    | 'auto'
    | 'individual-auth'
    | 'individual-sign'
    | 'entrepreneur-auth'
    | 'head-auth'
    | 'head-sign'
    | 'employee-auth'
    | 'employee-sign'
    | 'expired'
    | 'not-yet-valid'
    | 'xss';
  /** Simulates NCALayer missing or the browser (or the page) blocking it, before any dialog. */
  connection:
    | 'ok'
    | 'connecting'
    | 'local-network-prompt'
    | 'not-running'
    | 'not-responding'
    | 'local-network-blocked'
    | 'blocked-by-csp'
    | 'expiring-soon';
  /** Press the button once rendered. */
  start: boolean;
  /** After the first choice, press "Choose another certificate", and NCALayer does this. */
  another?: 'cancel' | 'error';
}

/** The in-page NCALayer behind each story's client, so that a story can change what it does next. */
const fakes = new WeakMap<NcaLayerClient, FakeNcaLayer>();

/**
 * A client whose connection always fails the given way, or (no code) never completes; with
 * `prompting`, it waits on the browser's Local Network Access question.
 */
class UnreachableClient extends NcaLayerClient {
  constructor(private readonly code?: NcaLayerErrorCode, private readonly asking = false) {
    super({ url: 'wss://127.0.0.1:13579', createSocket: () => { throw new Error('not used'); } });
  }
  override get awaitingPermission(): boolean {
    return this.asking;
  }
  override connect(): Promise<string> {
    if (!this.code) return new Promise(() => {});
    return Promise.reject(new NcaLayerError(this.code, `Story: ${this.code}`));
  }
}

/** A client that "signs" with a certificate made in the page, 12 days from expiry. */
function expiringClient(): NcaLayerClient {
  const made = certificateExpiringIn(12);
  return {
    url: 'story://expiring',
    connect: async () => 'story',
    basics: { sign: async () => (await made).pem },
    close() {},
  } as unknown as NcaLayerClient;
}

function clientFor(args: Args): NcaLayerClient {
  if (args.connection === 'connecting') return new UnreachableClient();
  if (args.connection === 'local-network-prompt') return new UnreachableClient(undefined, true);
  if (args.connection === 'not-running') return new UnreachableClient('ncalayer-unavailable');
  if (args.connection === 'not-responding') return new UnreachableClient('ncalayer-not-responding');
  if (args.connection === 'local-network-blocked') return new UnreachableClient('local-network-blocked');
  if (args.connection === 'blocked-by-csp') return new UnreachableClient('ncalayer-blocked-by-csp');
  if (args.connection === 'expiring-soon') return expiringClient();
  const fake = new FakeNcaLayer({
    scenario: args.scenario,
    cert: args.cert,
    // "slow" is NCALayer's dialog left open: long enough to look at.
    delayMs: args.scenario === 'slow' ? 60 * 60 * 1000 : 400,
    errorMessage: args.scenario === 'error' ? 'Хранилище ключей недоступно: токен не подключён' : null,
  });
  const client = new NcaLayerClient({ createSocket: fake.createSocket });
  fakes.set(client, fake);
  return client;
}

const meta: Meta<Args> = {
  title: 'Widgets/Certificate picker',
  component: 'tirkeu-certificate-picker',
  args: {
    purpose: 'authentication',
    subject: 'any',
    disabled: false,
    required: false,
    scenario: 'ok',
    cert: 'auto',
    connection: 'ok',
    start: false,
  },
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'en', 'ru', 'kk'] },
    purpose: { control: 'inline-radio', options: ['authentication', 'signing'] },
    subject: { control: 'inline-radio', options: ['any', 'individual', 'legal-entity'] },
    scenario: { control: 'select', options: ['ok', 'cancel', 'slow', 'error', 'drop', 'garbage', 'mismatch'] },
    cert: {
      control: 'select',
      options: ['auto', 'individual-auth', 'individual-sign', 'entrepreneur-auth', 'head-auth', 'head-sign', 'employee-auth', 'employee-sign', 'expired', 'not-yet-valid', 'xss'],
    },
    connection: {
      control: 'inline-radio',
      options: ['ok', 'connecting', 'local-network-prompt', 'not-running', 'not-responding', 'local-network-blocked', 'blocked-by-csp', 'expiring-soon'],
    },
  },
  render: (args) =>
    html`<tirkeu-certificate-picker
      name="signature"
      purpose=${args.purpose}
      subject=${args.subject}
      locale=${ifDefined(args.locale)}
      ?disabled=${args.disabled}
      ?required=${args.required}
      test-certificates
      .client=${clientFor(args)}
    ></tirkeu-certificate-picker>`,
  play: async ({ canvasElement, args }) => {
    if (!args.start) return;
    const picker = canvasElement.querySelector<TirkeuCertificatePicker>('tirkeu-certificate-picker')!;
    await customElements.whenDefined('tirkeu-certificate-picker');
    await picker.updateComplete;
    if (!args.another) return void picker.start();
    await picker.start();
    fakes.get(picker.client!)?.configure({ scenario: args.another });
    void picker.start();
  },
  parameters: {
    docs: {
      description: {
        component:
          'Opens NCALayer\'s dialog by signing a challenge, reads the certificate from the signature and shows it. ' +
          'Fires `tirkeu-certificate-select` `{ certificate, signature, format }` and `tirkeu-error` `{ code, message }`. ' +
          'Form-associated: the signature is submitted under `name`. These stories use an in-page NCALayer fake.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Before anything happens: the button and what NCALayer will ask. */
export const Idle: Story = {};

/** Connecting to NCALayer. */
export const Connecting: Story = { args: { connection: 'connecting', start: true } };

/** Chrome asks the user whether the site may reach apps on the local network: what to click. */
export const LocalNetworkPrompt: Story = { args: { connection: 'local-network-prompt', start: true } };

/** The same question, in Russian. */
export const RussianLocalNetworkPrompt: Story = { args: { connection: 'local-network-prompt', locale: 'ru', start: true } };

/** NCALayer's dialog is open: the user picks storage, key and password there; "Cancel" stops waiting. */
export const Waiting: Story = { args: { scenario: 'slow', start: true } };

/** An individual's authentication certificate. */
export const SelectedIndividual: Story = { args: { cert: 'individual-auth', start: true } };

/** A legal entity's first head, signing key: BIN, organisation and role. */
export const SelectedLegalEntity: Story = {
  args: { cert: 'head-sign', purpose: 'signing', subject: 'legal-entity', start: true },
};

/** An employee of the organisation. */
export const SelectedEmployee: Story = { args: { cert: 'employee-auth', subject: 'legal-entity', start: true } };

/** Valid, but for 12 more days: a warning to renew. */
export const ExpiringSoon: Story = { args: { connection: 'expiring-soon', start: true } };

/** NCALayer is not running: how to start it, and where to download it. */
export const ErrorNotRunning: Story = { args: { connection: 'not-running', start: true } };

/** Something holds NCALayer's port but never answers like NCALayer: restart it. */
export const ErrorNotResponding: Story = { args: { connection: 'not-responding', start: true } };

/**
 * The host page's Content-Security-Policy forbids the connection: "this page cannot reach
 * NCALayer" (nothing to fix on the user's computer); the `tirkeu-error` event's `cause` tells the
 * host's developer which `connect-src` sources to add.
 */
export const ErrorBlockedByCsp: Story = { args: { connection: 'blocked-by-csp', start: true } };

/** NCALayer answered with a signature over other data (a stale answer): it is not used. */
export const ErrorSignatureMismatch: Story = { args: { scenario: 'mismatch', start: true } };

/** Chrome's Local Network Access permission is denied: how to allow it (and the iframe attribute). */
export const ErrorLocalNetworkBlocked: Story = { args: { connection: 'local-network-blocked', start: true } };

/** The user closed NCALayer's dialog. */
export const ErrorCancelled: Story = { args: { scenario: 'cancel', start: true } };

/** NCALayer failed: its own message is shown as text. */
export const ErrorNcaLayerFailure: Story = { args: { scenario: 'error', start: true } };

/** NCALayer closed the connection while its dialog was open. */
export const ErrorConnectionDropped: Story = { args: { scenario: 'drop', start: true } };

/** The chosen certificate has expired. */
export const ErrorExpired: Story = { args: { cert: 'expired', purpose: 'signing', start: true } };

/** The chosen certificate is valid only from 2040. */
export const ErrorNotYetValid: Story = { args: { cert: 'not-yet-valid', start: true } };

/** A personal certificate where an organisation's is required. */
export const ErrorWrongKind: Story = { args: { cert: 'individual-auth', subject: 'legal-entity', start: true } };

/** Certificate values that look like HTML are shown as text. */
export const HostileCertificateText: Story = { args: { cert: 'xss', start: true } };

/** Dark theme (the page's `color-scheme`, or `theme="dark"` on the element). */
export const Dark: Story = {
  args: { cert: 'head-sign', purpose: 'signing', subject: 'legal-entity', start: true },
  globals: { theme: 'dark' },
};

/** Dark, with an error. */
export const DarkError: Story = { args: { connection: 'not-running', start: true }, globals: { theme: 'dark' } };

/** Russian. */
export const Russian: Story = {
  args: { cert: 'head-sign', purpose: 'signing', subject: 'legal-entity', locale: 'ru', start: true },
};

/** Russian, NCALayer not running. */
export const RussianNotRunning: Story = { args: { connection: 'not-running', locale: 'ru', start: true } };

/** Kazakh. */
export const Kazakh: Story = { args: { cert: 'individual-auth', locale: 'kk', start: true } };

/** Kazakh, expiring soon. */
export const KazakhExpiringSoon: Story = { args: { connection: 'expiring-soon', locale: 'kk', start: true } };

/** "Choose another certificate", then NCALayer's dialog closed: the certificate chosen before stays, and the picker says so. */
export const AnotherChoiceCancelled: Story = { args: { cert: 'head-auth', start: true, another: 'cancel' } };

/** "Choose another certificate" failed: the error, and the certificate chosen before, which still counts. */
export const AnotherChoiceFailed: Story = { args: { cert: 'head-auth', start: true, another: 'error' } };

/** Disabled (for example by a `<fieldset disabled>` around it). */
export const Disabled: Story = { args: { disabled: true } };

/** Inside a host form with `required`: submit to see the FormData it sends. */
export const InAForm: Story = {
  args: { required: true, cert: 'individual-auth' },
  render: (args) =>
    html`<form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const form = e.target as HTMLFormElement;
        form.querySelector('output')!.textContent = `signature: ${String(new FormData(form).get('signature')).slice(0, 60)}…`;
      }}
    >
      <tirkeu-certificate-picker
        name="signature"
        required
        test-certificates
        locale=${ifDefined(args.locale)}
        .client=${clientFor(args)}
      ></tirkeu-certificate-picker>
      <p><button>Submit</button> <button type="reset">Reset</button></p>
      <output></output>
    </form>`,
};
