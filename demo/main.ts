/**
 * The demo portal page: a registration page in the shape of the Qarmet supplier portal's, with
 * the whole flow on its first tab and each widget alone on the others, the mock backend, the
 * NCALayer emulator's panel and a log of the widgets' events. Where to connect comes from the
 * server (/demo-config.json), which also sends the page's CSP for those addresses.
 */
import '../src/index.js';
import type { TirkeuResidentForm } from '../src/index.js';
import { isDemoLocale, pageLocale, translate, type DemoLocale } from './i18n.js';
import { setUpTabs } from './tabs.js';
import { LOGGED_EVENTS, logEvent } from './log.js';
import { startMockBackend } from './mock-worker.js';
import { setUpEmulatorPanel, type DemoConfig } from './emulator-panel.js';
import { TABS, isTab, type Portal, type WidgetContext } from './widgets.js';

const LOCALE_KEY = 'tirkeu-demo-locale';
const THEME_KEY = 'tirkeu-demo-theme';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The visitor's last choice, else the browser's language if the widgets speak it. */
function initialLocale(): DemoLocale {
  const stored = localStorage.getItem(LOCALE_KEY);
  if (isDemoLocale(stored)) return stored;
  const browser = navigator.language.toLowerCase().split('-')[0];
  return isDemoLocale(browser) ? browser : 'en';
}

function setUpLocale(onChange: () => void): void {
  const select = $<HTMLSelectElement>('demo-locale');
  document.documentElement.lang = initialLocale();
  select.value = pageLocale();
  translate();
  select.addEventListener('change', () => {
    // The widgets follow <html lang>; the page's own words are written again.
    document.documentElement.lang = select.value;
    localStorage.setItem(LOCALE_KEY, select.value);
    translate();
    onChange();
  });
}

function setUpTheme(): void {
  const select = $<HTMLSelectElement>('demo-theme');
  const apply = () => document.documentElement.classList.toggle('dark', select.value === 'dark');
  select.value = localStorage.getItem(THEME_KEY) === 'dark' ? 'dark' : 'light';
  apply();
  select.addEventListener('change', () => {
    localStorage.setItem(THEME_KEY, select.value);
    apply();
  });
}

function setUpLog(): void {
  const list = $('demo-log');
  for (const type of LOGGED_EVENTS) document.addEventListener(type, (event) => logEvent(list, event));
  $('log-clear').addEventListener('click', () => list.replaceChildren());
}

/**
 * What a portal does: the key chosen on the picker's tab fills the resident form's, now or when
 * that tab is first opened.
 */
let chosenCertificate: TirkeuResidentForm['certificate'];
function fillResidentForm(): void {
  const form = document.querySelector<TirkeuResidentForm>('#panel-resident tirkeu-resident-form');
  if (form && chosenCertificate) form.certificate = chosenCertificate;
}
function connectWidgets(tabs: { select: (id: string) => void }): void {
  document.addEventListener('tirkeu-certificate-select', (event) => {
    if ((event.target as Element).localName !== 'tirkeu-certificate-picker') return;
    chosenCertificate = (event as HTMLElementEventMap['tirkeu-certificate-select']).detail.certificate;
    fillResidentForm();
  });
  // The banner only asks: the registration (first tab) continues the draft the user chose.
  document.addEventListener('tirkeu-draft-restore', (event) => {
    const registration = document.querySelector('tirkeu-registration');
    if (registration && (event.target as Element).localName === 'tirkeu-draft-banner') registration.draftId = (event as HTMLElementEventMap['tirkeu-draft-restore']).detail.id;
    tabs.select('registration');
  });
}

async function readConfig(): Promise<DemoConfig> {
  const response = await fetch('/demo-config.json', { cache: 'no-store' });
  return (await response.json()) as DemoConfig;
}

// The page's words first, while the backend starts (a first visit installs its worker).
let panel: { relabel: () => void } | undefined;
setUpLocale(() => panel?.relabel());
setUpTheme();
const config = await readConfig();
await startMockBackend();
setUpLog();

let portal: Portal = 'supplier';
const filled = new Set<string>();
const context = (): WidgetContext => ({
  ncalayerUrl: config.ncalayerUrl,
  portal,
  onPortal(next) {
    portal = next;
    // A preset is read when the flow starts: a new element, not a changed attribute.
    $('panel-registration').replaceChildren(...TABS.registration(context()));
  },
});
const tabs = setUpTabs($('demo-tabs'), {
  fallback: 'registration',
  onShow(id, panel) {
    // Each widget is made when its tab is first shown, and kept (with what was typed) afterwards.
    if (filled.has(id) || !isTab(id)) return;
    filled.add(id);
    panel.replaceChildren(...TABS[id](context()));
    if (id === 'resident') fillResidentForm();
  },
});
panel = setUpEmulatorPanel($('emulator'), config);
connectWidgets(tabs);
