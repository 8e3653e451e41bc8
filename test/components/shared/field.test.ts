import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './field-probe.js';
import type { TirkeuFieldProbe } from './field-probe.js';
import { fieldId } from '../../../src/components/shared/field.js';

const $ = <T extends Element = HTMLElement>(el: TirkeuFieldProbe, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector)!;

async function make() {
  const el = await fixture<TirkeuFieldProbe>(html`<tirkeu-field-probe></tirkeu-field-probe>`);
  return el;
}

describe('shared field parts', () => {
  it('labels each control and marks nothing invalid before interaction', async () => {
    const el = await make();
    const input = $<HTMLInputElement>(el, `#${fieldId('iban')}`);
    expect($<HTMLLabelElement>(el, `label[for="${input.id}"]`).textContent).to.contain('IBAN');
    expect(input.getAttribute('aria-describedby')).to.equal(`${input.id}-help`);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.querySelectorAll('.error')).to.have.length(2);
    for (const error of el.shadowRoot!.querySelectorAll('.error')) {
      expect(error.getAttribute('aria-live')).to.equal('polite');
      expect(error.textContent!.trim()).to.equal('');
    }
    await expect(el).to.be.accessible();
  });

  it('shows an error only after the user changed a field and left it, tied by aria-describedby', async () => {
    const el = await make();
    const name = $<HTMLInputElement>(el, `#${fieldId('name')}`);
    name.focus();
    await sendKeys({ type: 'A' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    // Still typing: nothing shown.
    expect($(el, `#${name.id}-error`).textContent!.trim()).to.equal('');
    await sendKeys({ press: 'Tab' }); // to the hint button
    await el.updateComplete;
    const error = $(el, `#${name.id}-error`);
    expect(error.textContent).to.contain('Enter your name');
    expect(name.getAttribute('aria-describedby')).to.contain(error.id);
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    // The untouched IBAN field stays quiet.
    expect($(el, `#${fieldId('iban')}-error`).textContent!.trim()).to.equal('');
    // Fixing the field clears the error at once.
    name.focus();
    await sendKeys({ type: 'Aigerim' });
    await el.updateComplete;
    expect($(el, `#${name.id}-error`).textContent!.trim()).to.equal('');
  });

  it('tabbing through without typing shows nothing', async () => {
    const el = await make();
    $<HTMLInputElement>(el, `#${fieldId('name')}`).focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('.error')].map((e) => e.textContent!.trim())).to.deep.equal(['', '']);
  });

  it('a submit shows every error and a summary whose links focus their fields', async () => {
    const el = await make();
    $<HTMLButtonElement>(el, 'button:not(.hint)').click();
    await el.updateComplete;
    await el.updateComplete;
    const summary = $(el, '[part="summary"]');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(['Enter your name', 'Enter a valid IBAN']);
    links[1].click();
    expect(el.shadowRoot!.activeElement!.id).to.equal(fieldId('iban'));
    links[0].click();
    expect(el.shadowRoot!.activeElement!.id).to.equal(fieldId('name'));
    expect($(el, `#${fieldId('iban')}-error`).textContent).to.contain('Enter a valid IBAN');
    await expect(el).to.be.accessible();
  });

  it('the hint tooltip opens on focus and hover and closes on Escape', async () => {
    const el = await make();
    const button = $<HTMLButtonElement>(el, '.hint');
    const tooltip = $(el, '[role="tooltip"]');
    expect(button.getAttribute('aria-describedby')).to.equal(tooltip.id);
    expect(button.getAttribute('aria-label')).to.equal('More about: IBAN');
    expect(tooltip.matches(':popover-open')).to.equal(false);
    button.focus();
    await el.updateComplete;
    expect(tooltip.matches(':popover-open')).to.equal(true);
    await aTimeout(30);
    // Placed above its trigger (or below when there is no room), never on top of it.
    const t = tooltip.getBoundingClientRect();
    const b = button.getBoundingClientRect();
    expect(t.bottom <= b.top + 1 || t.top >= b.bottom - 1).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip.matches(':popover-open')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    // Hover opens it too; leaving closes it.
    button.blur();
    button.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tooltip.matches(':popover-open')).to.equal(true);
    button.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true }));
    await aTimeout(200);
    await el.updateComplete;
    expect(tooltip.matches(':popover-open')).to.equal(false);
  });

  it('formats the IBAN as the user types, keeping the caret', async () => {
    const el = await make();
    const iban = $<HTMLInputElement>(el, `#${fieldId('iban')}`);
    iban.focus();
    await sendKeys({ type: 'kz86125kzt' });
    expect(iban.value).to.equal('KZ86 125K ZT');
    expect(iban.selectionStart).to.equal(iban.value.length);
    iban.setSelectionRange(5, 5); // after "KZ86 "
    await sendKeys({ type: '9' });
    expect(iban.value).to.equal('KZ86 9125 KZT');
    expect(iban.selectionStart).to.equal(6);
    await sendKeys({ press: 'Backspace' });
    expect(iban.value).to.equal('KZ86 125K ZT');
    expect(iban.selectionStart).to.equal(5);
    await el.updateComplete;
    expect(el.values.iban).to.equal('KZ86 125K ZT');
  });
});
