// The demo's event log never shows a secret and never renders a detail as HTML.
import { expect } from '@open-wc/testing';
import { describeDetail, logEvent } from '../../demo/log.js';

describe('the demo event log', () => {
  it('hides passwords and codes at any depth, and keeps the rest', () => {
    const text = describeDetail('tirkeu-submit', {
      user: { name: 'Aliya', email: 'aliya@example.com', password: 'Secret#123', passwordRepeat: 'Secret#123', emailCode: '482913' },
      code: '556677',
      invitation: { token: 'inv-8c1f' },
      accounts: [{ iban: 'KZ86125KZT5004100100', confirmationCode: '1234' }],
    });
    for (const secret of ['Secret#123', '482913', '556677', 'inv-8c1f', '1234"']) expect(text).not.to.include(secret);
    expect(text).to.include('"name":"Aliya"').and.include('KZ86125KZT5004100100').and.include('"password":"[hidden]"');
  });

  it('keeps the error code of tirkeu-error, which names the error, not a secret', () => {
    expect(describeDetail('tirkeu-error', { code: 'ncalayer-cancelled', message: 'Cancelled' })).to.equal('{"code":"ncalayer-cancelled","message":"Cancelled"}');
    expect(describeDetail('tirkeu-error', { detail: { code: '482913' } })).not.to.include('482913');
  });

  it('writes a detail as text', () => {
    const list = document.createElement('ol');
    logEvent(list, new CustomEvent('tirkeu-certificate-select', { detail: { organisation: 'ТОО "<img src=x onerror=alert(1)>"' } }));
    expect(list.querySelector('img')).to.equal(null);
    expect(list.firstElementChild!.children).to.have.length(0);
    expect(list.textContent).to.include('<img src=x onerror=alert(1)>');
  });
});
