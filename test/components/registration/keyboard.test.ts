// The flow by keyboard alone, and what assistive technology is told: focus and announcements move
// with the step, the step list says where each step stands, axe finds nothing in any step.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupBrowserMocks } from '../../../mocks/backend/browser.js';
import { createBackendHandlers } from '../../../mocks/backend/index.js';
import { configureEmulator, resetEmulator } from '../../ncalayer/emulator.js';
import type { TirkeuErrorDetail } from '../../../src/components/shared/events.js';
import type { TirkeuCertificatePicker } from '../../../src/components/certificate-picker/certificate-picker.js';
import { control } from '../forms/helpers.js';
import { choosePath, formOf, mountFlow, next, part, settle } from './helpers.js';

describe('tirkeu-registration by keyboard, for everyone', function () {
  this.timeout(30000);

  beforeEach(async () => {
    const worker = await setupBrowserMocks({ latency: 0 });
    worker.resetHandlers(...createBackendHandlers({ latency: 0 }));
    await resetEmulator();
  });

  it('chooses the path with the arrow keys and goes on with Enter on Next; Enter in a field is Next too', async () => {
    const el = await mountFlow({ offline: true });
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="resident"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[value="non-resident"]')!.checked).to.equal(true);
    part<HTMLButtonElement>(el, 'next')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.step === 'user', 'the user step');
    expect(el.shadowRoot!.activeElement, 'focus on the new step\'s heading').to.equal(part(el, 'heading'));
    const form = formOf(el);
    await settle(form);
    // Enter in a field with a step not done: the step's first error gets focus, nothing moves on.
    control(form, 'user.surname').focus();
    await sendKeys({ press: 'Enter' });
    await settle(form);
    expect(el.step).to.equal('user');
    const firstInvalid = form.shadowRoot!.querySelector('[aria-invalid="true"]');
    expect(firstInvalid, 'the errors are shown').to.not.equal(null);
    expect(form.shadowRoot!.activeElement).to.equal(firstInvalid);
    for (const [key, text] of [['user.surname', 'Schmidt'], ['user.name', 'Anna'], ['user.phone', '+49 30 1234567'], ['user.email', 'a@example.de']]) {
      control(form, key).focus();
      await sendKeys({ type: text });
    }
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.step === 'company', 'Enter went on to the company step');
  });

  it('the step list says which step is current, done or not done, in words', async () => {
    const el = await mountFlow({ offline: true });
    await choosePath(el, 'non-resident');
    await next(el, 'user');
    await next(el);
    const steps = [...el.shadowRoot!.querySelectorAll('[part~="step"]')];
    expect(steps[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('✓ Resident or non-resident (done)');
    expect(steps[1]!.getAttribute('aria-current')).to.equal('step');
    await part<HTMLButtonElement>(el, 'back')!.click();
    await waitUntil(() => el.step === 'path');
    expect(el.shadowRoot!.querySelectorAll('[part~="step"]')[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('! User (needs attention)');
    // A step reached before is a button back to it.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="step-button"]')!.click();
    await waitUntil(() => el.step === 'user');
  });

  it('axe finds nothing at the path, the certificate, the user and the review steps', async () => {
    const el = await mountFlow();
    await expect(el).shadowDom.to.be.accessible();
    await choosePath(el, 'resident');
    await next(el, 'certificate');
    await expect(el).shadowDom.to.be.accessible();
    await configureEmulator({ scenario: 'ok', cert: 'head-auth' });
    const picker = part<TirkeuCertificatePicker>(el, 'certificate-picker')!;
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    await waitUntil(() => picker.state === 'selected', 'chosen', { timeout: 15000 });
    await waitUntil(() => !part(el, 'next')!.hasAttribute('disabled'));
    await next(el, 'user');
    await expect(el).shadowDom.to.be.accessible();
    await expect(formOf(el)).shadowDom.to.be.accessible();
  });

  it('a certificate of the wrong kind says which key is needed', async () => {
    const el = await mountFlow();
    el.preset = { id: 'companies', name: { en: 'Companies', ru: 'Компании', kk: 'Ұйымдар' }, paths: ['resident'], certificate: 'legal-entity' };
    await el.updateComplete;
    expect(el.step).to.equal('certificate');
    await configureEmulator({ scenario: 'ok', cert: 'individual-auth' });
    const picker = part<TirkeuCertificatePicker>(el, 'certificate-picker')!;
    await picker.updateComplete;
    const failed = oneEvent(picker, 'tirkeu-error') as Promise<CustomEvent<TirkeuErrorDetail>>;
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    const { detail } = await failed;
    expect(detail.code).to.equal('certificate-wrong-kind');
    await picker.updateComplete;
    expect(picker.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain("This is a personal certificate, not an organisation's");
    await next(el);
    expect(el.step).to.equal('certificate');
  });
});
