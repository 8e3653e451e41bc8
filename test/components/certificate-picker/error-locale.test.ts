// The picker's `tirkeu-error` message when the failure comes before the picker's strings have
// loaded. Needs a page where no locale is loaded yet: this file holds only this case.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { PickerErrorDetail, TirkeuCertificatePicker } from '../../../src/components/certificate-picker/define.js';
import { isLocaleLoaded } from '../../../src/i18n/localize.js';
import { stubClient } from './helpers.js';
import { PICKER_TEXTS } from './texts.js';

describe('tirkeu-certificate-picker: an error before its strings have loaded', () => {
  it('is reported in the picker\'s locale, not in English', async () => {
    expect(isLocaleLoaded('kk'), 'Kazakh not loaded before this test').to.equal(false);
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('tirkeu-certificate-picker') as TirkeuCertificatePicker;
    el.locale = 'kk';
    el.client = stubClient(
      async () => '',
      async () => {
        throw new Error('connection refused');
      },
    );
    page.append(el);
    const error = oneEvent(el, 'tirkeu-error');
    // As a host that opens NCALayer as soon as it has put the picker on the page: the run fails
    // while the first update still waits for the Kazakh strings.
    void el.start();
    const { detail } = (await error) as CustomEvent<PickerErrorDetail>;
    expect(detail.code).to.equal('ncalayer-unavailable');
    expect(detail.message).to.equal(PICKER_TEXTS.kk.unavailable);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.error .title')!.textContent).to.equal(PICKER_TEXTS.kk.unavailable);
  });
});
