// A host page with its own @lit/localize, configured BEFORE our elements are loaded (a host
// whose entry module sets up its i18n first and loads the widgets later). The other order is
// host-localize.test.ts: @lit/localize can be configured once per page.
import { expect } from '@open-wc/testing';
import { configureHost, expectEachInItsLocale } from './host-app.js';

// At module evaluation, before anything of ours is loaded: host-app.ts imports only types of ours.
const host = configureHost();

describe('a host page that configures @lit/localize before loading the elements', () => {
  let failure: unknown;
  before(async () => {
    try {
      await import('../../src/components/certificate-picker/define.js');
    } catch (error) {
      failure = error;
    }
  });

  it('loads the elements without an error', () => {
    expect(failure === undefined ? 'no error' : String(failure)).to.equal('no error');
  });

  it("shows the host's strings in the host's locale, and ours each in its own", () => expectEachInItsLocale(host));
});
