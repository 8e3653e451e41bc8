/**
 * Every widget state that the layout test (test/components/layout.test.ts) measures and the
 * screenshot test (test/node/screenshots.test.mjs, through test/screenshots/page.ts) photographs,
 * rendered from fixed data only: the in-page NCALayer fake, a backend object that answers at once
 * from the mock register, the shared sample accounts. No network, no timer longer than a frame,
 * so that one state renders the same way every time.
 */
import '../../src/components/certificate-picker/define.js';
import '../../src/components/resident-form/define.js';
import '../../src/components/nonresident-form/define.js';
import '../../src/components/bank-details/define.js';
import '../../src/components/document-uploader/define.js';
import '../../src/components/draft-banner/define.js';
import '../../src/components/registration/define.js';
import type { TirkeuRegistration } from '../../src/components/registration/registration.js';
import { sampleNonResident } from '../../mocks/sample-registration.js';
import { MemoryDraftStore } from '../../mocks/drafts/index.js';
import type { TirkeuCertificatePicker } from '../../src/components/certificate-picker/certificate-picker.js';
import type { TirkeuResidentForm } from '../../src/components/resident-form/resident-form.js';
import type { TirkeuNonresidentForm } from '../../src/components/nonresident-form/nonresident-form.js';
import type { BankAccount, TirkeuBankDetails } from '../../src/components/bank-details/bank-details.js';
import type { TirkeuDocumentUploader } from '../../src/components/document-uploader/document-uploader.js';
import { fileOf, formPdf, plainPdf } from '../../mocks/documents/index.js';
import type { CertificateFields } from '../../src/components/registration-sections/prefill.js';
import type { RegistrationBackend } from '../../src/backend/index.js';
import { BackendError } from '../../src/backend/index.js';
import { NcaLayerClient } from '../../src/ncalayer/index.js';
import { FakeNcaLayer } from '../../mocks/ncalayer/index.js';
import { mockSignature } from '../../mocks/backend/index.js';
import { halykAccount } from '../../mocks/sample-accounts.js';
import { SAMPLE_IIN, sampleCertificate } from '../../mocks/sample-certificate.js';

export const WIDGET_STATES = [
  'picker-idle',
  'picker-selected',
  'picker-error',
  'resident-empty',
  'resident-errors',
  'nonresident-errors',
  'bank-open',
  'bank-errors',
  'documents-checked',
  'drafts-listed',
  'flow-path',
  'flow-review',
] as const;
export type WidgetState = (typeof WIDGET_STATES)[number];

const IIN = SAMPLE_IIN;
const certificate: CertificateFields = sampleCertificate();

/**
 * A backend that is there (so the forms ask for an e-mail code, the row the issue names) and
 * answers at once; the register knows no organisation, so the company section stays to be typed.
 */
function instantBackend(): RegistrationBackend {
  const refuse = async (): Promise<never> => {
    throw new BackendError('not-found');
  };
  return {
    getChallenge: refuse,
    presentCertificate: refuse,
    sendEmailCode: refuse,
    verifyEmailCode: refuse,
    lookupOrganisation: refuse,
    resolveInvitation: refuse,
    submitRegistration: refuse,
  };
}

const signer = async (data: string) => mockSignature(data, { iin: IIN });

/** An account with every kind of mistake the editor reports on its fields. */
const brokenAccount: BankAccount = {
  ...halykAccount,
  iban: 'KZ566010002000012346',
  bic: 'HSBKKZ',
  kbe: '27',
  currency: '',
  openedOn: '',
};

type Settleable = HTMLElement & { updateComplete?: Promise<unknown> };

/** Every element of ours under `root`, through shadow roots. */
function ownElements(root: ParentNode): Settleable[] {
  const found: Settleable[] = [];
  for (const el of root.querySelectorAll<Settleable>('*')) {
    if (el.localName.startsWith('tirkeu-')) found.push(el);
    if (el.shadowRoot) found.push(...ownElements(el.shadowRoot));
  }
  return found;
}

function shapeOf(root: ParentNode): string {
  return ownElements(root)
    .map((el) => `${el.localName}:${el.shadowRoot?.innerHTML.length ?? 0}`)
    .join(',');
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Waits until nothing under `root` changes any more: every element updated, lazy modules (locale
 * packs, the bank directory) arrived, and two frames in a row render the same.
 */
export async function settle(root: ParentNode, timeoutMs = 5000): Promise<void> {
  const until = performance.now() + timeoutMs;
  let last = '';
  let same = 0;
  while (same < 2 && performance.now() < until) {
    for (const el of ownElements(root)) await el.updateComplete;
    await frame();
    const shape = shapeOf(root);
    same = shape === last ? same + 1 : 0;
    last = shape;
  }
  await document.fonts?.ready;
}

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error(`widget-states: ${what} never happened`);
    await frame();
  }
}

/** The flow without a backend (no e-mail code) and without documents: its steps are the forms' alone. */
function registration(): TirkeuRegistration {
  const el = document.createElement('tirkeu-registration');
  el.preset = { id: 'states', name: { en: 'Portal', ru: 'Портал', kk: 'Портал' }, paths: ['resident', 'non-resident'], documents: false };
  return el;
}

/** A non-resident's registration filled in, at its review. */
async function walkToReview(el: TirkeuRegistration): Promise<void> {
  el.shadowRoot!.querySelector<HTMLInputElement>('input[value="non-resident"]')!.click();
  await el.next();
  const form = el.shadowRoot!.querySelector<TirkeuNonresidentForm>('[part~="form"]')!;
  form.value = sampleNonResident as never;
  await settle(el);
  while (el.step !== 'review') if (!(await el.next())) throw new Error(`widget-states: the flow stopped at ${el.step}`);
}

function picker(scenario: 'ok' | 'error'): TirkeuCertificatePicker {
  const el = document.createElement('tirkeu-certificate-picker');
  el.toggleAttribute('test-certificates', true);
  const fake = new FakeNcaLayer({
    scenario,
    cert: 'head-auth',
    latencyMs: 0,
    errorMessage: scenario === 'error' ? 'Хранилище ключей недоступно: токен не подключён' : null,
  });
  el.client = new NcaLayerClient({ createSocket: fake.createSocket });
  return el;
}

function residentForm(withCertificate: boolean): TirkeuResidentForm {
  const el = document.createElement('tirkeu-resident-form');
  el.requirePassword = true;
  el.backend = instantBackend();
  el.signer = signer;
  if (withCertificate) el.certificate = certificate;
  return el;
}

function nonresidentForm(): TirkeuNonresidentForm {
  const el = document.createElement('tirkeu-nonresident-form');
  el.requirePassword = true;
  el.backend = instantBackend();
  el.signer = signer;
  return el;
}

function bankEditor(accounts: BankAccount[]): TirkeuBankDetails {
  const el = document.createElement('tirkeu-bank-details');
  el.resident = true;
  el.required = true;
  el.value = accounts;
  return el;
}

/** Two unfinished drafts on a fixed clock (12 March 2025, 16:45), so that "2 hours ago" stays so. */
function draftBanner(): HTMLElement {
  const now = new Date(2025, 2, 12, 16, 45).getTime();
  const hour = 3_600_000;
  const store = new MemoryDraftStore({ now: () => now }).seed(
    { id: 'resident-1', kind: 'resident', step: 2, steps: 7, updatedAt: now - 2 * hour },
    { id: 'non-resident-1', kind: 'non-resident', step: 0, steps: 6, updatedAt: now - 31 * hour },
  );
  const el = document.createElement('tirkeu-draft-banner');
  Object.assign(el, { store, now: () => now });
  return el;
}

/** A natural person's slots after a submit: a PDF with its thumbnail, one with a warning, an empty file. */
async function uploader(): Promise<TirkeuDocumentUploader> {
  const el = document.createElement('tirkeu-document-uploader');
  el.registrant = 'natural-person';
  const files = [fileOf(await plainPdf(2), 'bank-certificate.pdf'), fileOf(await formPdf(), 'questionnaire.pdf'), fileOf(new Uint8Array(0), 'scan.pdf')];
  void el.updateComplete.then(async () => {
    await el.addFiles('bank-certificate', files.slice(0, 1));
    await el.addFiles('other', files.slice(1));
    el.validate();
  });
  return el;
}

/**
 * Renders one state in `locale` into `container` (emptied first) and resolves with the widget
 * once it is settled.
 */
export async function renderState(container: HTMLElement, state: WidgetState, locale: string): Promise<HTMLElement> {
  container.replaceChildren();
  const el: HTMLElement =
    state === 'picker-idle' || state === 'picker-selected'
      ? picker('ok')
      : state === 'picker-error'
        ? picker('error')
        : state === 'resident-empty'
          ? residentForm(false)
          : state === 'resident-errors'
            ? residentForm(true)
            : state === 'nonresident-errors'
              ? nonresidentForm()
              : state === 'documents-checked'
                ? await uploader()
                : state === 'drafts-listed'
                  ? draftBanner()
                : state === 'flow-path' || state === 'flow-review'
                  ? registration()
                : bankEditor(state === 'bank-open' ? [halykAccount] : [brokenAccount]);
  el.setAttribute('locale', locale);
  container.append(el);
  await settle(container);

  if (state === 'picker-selected' || state === 'picker-error') {
    const p = el as TirkeuCertificatePicker;
    void p.start();
    await until(() => p.state === (state === 'picker-selected' ? 'selected' : 'error'), `picker ${state}`);
  } else if (state === 'resident-errors' || state === 'nonresident-errors') {
    (el as TirkeuResidentForm | TirkeuNonresidentForm).validate();
  } else if (state === 'bank-open') {
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="edit-button"]')!.click();
  } else if (state === 'bank-errors') {
    (el as TirkeuBankDetails).validate();
  } else if (state === 'flow-review') {
    await walkToReview(el as TirkeuRegistration);
  } else if (state === 'documents-checked') {
    const documents = el as TirkeuDocumentUploader;
    await until(() => documents.value.other?.length === 2 && documents.value['bank-certificate']?.[0]?.state === 'ready', 'documents checked');
    await documents.settled();
  }
  await settle(container);
  // A submit moves focus to the summary or a field: taken away again, as a blinking caret would
  // never photograph the same way twice.
  (el.shadowRoot?.activeElement as HTMLElement | null)?.blur();
  await settle(container);
  return el;
}
