// A host page with its own @lit/localize, configured AFTER our elements were imported (the
// usual order when the host's bundle imports tirkeu at the top). @lit/localize can be configured
// once per page: the other order is host-localize-before.test.ts.
import { expect } from '@open-wc/testing';
import '../../src/components/certificate-picker/define.js';
import { configureHost, expectEachInItsLocale } from './host-app.js';

describe('a host page that configures @lit/localize after importing the elements', () => {
  let host: ReturnType<typeof configureHost> | undefined;
  let failure: unknown;
  before(() => {
    try {
      host = configureHost();
    } catch (error) {
      failure = error;
    }
  });

  it('configures without an error', () => {
    expect(failure === undefined ? 'no error' : String(failure)).to.equal('no error');
  });

  it("shows the host's strings in the host's locale, and ours each in its own", async () => {
    expect(host, 'configured').to.not.equal(undefined);
    await expectEachInItsLocale(host!);
  });
});
