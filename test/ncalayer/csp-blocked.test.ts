// A host page whose Content-Security-Policy does not allow NCALayer's address (issue 7, item 4):
// the user is told "this page cannot reach NCALayer", not "NCALayer is not running", and the
// host's developer learns from the event which connect-src sources to add. Each test file gets
// a page of its own, so the policy set here stays in this file.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/certificate-picker/define.js';
import type { PickerErrorDetail, TirkeuCertificatePicker } from '../../src/components/certificate-picker/define.js';
import { NcaLayerClient, type NcaLayerError } from '../../src/ncalayer/index.js';
import { emulator, rejectionOf, resetEmulator } from './emulator.js';

const text = (el: TirkeuCertificatePicker) => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('a page whose CSP blocks the connection to NCALayer', () => {
  let origins: { wss: string; https: string };
  before(async () => {
    const { ncalayerUrl, controlUrl } = await emulator();
    await resetEmulator();
    origins = { wss: ncalayerUrl, https: ncalayerUrl.replace('wss:', 'https:') };
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    // Only the page itself and the emulator's control endpoint (for the helpers): not NCALayer.
    meta.content = `connect-src 'self' ${controlUrl}`;
    document.head.append(meta);
  });

  it('the client fails with ncalayer-blocked-by-csp, naming the connect-src sources to add', async () => {
    const client = new NcaLayerClient({ url: origins.wss });
    const error = (await rejectionOf(client.connect())) as NcaLayerError;
    expect(error.code).to.equal('ncalayer-blocked-by-csp');
    expect(error.message).to.contain(`connect-src ${origins.wss} ${origins.https}`);
  });

  for (const [locale, title] of [
    ['en', 'This page cannot reach NCALayer'],
    ['ru', 'Эта страница не может подключиться к NCALayer'],
    ['kk', 'Бұл бет NCALayer-ге қосыла алмайды'],
  ] as const) {
    it(`the picker says "${title}" (${locale}), with the developer's explanation in the event`, async () => {
      const el = await fixture<TirkeuCertificatePicker>(
        html`<tirkeu-certificate-picker locale=${locale} ncalayer-url=${origins.wss}></tirkeu-certificate-picker>`,
      );
      el.client = new NcaLayerClient({ url: origins.wss });
      // The element's strings load on demand: click once they are there, as a user would.
      if (locale !== 'en') await waitUntil(() => el.shadowRoot!.querySelector('button')!.textContent!.trim() !== 'Select certificate');
      const event = oneEvent(el, 'tirkeu-error');
      el.shadowRoot!.querySelector('button')!.click();
      const { detail } = (await event) as CustomEvent<PickerErrorDetail>;
      await el.updateComplete;
      expect([detail.code, detail.message]).to.deep.equal(['ncalayer-blocked-by-csp', title]);
      expect((detail.cause as Error).message).to.contain(`connect-src ${origins.wss} ${origins.https}`);
      expect(el.shadowRoot!.querySelector('.error .title')!.textContent).to.equal(title);
      // Not the "start NCALayer / download it" advice: nothing on the user's computer is wrong.
      expect(el.shadowRoot!.querySelector('a[href*="pki.gov.kz"]')).to.equal(null);
      expect(text(el)).not.to.contain('NCALayer is not running');
      el.client.close();
    });
  }
});

describe('an engine that refuses the WebSocket synchronously', () => {
  it('a SecurityError from `new WebSocket` is ncalayer-blocked-by-csp too', async () => {
    const client = new NcaLayerClient({
      createSocket: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
    const error = (await rejectionOf(client.connect())) as NcaLayerError;
    expect(error.code).to.equal('ncalayer-blocked-by-csp');
    expect(error.message).to.contain('connect-src wss://127.0.0.1:13579 https://127.0.0.1:13579');
  });
});
