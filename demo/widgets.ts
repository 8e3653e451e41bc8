/**
 * What each tab of the demo holds: one widget alone (the whole registration on the first tab),
 * built with createElement and attributes, never parsed from markup (that is a Trusted Types
 * sink, and nothing here needs it).
 */
import { HttpBackend } from '../src/backend/index.js';
import type { DocumentRegistrant } from '../src/index.js';
import { t, type DemoKey } from './i18n.js';

export type Portal = 'supplier' | 'ppp';

export interface WidgetContext {
  ncalayerUrl: string;
  portal: Portal;
  /** The portal switch changed: the registration is made again with the new preset. */
  onPortal: (portal: Portal) => void;
}

/** The drafts database every widget of the demo keeps its drafts in (the banner shows them). */
export const DRAFTS_DB = 'tirkeu-demo';
const API_BASE = '/api';

function element(tag: string, attributes: Record<string, string | true> = {}, ...children: Array<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value === true ? '' : value);
  node.append(...children);
  return node;
}

/** An element whose text is the dictionary's (re-written on a language switch by translate()). */
const text = (tag: string, key: DemoKey, attributes: Record<string, string | true> = {}) => {
  const node = element(tag, { ...attributes, 'data-i18n': key });
  node.textContent = t(key);
  return node;
};

function registration({ ncalayerUrl, portal, onPortal }: WidgetContext): Node[] {
  const switcher = element('fieldset', { class: 'portal-switch' }, text('legend', 'controls.portal'));
  for (const value of ['supplier', 'ppp'] as const) {
    const radio = element('input', { type: 'radio', name: 'demo-portal', value }) as HTMLInputElement;
    radio.checked = value === portal;
    radio.addEventListener('change', () => radio.checked && onPortal(value));
    switcher.append(element('label', {}, radio, text('span', value === 'supplier' ? 'portal.supplier' : 'portal.ppp')));
  }
  if (!customElements.get('tirkeu-registration')) return [switcher, text('p', 'registration.missing', { class: 'note' })];
  return [
    switcher,
    element('tirkeu-registration', {
      'api-base': API_BASE,
      portal,
      drafts: DRAFTS_DB,
      'test-certificates': true,
      'ncalayer-url': ncalayerUrl,
      'login-url': '#login',
    }),
  ];
}

function certificate({ ncalayerUrl }: WidgetContext): Node[] {
  const picker = element('tirkeu-certificate-picker', { purpose: 'authentication', 'test-certificates': true, 'ncalayer-url': ncalayerUrl });
  // The picker signs the backend's challenge, as a portal's would.
  (picker as HTMLElementTagNameMap['tirkeu-certificate-picker']).backend = new HttpBackend({ apiBase: API_BASE });
  return [picker];
}

const resident = ({ ncalayerUrl }: WidgetContext) => [
  element('tirkeu-resident-form', { 'api-base': API_BASE, 'test-certificates': true, 'ncalayer-url': ncalayerUrl, drafts: DRAFTS_DB }),
];

const nonresident = ({ ncalayerUrl }: WidgetContext) => [
  element('tirkeu-nonresident-form', { 'api-base': API_BASE, 'test-certificates': true, 'ncalayer-url': ncalayerUrl, drafts: DRAFTS_DB }),
];

const bank = () => [element('tirkeu-bank-details', { resident: true })];

const REGISTRANTS: DocumentRegistrant[] = ['legal-entity', 'joint-stock-company', 'individual-entrepreneur', 'natural-person', 'non-resident'];

function documents(): Node[] {
  const uploader = element('tirkeu-document-uploader', { name: 'documents' }) as HTMLElementTagNameMap['tirkeu-document-uploader'];
  const select = element('select', { id: 'demo-registrant' }, ...REGISTRANTS.map((value) => text('option', `registrant.${value}` as DemoKey, { value }))) as HTMLSelectElement;
  select.addEventListener('change', () => (uploader.registrant = select.value as DocumentRegistrant));
  return [element('label', { class: 'field inline' }, text('span', 'documents.registrant'), select), uploader];
}

const drafts = () => [text('p', 'drafts.note', { class: 'note' }), element('tirkeu-draft-banner', { drafts: DRAFTS_DB })];

export const TABS = { registration, certificate, resident, nonresident, bank, documents, drafts } satisfies Record<string, (context: WidgetContext) => Node[]>;
export type TabId = keyof typeof TABS;
export const isTab = (id: string): id is TabId => id in TABS;
