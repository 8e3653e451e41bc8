import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TirkeuCertificatePicker } from '../../../src/components/certificate-picker/define.js';
import type { CertificateSelectDetail, PickerErrorDetail } from '../../../src/components/certificate-picker/define.js';
import { NcaLayerError } from '../../../src/ncalayer/index.js';
import { certificateExpiringIn } from './expiring-certificate.js';
import {
  base64ToText,
  buttonText,
  focused,
  buttons,
  choose,
  closeClients,
  configureEmulator,
  disconnectEmulator,
  emulator,
  emulatorRequests,
  emulatorState,
  fields,
  mountPicker,
  ownClient,
  ownerText,
  resetEmulator,
  shadow,
  statusText,
  stubClient,
  stubPermissions,
  promptingPermission,
  verifyCms,
  waitForState,
} from './helpers.js';

const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const EMAIL_PROTECTION = '1.3.6.1.5.5.7.3.4';
const ROLE_INDIVIDUAL = '1.2.398.3.3.4.1.1';
const ROLE_LEGAL_ENTITY = '1.2.398.3.3.4.1.2';

interface SignFrame {
  module: string;
  method: string;
  args: {
    data: string;
    format: string;
    locale?: string;
    signingParams: { decode?: boolean; encapsulate?: boolean };
    signerParams: { extKeyUsageOids: string[]; chain?: string[] };
  };
}

async function signRequests(): Promise<SignFrame[]> {
  return (await emulatorRequests())
    .map((r) => r.frame as SignFrame)
    .filter((frame) => frame.module === 'kz.gov.pki.knca.basics');
}

describe('tirkeu-certificate-picker', () => {
  beforeEach(async () => {
    await resetEmulator();
  });
  afterEach(() => closeClients());

  describe('defaults', () => {
    it('starts idle with the documented property defaults', async () => {
      const el = await fixture<TirkeuCertificatePicker>(html`<tirkeu-certificate-picker></tirkeu-certificate-picker>`);
      expect(el.state).to.equal('idle');
      expect(el.purpose).to.equal('authentication');
      expect(el.subject).to.equal('any');
      expect(el.ncalayerUrl).to.equal('wss://127.0.0.1:13579');
      expect(el.required).to.equal(false);
      expect(el.disabled).to.equal(false);
      expect(el.name).to.equal('');
      expect(el.backend).to.equal(null);
      expect(el.certificate).to.equal(null);
      expect(el.signature).to.equal(null);
      expect(el.value).to.equal('');
      expect(el.errorCode).to.equal(null);
      expect(buttonText(el)).to.deep.equal(['Select certificate']);
      expect(statusText(el)).to.equal('');
      const status = shadow(el).querySelector('[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(el.matches(':state(idle)')).to.equal(true);
    });

    it('shares one client per NCALayer address unless given its own', async () => {
      const a = await fixture<TirkeuCertificatePicker>(html`<tirkeu-certificate-picker></tirkeu-certificate-picker>`);
      const b = await fixture<TirkeuCertificatePicker>(html`<tirkeu-certificate-picker></tirkeu-certificate-picker>`);
      const c = await fixture<TirkeuCertificatePicker>(
        html`<tirkeu-certificate-picker ncalayer-url="wss://127.0.0.1:13580"></tirkeu-certificate-picker>`,
      );
      // The shared clients' code loads with the first selection; loadClient() gives the client at any time.
      const [ofA, ofB, ofC] = await Promise.all([a.loadClient(), b.loadClient(), c.loadClient()]);
      expect(ofA === ofB, 'shared client').to.equal(true);
      expect(ofA.url).to.equal('wss://127.0.0.1:13579');
      expect(ofC === ofA, 'separate client').to.equal(false);
      expect(ofC.url).to.equal('wss://127.0.0.1:13580');
      expect(a.client === ofA && c.client === ofC, 'the getter gives the loaded client').to.equal(true);
      const own = await ownClient();
      a.client = own;
      expect(a.client === own, 'own client').to.equal(true);
      expect((await a.loadClient()) === own, 'a selection uses its own client').to.equal(true);
      a.client = null;
      expect(a.client === b.client, 'shared client').to.equal(true);
    });

    it('is registered once and typed in the tag map', () => {
      const el = document.createElement('tirkeu-certificate-picker');
      expect(el.constructor.name).to.equal('TirkeuCertificatePicker');
      expect(customElements.get('tirkeu-certificate-picker') === el.constructor).to.equal(true);
    });
  });

  describe('choosing a certificate (emulator)', () => {
    it("shows an individual's authentication certificate and emits it with a real signature", async () => {
      await configureEmulator({ cert: 'individual-auth' });
      const el = await mountPicker();
      const event = oneEvent(el, 'tirkeu-certificate-select');
      await choose(el);
      const { detail } = (await event) as CustomEvent<CertificateSelectDetail>;

      expect(el.state).to.equal('selected');
      expect(ownerText(el)).to.equal('ТЕСТОВ АРМАН ЕРЛАНҰЛЫ');
      expect(fields(el)).to.deep.equal({
        IIN: '900101300017',
        Roles: 'Natural person',
        Issuer: 'ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TIRKEU TEST',
        Valid: 'January 1, 2025 – December 31, 2045',
      });
      expect(shadow(el).querySelector('[part="warning"]') === null, 'no warning').to.equal(true);
      expect(statusText(el)).to.equal('Certificate chosen: ТЕСТОВ АРМАН ЕРЛАНҰЛЫ');
      expect(buttonText(el)).to.deep.equal(['Choose another certificate']);

      expect(detail.format).to.equal('cms');
      expect(detail.certificate.iin).to.equal('900101300017');
      expect(detail.certificate.subjectKind).to.equal('individual');
      expect(detail.signature).to.match(/^[A-Za-z0-9+/]+=*$/);
      expect(detail.signature).to.equal(el.signature);
      expect(el.certificate === detail.certificate, 'same certificate').to.equal(true);

      // A real CMS, verified by openssl against the emulator's CA, with the signed nonce attached.
      const verified = await verifyCms({ cms: detail.signature });
      expect(verified.verified, verified.output).to.equal(true);
      const [request] = await signRequests();
      expect(verified.content).to.equal(request!.args.data);
      expect(atob(request!.args.data)).to.have.length(32);
      expect(request!.args.format).to.equal('cms');
      expect(request!.args.signingParams).to.include({ decode: true, encapsulate: true });
      expect(request!.args.signerParams.extKeyUsageOids).to.deep.equal([CLIENT_AUTH]);
      expect(request!.args.signerParams.chain).to.deep.equal([]);
      expect(request!.args.locale).to.equal('en');
    });

    it("shows a legal entity's head with BIN, organisation and roles", async () => {
      const el = await mountPicker(
        html`<tirkeu-certificate-picker test-certificates subject="legal-entity" purpose="signing"></tirkeu-certificate-picker>`,
      );
      const event = oneEvent(el, 'tirkeu-certificate-select');
      await choose(el);
      const { detail } = (await event) as CustomEvent<CertificateSelectDetail>;
      // "auto": the emulator picks the first valid certificate that the filter allows.
      expect(detail.certificate.commonName).to.equal('ИВАНОВ ИВАН');
      expect(ownerText(el)).to.equal('ИВАНОВ ИВАН ИВАНОВИЧ');
      expect(fields(el)).to.include({
        IIN: '900101300811',
        BIN: '150340000129',
        Organisation: 'ТОО "ТЕСТ КОМПАНИ"',
        Roles: 'First head',
      });
      const [request] = await signRequests();
      expect(request!.args.signerParams.extKeyUsageOids).to.deep.equal([EMAIL_PROTECTION, ROLE_LEGAL_ENTITY]);
      expect((await verifyCms({ cms: detail.signature })).verified).to.equal(true);
    });

    it("shows an employee's role and an entrepreneur's certificate", async () => {
      await configureEmulator({ cert: 'employee-auth' });
      const el = await mountPicker();
      await choose(el);
      expect(fields(el)).to.include({ BIN: '150340000129', Roles: 'Employee' });
      expect(ownerText(el)).to.equal('СЕРІКОВА АЙГЕРІМ ҚАЙРАТҚЫЗЫ');

      await configureEmulator({ cert: 'entrepreneur-sign' });
      el.purpose = 'signing';
      await choose(el);
      expect(ownerText(el)).to.equal('ӘБІЛОВА ДИНАРА СЕРІКҚЫЗЫ');
      expect(fields(el)).to.include({ IIN: '051231600027', Roles: 'Natural person' });
      expect(fields(el)).to.not.have.property('BIN');
    });

    it('asks for an individual key when subject="individual"', async () => {
      const el = await mountPicker(
        html`<tirkeu-certificate-picker test-certificates subject="individual"></tirkeu-certificate-picker>`,
      );
      await choose(el);
      expect(el.certificate!.subjectKind).to.equal('individual');
      const [request] = await signRequests();
      expect(request!.args.signerParams.extKeyUsageOids).to.deep.equal([CLIENT_AUTH, ROLE_INDIVIDUAL]);
    });

    it("signs the backend's challenge when a backend is given", async () => {
      const challenge = btoa('tirkeu challenge 42');
      let calls = 0;
      const el = await mountPicker();
      el.backend = {
        async getChallenge() {
          calls++;
          return { challenge, expiresAt: new Date(Date.now() + 60_000).toISOString() };
        },
      };
      await choose(el);
      expect(calls).to.equal(1);
      const [request] = await signRequests();
      expect(request!.args.data).to.equal(challenge);
      const verified = await verifyCms({ cms: el.signature! });
      expect(verified.verified).to.equal(true);
      expect(base64ToText(verified.content)).to.equal('tirkeu challenge 42');
    });

    it('reports a backend that gives no challenge', async () => {
      const el = await mountPicker();
      el.backend = { getChallenge: () => Promise.reject(new Error('503')) };
      const event = oneEvent(el, 'tirkeu-error');
      buttons(el)[0]!.click();
      expect(((await event) as CustomEvent<PickerErrorDetail>).detail.code).to.equal('challenge-failed');
      expect(el.state).to.equal('error');
      expect((await signRequests()).length).to.equal(0);
    });

    it('accepts a single signature returned as an array', async () => {
      await configureEmulator({ scenario: 'array', cert: 'head-auth' });
      const el = await mountPicker();
      await choose(el);
      expect(el.state).to.equal('selected');
      expect(el.certificate!.bin).to.equal('150340000129');
    });

    it('passes the locale to NCALayer and restarts with "Choose another certificate"', async () => {
      await configureEmulator({ cert: 'individual-auth' });
      const el = await mountPicker(html`<tirkeu-certificate-picker test-certificates locale="ru"></tirkeu-certificate-picker>`);
      await choose(el);
      expect(el.certificate!.iin).to.equal('900101300017');
      await configureEmulator({ cert: 'head-auth' });
      const event = oneEvent(el, 'tirkeu-certificate-select');
      await choose(el);
      expect(((await event) as CustomEvent<CertificateSelectDetail>).detail.certificate.iin).to.equal('900101300811');
      const requests = await signRequests();
      expect(requests.map((r) => r.args.locale)).to.deep.equal(['ru', 'ru']);
      expect(requests[0]!.args.data).to.not.equal(requests[1]!.args.data);
    });

    it('two pickers signing at once each get their own certificate', async () => {
      const { ncalayerUrl } = await emulator();
      await configureEmulator({ delayMs: 150 });
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <tirkeu-certificate-picker test-certificates subject="individual" ncalayer-url=${ncalayerUrl}></tirkeu-certificate-picker>
        <tirkeu-certificate-picker test-certificates subject="legal-entity" ncalayer-url=${ncalayerUrl}></tirkeu-certificate-picker>
      </div>`);
      const [person, company] = [...wrapper.querySelectorAll('tirkeu-certificate-picker')] as TirkeuCertificatePicker[];
      // The default: one shared client (one socket) for the address; the calls queue.
      expect(person!.client === company!.client, 'shared client').to.equal(true);
      const events = [oneEvent(person!, 'tirkeu-certificate-select'), oneEvent(company!, 'tirkeu-certificate-select')];
      buttons(person!)[0]!.click();
      buttons(company!)[0]!.click();
      const [a, b] = (await Promise.all(events)) as CustomEvent<CertificateSelectDetail>[];
      await waitForState(person!, 'selected');
      await waitForState(company!, 'selected');
      expect(a!.detail.certificate.iin).to.equal('900101300017');
      expect(b!.detail.certificate.bin).to.equal('150340000129');
      expect(ownerText(person!)).to.equal('ТЕСТОВ АРМАН ЕРЛАНҰЛЫ');
      expect(ownerText(company!)).to.equal('ИВАНОВ ИВАН ИВАНОВИЧ');
      expect((await emulatorState()).maxInFlight).to.equal(1);
      const requests = await signRequests();
      expect((await verifyCms({ cms: a!.detail.signature })).content).to.equal(requests[0]!.args.data);
      expect((await verifyCms({ cms: b!.detail.signature })).content).to.equal(requests[1]!.args.data);
      person!.client!.close();
    });
  });

  describe('states while NCALayer works', () => {
    it('shows progress, then waits for the dialog; "Cancel" returns to idle without an error', async () => {
      await configureEmulator({ delayMs: 5000 });
      const el = await mountPicker();
      let errors = 0;
      el.addEventListener('tirkeu-error', () => errors++);
      buttons(el)[0]!.click();
      await el.updateComplete;
      expect(el.state).to.equal('connecting');
      expect(statusText(el)).to.contain('Connecting to NCALayer');
      await waitForState(el, 'waiting');
      expect(statusText(el)).to.contain('Waiting for NCALayer');
      expect(el.matches(':state(waiting)')).to.equal(true);
      expect(buttonText(el)).to.deep.equal(['Cancel']);
      buttons(el)[0]!.focus();
      buttons(el)[0]!.click();
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      expect(buttonText(el)).to.deep.equal(['Select certificate']);
      expect(errors).to.equal(0);
      expect(el.signature).to.equal(null);
      // Focus stays with the action.
      expect(focused(el)).to.equal('button:Select certificate');
    });

    for (const [locale, title, click] of [
      ['en', 'The browser is asking whether this site may reach NCALayer', 'Click "Allow"'],
      ['ru', 'Браузер спрашивает, можно ли этому сайту подключиться к NCALayer', 'Нажмите «Разрешить»'],
      ['kk', 'Браузер осы сайтқа NCALayer-ге қосылуға бола ма деп сұрап тұр', '«Рұқсат ету» батырмасын басыңыз'],
    ] as const) {
      it(`while the browser asks about local network access, says so and what to click (${locale}), then goes on`, async () => {
        await configureEmulator({ silentHttp: true, cert: 'individual-auth' });
        const prompt = promptingPermission();
        try {
          const el = await mountPicker(html`<tirkeu-certificate-picker test-certificates locale=${locale}></tirkeu-certificate-picker>`);
          // As on a portal's public page (Chrome never asks a localhost page like this one).
          el.client = await ownClient({ probeTimeoutMs: 300, addressSpace: 'public' });
          if (locale !== 'en') await waitUntil(() => buttonText(el)[0] !== 'Select certificate', 'strings never loaded');
          buttons(el)[0]!.click();
          await waitForState(el, 'permission');
          expect(statusText(el)).to.contain(title);
          expect(statusText(el)).to.contain(click);
          expect(el.matches(':state(permission)')).to.equal(true);
          expect(buttons(el).length).to.equal(1); // Cancel
          prompt.answer('granted');
          await waitForState(el, 'selected');
          expect(el.certificate!.iin).to.equal('900101300017');
        } finally {
          prompt.restore();
        }
      });
    }

    it('can be cancelled through the API while connecting', async () => {
      const el = await mountPicker();
      const run = el.start();
      el.cancel();
      await run;
      await el.updateComplete;
      expect(el.state).to.equal('idle');
    });

    it('stops waiting when removed from the page', async () => {
      await configureEmulator({ delayMs: 5000 });
      const el = await mountPicker();
      buttons(el)[0]!.click();
      await waitForState(el, 'waiting');
      el.remove();
      expect(el.state).to.equal('idle');
      // The client reset its socket, so NCALayer's late answer cannot reach another call.
      expect(el.client!.connected).to.equal(false);
    });

    it("hands its AbortSignal to the backend's getChallenge and aborts it on Cancel", async () => {
      const el = await mountPicker();
      let signal: AbortSignal | undefined;
      el.backend = {
        getChallenge(options) {
          signal = options?.signal;
          return new Promise(() => {});
        },
      };
      buttons(el)[0]!.click();
      await el.updateComplete;
      expect(el.state).to.equal('connecting');
      expect(signal!.aborted).to.equal(false);
      el.cancel();
      expect(signal!.aborted).to.equal(true);
      await el.updateComplete;
      expect(el.state).to.equal('idle');
    });

    it('is disabled by the attribute and by a disabled fieldset', async () => {
      const el = await mountPicker(html`<tirkeu-certificate-picker disabled></tirkeu-certificate-picker>`);
      expect(buttons(el)[0]!.disabled).to.equal(true);
      el.disabled = false;
      // The attribute change reaches formDisabledCallback after the first update.
      await waitUntil(() => !buttons(el)[0]!.disabled, 'never enabled');
      const form = await fixture<HTMLFieldSetElement>(html`<fieldset disabled><tirkeu-certificate-picker></tirkeu-certificate-picker></fieldset>`);
      const inner = form.querySelector('tirkeu-certificate-picker')!;
      await inner.updateComplete;
      expect(buttons(inner)[0]!.disabled).to.equal(true);
    });
  });

  describe('errors', () => {
    async function failWith(setup: () => Promise<unknown>, template?: ReturnType<typeof html>) {
      await setup();
      const el = await mountPicker(template);
      const event = oneEvent(el, 'tirkeu-error');
      buttons(el)[0]!.click();
      const { detail } = (await event) as CustomEvent<PickerErrorDetail>;
      await waitForState(el, 'error');
      const box = shadow(el).querySelector('[part="error"]')!;
      return { el, detail, box, text: box.textContent!.replace(/\s+/g, ' ').trim() };
    }

    it('NCALayer not running: says how to start or install it, with the pki.gov.kz link', async () => {
      const { unusedUrl } = await emulator();
      const el = await fixture<TirkeuCertificatePicker>(
        html`<tirkeu-certificate-picker ncalayer-url=${unusedUrl}></tirkeu-certificate-picker>`,
      );
      const event = oneEvent(el, 'tirkeu-error');
      buttons(el)[0]!.click();
      const { detail } = (await event) as CustomEvent<PickerErrorDetail>;
      await waitForState(el, 'error');
      expect([detail.code, detail.message]).to.deep.equal(['ncalayer-unavailable', 'NCALayer is not running']);
      // The error behind it rides along for the host's logs.
      expect((detail.cause as NcaLayerError).code).to.equal('ncalayer-unavailable');
      expect(el.errorCode).to.equal('ncalayer-unavailable');
      const box = shadow(el).querySelector('[part="error"]')!;
      expect(box.textContent).to.contain('NCALayer is not running');
      expect(box.textContent).to.contain('Start NCALayer on this computer');
      const link = box.querySelector('a')!;
      expect(link.href).to.equal('https://pki.gov.kz/ncalayer/');
      expect(link.rel).to.contain('noopener');
      expect(buttonText(el)).to.deep.equal(['Try again']);
      expect(el.matches(':state(error)')).to.equal(true);
      el.client!.close();
    });

    it('cancelled in NCALayer: says so and offers "Try again", which works', async () => {
      const { el, detail, text } = await failWith(() => configureEmulator({ scenario: 'cancel' }));
      expect(detail.code).to.equal('ncalayer-cancelled');
      expect(text).to.contain('No certificate was chosen');
      await configureEmulator({ scenario: 'ok', cert: 'individual-auth' });
      await choose(el);
      expect(el.state).to.equal('selected');
    });

    it("NCALayer's own failure: its message is shown as text", async () => {
      const { detail, box } = await failWith(() =>
        configureEmulator({ scenario: 'error', errorMessage: '<b>Хранилище</b> недоступно' }),
      );
      expect(detail.code).to.equal('ncalayer-failed');
      expect(detail.message).to.equal('NCALayer could not sign: <b>Хранилище</b> недоступно');
      expect(box.querySelector('.quote')!.textContent).to.equal('<b>Хранилище</b> недоступно');
      expect(box.querySelector('b') === null, 'no <b>').to.equal(true);
    });

    it('connection dropped while the dialog was open', async () => {
      const { detail, text } = await failWith(() => configureEmulator({ scenario: 'drop' }));
      expect(detail.code).to.equal('ncalayer-closed');
      expect(text).to.contain('The connection to NCALayer was lost');
    });

    it('NCALayer quits while the user is in its dialog', async () => {
      await configureEmulator({ delayMs: 5000 });
      const el = await mountPicker();
      const event = oneEvent(el, 'tirkeu-error');
      buttons(el)[0]!.click();
      await waitForState(el, 'waiting');
      await waitUntil(async () => (await signRequests()).length === 1);
      await disconnectEmulator();
      expect(((await event) as CustomEvent<PickerErrorDetail>).detail.code).to.equal('ncalayer-closed');
    });

    it('protocol error on a corrupted answer', async () => {
      const { detail, text } = await failWith(() => configureEmulator({ scenario: 'garbage' }));
      expect(detail.code).to.equal('ncalayer-protocol');
      expect(text).to.contain('Update NCALayer');
    });

    it("wrong kind: an individual's key where an organisation's is asked for", async () => {
      const { el, detail, text } = await failWith(
        () => configureEmulator({ cert: 'individual-auth' }),
        html`<tirkeu-certificate-picker test-certificates subject="legal-entity"></tirkeu-certificate-picker>`,
      );
      expect(detail).to.deep.equal({
        code: 'certificate-wrong-kind',
        message: "This is a personal certificate, not an organisation's",
      });
      expect(text).to.contain('BIN');
      expect(text).to.contain('ТЕСТОВ АРМАН ЕРЛАНҰЛЫ');
      expect(el.certificate).to.equal(null);
      expect(el.signature).to.equal(null);
    });

    it("wrong kind: an organisation's key where a personal one is asked for", async () => {
      const { detail, text } = await failWith(
        () => configureEmulator({ cert: 'head-auth' }),
        html`<tirkeu-certificate-picker test-certificates subject="individual"></tirkeu-certificate-picker>`,
      );
      expect(detail.code).to.equal('certificate-wrong-kind');
      expect(text).to.contain("This is an organisation's certificate");
    });

    it('expired certificate: says when it expired', async () => {
      const { el, detail, text } = await failWith(
        () => configureEmulator({ cert: 'expired' }),
        html`<tirkeu-certificate-picker test-certificates purpose="signing"></tirkeu-certificate-picker>`,
      );
      expect(detail).to.deep.equal({ code: 'certificate-expired', message: 'This certificate has expired' });
      expect(text).to.contain('It expired on January 1, 2021.');
      expect(el.signature).to.equal(null);
    });

    it('certificate not valid yet: says from when', async () => {
      const { detail, text } = await failWith(() => configureEmulator({ cert: 'not-yet-valid' }));
      expect(detail.code).to.equal('certificate-not-yet-valid');
      expect(text).to.contain('It becomes valid on January 1, 2040.');
    });
  });

  describe('states the emulator has no fixture for', () => {
    it('warns when the certificate expires within 30 days', async () => {
      const { pem, notAfter } = await certificateExpiringIn(12);
      const el = await fixture<TirkeuCertificatePicker>(html`<tirkeu-certificate-picker></tirkeu-certificate-picker>`);
      el.client = stubClient(async () => pem);
      await choose(el);
      expect(el.state).to.equal('selected');
      const warning = shadow(el).querySelector('[part="warning"]')!;
      const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(notAfter);
      expect(warning.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `Expires soon. This certificate expires in 12 days (${date}). Get a new one from the National Certification Authority in good time.`,
      );
      el.locale = 'ru';
      await waitUntil(() => shadow(el).querySelector('[part="warning"]')!.textContent!.includes('через 12 дней'), 'no Russian warning');

      const later = await certificateExpiringIn(45);
      el.client = stubClient(async () => later.pem);
      await choose(el);
      expect(shadow(el).querySelector('[part="warning"]') === null, 'no warning at 45 days').to.equal(true);
    });

    it('Local Network Access denied: says how to allow it and mentions iframes', async () => {
      const restore = stubPermissions((name) => (name === 'loopback-network' ? 'denied' : 'unknown'));
      try {
        const { ncalayerUrl } = await emulator();
        const el = await fixture<TirkeuCertificatePicker>(
          html`<tirkeu-certificate-picker ncalayer-url=${ncalayerUrl}></tirkeu-certificate-picker>`,
        );
        el.client = await ownClient();
        el.client = null; // back to the shared client for this address, which probes permissions
        const event = oneEvent(el, 'tirkeu-error');
        buttons(el)[0]!.click();
        const { detail } = (await event) as CustomEvent<PickerErrorDetail>;
        await waitForState(el, 'error');
        expect([detail.code, detail.message]).to.deep.equal(['local-network-blocked', 'The browser blocked the connection to NCALayer']);
        const text = shadow(el).querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ');
        expect(text).to.contain('allow this site to access apps and devices on your local network');
        expect(text).to.contain('allow="loopback-network"');
        el.client!.close();
      } finally {
        restore();
      }
    });

    it('reports a signature whose certificate cannot be read', async () => {
      const el = await fixture<TirkeuCertificatePicker>(html`<tirkeu-certificate-picker></tirkeu-certificate-picker>`);
      el.client = stubClient(async () => '-----BEGIN CMS-----\nAAAA\n-----END CMS-----\n');
      const event = oneEvent(el, 'tirkeu-error');
      buttons(el)[0]!.click();
      expect(((await event) as CustomEvent<PickerErrorDetail>).detail.code).to.equal('certificate-unreadable');
    });

    it('reports a failure to connect that is not an NcaLayerError as "not running"', async () => {
      const el = await fixture<TirkeuCertificatePicker>(html`<tirkeu-certificate-picker></tirkeu-certificate-picker>`);
      el.client = stubClient(
        async () => '',
        () => Promise.reject(new NcaLayerError('ncalayer-protocol', 'not a greeting')),
      );
      await choose(el);
      expect(el.errorCode).to.equal('ncalayer-protocol');
      el.client = stubClient(async () => '', () => Promise.reject(new TypeError('boom')));
      await choose(el);
      expect(el.errorCode).to.equal('ncalayer-unavailable');
    });
  });

  describe('safety', () => {
    it('renders HTML-looking certificate values as text, creating no element', async () => {
      await configureEmulator({ cert: 'xss' });
      const el = await mountPicker();
      await choose(el);
      expect(el.state).to.equal('selected');
      const root = shadow(el);
      expect(root.querySelectorAll('script, svg, img, b, iframe').length).to.equal(0);
      expect(fields(el)['Organisation']).to.equal('ТОО "<img src=x onerror=alert(1)>"');
      expect(ownerText(el)).to.contain('<SCRIPT>ALERT(1)</SCRIPT>');
      expect(ownerText(el)).to.contain('"><SVG ONLOAD=ALERT(2)>');
      // Nothing leaked into the light DOM either.
      expect(el.querySelectorAll('*').length).to.equal(0);
    });
  });

  describe('keyboard and focus', () => {
    it('works with the keyboard alone and moves focus to the result', async () => {
      await configureEmulator({ cert: 'head-auth' });
      const before = document.createElement('button');
      before.textContent = 'before';
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(before);
      const el = await mountPicker();
      wrapper.append(el);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('button:Select certificate');
      await sendKeys({ press: 'Enter' });
      await waitForState(el, 'selected');
      await el.updateComplete;
      // The summary's heading takes focus, so a screen reader reads the owner at once.
      expect(focused(el)).to.equal('p:ИВАНОВ ИВАН ИВАНОВИЧ');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('button:Choose another certificate');
      // Another choice, cancelled in NCALayer: back on the certificate chosen before, which says so.
      await configureEmulator({ scenario: 'cancel' });
      const cancelled = oneEvent(el, 'tirkeu-error');
      await sendKeys({ press: 'Space' });
      await cancelled;
      await el.updateComplete;
      expect(el.state).to.equal('selected');
      expect(focused(el)).to.equal('p:ИВАНОВ ИВАН ИВАНОВИЧ');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('button:Choose another certificate');
      // A first choice that fails moves focus to the error.
      el.reset();
      await el.updateComplete;
      buttons(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await waitForState(el, 'error');
      expect(focused(el)).to.equal('p:No certificate was chosen');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('button:Try again');
    });

    it('does not steal focus when the state changes while focus is elsewhere', async () => {
      await configureEmulator({ cert: 'individual-auth' });
      const el = await mountPicker();
      const run = el.start();
      const outside = await fixture<HTMLInputElement>(html`<input aria-label="outside" />`);
      outside.focus();
      await run;
      await el.updateComplete;
      expect(el.state).to.equal('selected');
      expect(document.activeElement === outside, 'focus stayed outside').to.equal(true);
    });
  });

  describe('accessibility (axe)', () => {
    it('idle, disabled', async () => {
      const el = await mountPicker();
      await expect(el).to.be.accessible();
      el.disabled = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('selected, with a legal entity', async () => {
      await configureEmulator({ cert: 'head-auth' });
      const el = await mountPicker();
      await choose(el);
      await expect(el).to.be.accessible();
    });

    it('waiting and error', async () => {
      await configureEmulator({ delayMs: 3000 });
      const el = await mountPicker();
      buttons(el)[0]!.click();
      await waitForState(el, 'waiting');
      await expect(el).to.be.accessible();
      el.cancel();
      await configureEmulator({ scenario: 'error', delayMs: 0 });
      await choose(el);
      expect(el.state).to.equal('error');
      await expect(el).to.be.accessible();
    });
  });

  describe('forms', () => {
    it('submits the signature under its name; required is invalid until a certificate is chosen', async () => {
      await configureEmulator({ cert: 'individual-auth' });
      const form = await fixture<HTMLFormElement>(html`<form>
        <tirkeu-certificate-picker name="signature" required test-certificates></tirkeu-certificate-picker>
      </form>`);
      const el = form.querySelector('tirkeu-certificate-picker')!;
      el.client = await ownClient();
      await el.updateComplete;
      expect(el.form === form, 'form').to.equal(true);
      expect(new FormData(form).has('signature')).to.equal(false);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Choose a certificate in NCALayer.');
      expect(form.checkValidity()).to.equal(false);

      const changed = oneEvent(el, 'change');
      await choose(el);
      await changed;
      expect(new FormData(form).get('signature')).to.equal(el.signature);
      expect(el.value).to.equal(el.signature);
      expect(el.checkValidity()).to.equal(true);
      expect(form.checkValidity()).to.equal(true);

      form.reset();
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      expect(el.signature).to.equal(null);
      expect(new FormData(form).has('signature')).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
    });

    it('reportValidity() moves focus to the button when nothing is chosen', async () => {
      const el = await mountPicker(html`<tirkeu-certificate-picker required></tirkeu-certificate-picker>`);
      expect(el.reportValidity()).to.equal(false);
      expect(focused(el)).to.equal('button:Select certificate');
    });

    it('has a localized validity message', async () => {
      const el = await fixture<TirkeuCertificatePicker>(
        html`<tirkeu-certificate-picker required locale="ru"></tirkeu-certificate-picker>`,
      );
      await waitUntil(() => buttonText(el)[0] !== 'Select certificate');
      expect(el.validationMessage).to.not.equal('Choose a certificate in NCALayer.');
      expect(el.validationMessage).to.match(/[а-яё]/i);
    });
  });

  describe('locales', () => {
    it('re-renders in place when the locale changes', async () => {
      await configureEmulator({ cert: 'head-auth' });
      const el = await mountPicker();
      await choose(el);
      expect(fields(el)).to.have.property('Organisation');
      el.locale = 'ru';
      await waitUntil(() => !('Organisation' in fields(el)), 'never switched to Russian');
      const ru = fields(el);
      expect(ru).to.include({ БИН: '150340000129', ИИН: '900101300811' });
      expect(Object.values(ru).join(' ')).to.contain('2045 г.');
      expect(buttonText(el)[0]).to.not.equal('Choose another certificate');

      el.locale = 'kk';
      await waitUntil(() => !('БИН' in fields(el)) || fields(el)['БСН'] !== undefined, 'never switched to Kazakh');
      await waitUntil(() => 'БСН' in fields(el), 'Kazakh labels missing');
      expect(fields(el)).to.include({ БСН: '150340000129', ЖСН: '900101300811' });

      // The closest lang counts when no locale is set.
      el.locale = undefined;
      el.setAttribute('lang', 'ru');
      await waitUntil(() => 'БИН' in fields(el), 'lang ignored');
    });
  });
});
