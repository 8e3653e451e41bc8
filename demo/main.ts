/**
 * The demo host page: starts the mock backend, registers every widget and shows each one that
 * this version ships, with a log of the events they fire.
 */
import '../src/index.js';
import { HttpBackend } from '../src/backend/index.js';
import type { TirkeuResidentForm } from '../src/index.js';

const backend = new HttpBackend({ apiBase: '/api' });

const sections: Array<{ tag: string; title: string; markup: string }> = [
  { tag: 'tirkeu-certificate-picker', title: 'Certificate (NCALayer)', markup: '<tirkeu-certificate-picker purpose="authentication" test-certificates></tirkeu-certificate-picker>' },
  { tag: 'tirkeu-resident-form', title: 'Resident registration', markup: '<tirkeu-resident-form api-base="/api" test-certificates></tirkeu-resident-form>' },
  { tag: 'tirkeu-nonresident-form', title: 'Non-resident registration', markup: '<tirkeu-nonresident-form api-base="/api" test-certificates></tirkeu-nonresident-form>' },
  { tag: 'tirkeu-bank-details', title: 'Bank accounts', markup: '<tirkeu-bank-details resident></tirkeu-bank-details>' },
  {
    tag: 'tirkeu-document-uploader',
    title: 'Documents',
    markup: `<label class="demo-inline">Registrant
        <select id="demo-registrant">
          <option value="legal-entity">Legal entity</option>
          <option value="joint-stock-company">Joint-stock company</option>
          <option value="individual-entrepreneur">Individual entrepreneur</option>
          <option value="natural-person">Natural person</option>
          <option value="non-resident">Non-resident</option>
        </select></label>
      <tirkeu-document-uploader name="documents"></tirkeu-document-uploader>`,
  },
];

async function startMockBackend(): Promise<void> {
  try {
    const { setupBrowserMocks } = await import('../mocks/backend/browser.js');
    await setupBrowserMocks();
  } catch (error) {
    console.warn('Mock backend not started', error);
  }
}

function renderSections(): void {
  const main = document.getElementById('demo-widgets')!;
  for (const { tag, title, markup } of sections) {
    if (!customElements.get(tag)) continue;
    const section = document.createElement('section');
    section.className = 'demo-section';
    const heading = document.createElement('h2');
    heading.textContent = title;
    section.append(heading, document.createRange().createContextualFragment(markup));
    main.append(section);
  }
}

/** What a portal does: the chosen certificate fills the resident form. */
function connectWidgets(): void {
  const picker = document.querySelector('tirkeu-certificate-picker');
  if (picker) picker.backend = backend;
  document.addEventListener('tirkeu-certificate-select', (event) => {
    const form = document.querySelector<TirkeuResidentForm>('tirkeu-resident-form');
    if (form) form.certificate = (event as HTMLElementEventMap['tirkeu-certificate-select']).detail.certificate;
  });
}

function logEvents(): void {
  const log = document.getElementById('demo-log')!;
  const types = ['tirkeu-certificate-select', 'tirkeu-submit', 'tirkeu-registered', 'tirkeu-document-add', 'tirkeu-document-remove', 'tirkeu-error', 'change'];
  for (const type of types) {
    document.addEventListener(type, (event) => {
      const item = document.createElement('li');
      const detail = (event as CustomEvent).detail;
      const target = (event.target as Element).localName;
      item.textContent = `${new Date().toLocaleTimeString()} ${target} ${type} ${detail === undefined ? '' : JSON.stringify(detail).slice(0, 300)}`;
      log.prepend(item);
    });
  }
}

function wireControls(): void {
  const locale = document.getElementById('demo-locale') as HTMLSelectElement;
  locale.addEventListener('change', () => (document.documentElement.lang = locale.value));
  const registrant = document.getElementById('demo-registrant') as HTMLSelectElement | null;
  registrant?.addEventListener('change', () => {
    const uploader = document.querySelector('tirkeu-document-uploader');
    if (uploader) uploader.registrant = registrant.value as typeof uploader.registrant;
  });
  const theme = document.getElementById('demo-theme') as HTMLSelectElement;
  theme.addEventListener('change', () => document.documentElement.classList.toggle('dark', theme.value === 'dark'));
}

await startMockBackend();
logEvents();
renderSections();
wireControls();
connectWidgets();
