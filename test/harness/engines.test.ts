// The test harness behaves the same in Chromium, Firefox and WebKit (tools/test/browsers.mjs):
// each case failed in one engine before its launcher or test page evened it out.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pressWith } from '../keys.js';

describe('test harness, in every engine', () => {
  it('types text with repeated keys as it is (WebKitWebDriver loses a key that comes again in one action)', async () => {
    const input = await fixture<HTMLInputElement>(html`<input />`);
    input.focus();
    await sendKeys({ type: 'DE89 3704 0044 0532 0130 00' });
    expect(input.value).to.equal('DE89 3704 0044 0532 0130 00');
  });

  it("presses 'Space' (puppeteer's BiDi keyboard, Firefox, knows no such key)", async () => {
    const box = await fixture<HTMLInputElement>(html`<input type="checkbox" />`);
    box.focus();
    await sendKeys({ press: 'Space' });
    expect(box.checked).to.equal(true);
  });

  // Twice: after the first Tab off the page Firefox's toolbar held focus and the second went astray;
  // WebKit under its driver never moved focus at all.
  for (const round of [1, 2]) {
    it(`Tab on the last control leaves it, with a blur (round ${round})`, async () => {
      const input = await fixture<HTMLInputElement>(html`<input />`);
      let blurred = false;
      input.addEventListener('blur', () => (blurred = true));
      input.focus();
      await sendKeys({ press: 'Tab' });
      expect(blurred, 'blurred').to.equal(true);
      expect(document.hasFocus(), 'the page keeps focus').to.equal(true);
      expect(document.activeElement?.id).to.equal('wtr-after-page');
    });
  }

  it('Shift+Tab moves focus back (sendKeys down/up are refused for WebKit)', async () => {
    const el = await fixture<HTMLDivElement>(html`<div><input id="first" /><input id="second" /></div>`);
    el.querySelector<HTMLInputElement>('#second')!.focus();
    await pressWith(['Shift'], 'Tab');
    expect(document.activeElement?.id).to.equal('first');
    // The modifier was released: a plain Tab goes forward again.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('second');
  });
});
