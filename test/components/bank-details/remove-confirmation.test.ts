// The "Remove account?" question, with the keyboard: Escape keeps the account, as it would close
// a dialog asking the same, and focus goes back to the Remove button that asked.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TirkeuBankDetails } from '../../../src/components/bank-details/bank-details.js';
import { loadLocale } from '../../../src/i18n/localize.js';
import { halykAccount, kaspiUsdAccount } from '../../../mocks/sample-accounts.js';
import { make, q, qa, root, settle } from './helpers.js';
import { pressWith } from '../../keys.js';

const part = (el: TirkeuBankDetails) => root(el).activeElement?.getAttribute('part');
const questions = (el: TirkeuBankDetails) => qa(el, '[part~="confirm"]').length;

/** Through test/keys.ts: sendKeys' down/up are refused for WebKit's WebDriver launcher. */
const shiftTab = () => pressWith(['Shift'], 'Tab');

/** Tab to the second account's Remove button and press Enter: the question opens on "Keep". */
async function askToRemoveSecond(el: TirkeuBankDetails) {
  const remove = qa<HTMLButtonElement>(el, '[part~="remove-button"]')[1]!;
  remove.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
  expect(questions(el), 'the question').to.equal(1);
  expect(part(el)).to.equal('cancel-button');
  return remove.id;
}

describe('tirkeu-bank-details: the remove confirmation with the keyboard', () => {
  for (const locale of ['en', 'ru', 'kk'] as const) {
    it(`Escape on "Keep" closes it, keeps the account and focuses Remove again (${locale})`, async () => {
      await loadLocale(locale);
      const el = await make(html`<tirkeu-bank-details resident locale=${locale}></tirkeu-bank-details>`, [halykAccount, kaspiUsdAccount]);
      const removeId = await askToRemoveSecond(el);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(questions(el)).to.equal(0);
      expect(el.value).to.have.length(2);
      expect(root(el).activeElement?.id).to.equal(removeId);
    });
  }

  it('Escape on the "Remove" of the question closes it too, and Enter then asks again', async () => {
    const el = await make(undefined, [halykAccount, kaspiUsdAccount]);
    const removeId = await askToRemoveSecond(el);
    await shiftTab();
    expect(part(el)).to.equal('confirm-button');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(questions(el)).to.equal(0);
    expect(root(el).activeElement?.id).to.equal(removeId);
    expect(el.value).to.have.length(2);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(questions(el)).to.equal(1);
  });

  it('Escape in the question leaves a dialog around the editor open', async () => {
    const dialog = await fixture<HTMLDialogElement>(
      html`<dialog><tirkeu-bank-details resident .value=${[halykAccount, kaspiUsdAccount]}></tirkeu-bank-details></dialog>`,
    );
    dialog.showModal();
    const el = dialog.querySelector('tirkeu-bank-details')!;
    await settle(el);
    await askToRemoveSecond(el);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(questions(el)).to.equal(0);
    expect(dialog.open, 'the dialog').to.equal(true);
    dialog.close();
  });

  it('Enter on "Remove" in the question still removes the account', async () => {
    const el = await make(undefined, [halykAccount, kaspiUsdAccount]);
    await askToRemoveSecond(el);
    await shiftTab();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value).to.deep.equal([halykAccount]);
    expect(q(el, '[role="status"]').textContent).to.equal('Account removed.');
  });
});
