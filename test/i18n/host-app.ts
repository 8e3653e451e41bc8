// A host application that localizes itself with @lit/localize in runtime mode, as an embedding
// portal would: its own catalogue, its own configureLocalization(), its own msg() calls. The
// host-localize tests load it beside our elements, configured before or after them, so it must
// not load anything of ours itself (only types).
import { expect, fixture } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { configureLocalization, msg, updateWhenLocaleChanges } from '@lit/localize';
import type { TirkeuCertificatePicker } from '../../src/components/certificate-picker/define.js';
import { expectedIdle, idleTexts } from '../components/certificate-picker/texts.js';

const HOST_ENGLISH = 'Welcome to the portal';
const HOST_RUSSIAN = 'Добро пожаловать на портал';

/** Configures the page's @lit/localize for the host: English source, Russian target. */
export function configureHost(): ReturnType<typeof configureLocalization> {
  return configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['ru'],
    // What `lit-localize build` would generate for the host's own strings.
    loadLocale: async () => ({ templates: { 'host.welcome': HOST_RUSSIAN } }),
  });
}

/** One of the host's own elements, re-rendered by @lit/localize when the host switches locale. */
export class HostWelcome extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return html`<p>${msg('Welcome to the portal', { id: 'host.welcome' })}</p>`;
  }
}
if (!customElements.get('host-welcome')) customElements.define('host-welcome', HostWelcome);

const hostText = (el: Element): string => el.shadowRoot!.querySelector('p')!.textContent!.trim();

/**
 * With the host in Russian, the host's element speaks Russian and a Kazakh, a Russian and an
 * unlocalized picker each speak their own language; the host switching to English moves only
 * its own strings.
 */
export async function expectEachInItsLocale(host: ReturnType<typeof configureHost>): Promise<void> {
  await host.setLocale('ru');
  const page = await fixture<HTMLDivElement>(html`<div>
    <host-welcome></host-welcome>
    <tirkeu-certificate-picker locale="kk" required></tirkeu-certificate-picker>
    <tirkeu-certificate-picker locale="ru" required></tirkeu-certificate-picker>
    <tirkeu-certificate-picker required></tirkeu-certificate-picker>
  </div>`);
  const welcome = page.querySelector<HostWelcome>('host-welcome')!;
  const [kk, ru, en] = [...page.querySelectorAll<TirkeuCertificatePicker>('tirkeu-certificate-picker')];
  await Promise.all([welcome, kk, ru, en].map((el) => el.updateComplete));

  expect(hostText(welcome)).to.equal(HOST_RUSSIAN);
  expect(idleTexts(kk)).to.deep.equal(expectedIdle('kk'));
  expect(idleTexts(ru)).to.deep.equal(expectedIdle('ru'));
  // The host's active locale is the host's: a picker asked for no locale stays English.
  expect(idleTexts(en)).to.deep.equal(expectedIdle('en'));

  await host.setLocale('en');
  await welcome.updateComplete;
  expect(hostText(welcome)).to.equal(HOST_ENGLISH);
  expect(idleTexts(kk)).to.deep.equal(expectedIdle('kk'));
  expect(idleTexts(ru)).to.deep.equal(expectedIdle('ru'));
}
