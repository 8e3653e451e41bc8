// The shared form-control suite for tirkeu-certificate-picker, against the NCALayer emulator.
import { expect, html } from '@open-wc/testing';
import type { TirkeuCertificatePicker } from '../../../src/components/certificate-picker/define.js';
import { formControlSuite } from '../shared/form-control-suite.js';
import { choose, closeClients, configureEmulator, ownClient, resetEmulator } from './helpers.js';

describe('certificate picker in a host form', () => {
  beforeEach(async () => {
    await resetEmulator();
    await configureEmulator({ cert: 'individual-auth' });
  });
  afterEach(() => closeClients());

  formControlSuite<TirkeuCertificatePicker>({
    tag: 'tirkeu-certificate-picker',
    render: (name) => html`<tirkeu-certificate-picker name=${name} test-certificates></tirkeu-certificate-picker>`,
    prepare: async (el) => {
      el.client = await ownClient();
    },
    settle: async (el) => {
      await el.updateComplete;
    },
    defaultEntry: (entry) => expect(entry).to.equal(null),
    fill: async (el) => {
      await choose(el);
      expect(el.state, 'a certificate was chosen').to.equal('selected');
    },
    // The CMS the emulator made over the challenge: base64, and the signature the element holds.
    filledEntry: (entry, el) => {
      expect(entry).to.be.a('string');
      expect(String(entry)).to.match(/^MI[A-Za-z0-9+/]{1000,}={0,2}$/);
      expect(entry).to.equal(el.signature);
    },
    change: (el) => {
      el.required = !el.required;
    },
    restores: false,
    invalid: [
      {
        name: 'required, no certificate chosen',
        render: (name) => html`<tirkeu-certificate-picker name=${name} required test-certificates></tirkeu-certificate-picker>`,
        flag: 'valueMissing',
        message: 'Choose a certificate in NCALayer.',
        focus: 'button[part~="button"]',
      },
    ],
  });
});
