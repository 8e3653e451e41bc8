import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/shared/combobox/define.js';
import type { TirkeuCombobox } from '../../../src/components/shared/combobox/combobox.js';
import { filterOptions, type ComboboxOption } from '../../../src/components/shared/combobox/filter.js';

const countries: ComboboxOption[] = [
  { value: 'AM', label: 'Armenia', detail: 'AM' },
  { value: 'DE', label: 'Germany', detail: 'DE' },
  { value: 'KG', label: 'Kyrgyzstan', detail: 'KG' },
  { value: 'KZ', label: 'Kazakhstan', detail: 'KZ', keywords: 'Казахстан Қазақстан' },
  { value: 'RU', label: 'Russia', detail: 'RU' },
  { value: 'US', label: 'United States', detail: 'US' },
];

async function make(extra = {}) {
  const el = await fixture<TirkeuCombobox>(
    html`<tirkeu-combobox label="Bank country" name="country" .options=${countries} ...=${extra}></tirkeu-combobox>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}
const inner = (el: TirkeuCombobox) => el.shadowRoot!.querySelector('input')!;
const activeText = (el: TirkeuCombobox) => {
  const id = inner(el).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id)?.querySelector('span')?.textContent : undefined;
};

describe('filterOptions', () => {
  it('ranks an exact code first, then labels starting with the query, then words, then contains', () => {
    expect(filterOptions(countries, 'kz').map((o) => o.value)).to.deep.equal(['KZ']);
    expect(filterOptions(countries, 'k').map((o) => o.value)).to.deep.equal(['KG', 'KZ']);
    expect(filterOptions(countries, 'states').map((o) => o.value)).to.deep.equal(['US']);
    expect(filterOptions(countries, 'stan').map((o) => o.value)).to.deep.equal(['KG', 'KZ']);
    expect(filterOptions(countries, 'қазақ').map((o) => o.value)).to.deep.equal(['KZ']);
    expect(filterOptions(countries, 'Germany', { exact: true }).map((o) => o.value)).to.deep.equal(['DE']);
  });
});

describe('tirkeu-combobox', () => {
  it('follows the ARIA 1.2 combobox pattern', async () => {
    const el = await make();
    const input = inner(el);
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(el.shadowRoot!.getElementById(input.getAttribute('aria-controls')!)!.getAttribute('role')).to.equal('listbox');
    expect(el.shadowRoot!.querySelector('label')!.htmlFor).to.equal(input.id);
    await expect(el).to.be.accessible();
  });

  it('is operated with the keyboard: arrows, Home/End, Enter, Escape', async () => {
    const el = await make();
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(inner(el).getAttribute('aria-expanded')).to.equal('true');
    expect(activeText(el)).to.equal('Armenia');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeText(el)).to.equal('Germany');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(activeText(el)).to.equal('United States');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(activeText(el)).to.equal('Armenia');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(activeText(el)).to.equal('Armenia');
    await sendKeys({ press: 'ArrowDown' });
    const change = oneEvent(el, 'change');
    await sendKeys({ press: 'Enter' });
    await change;
    expect(el.value).to.equal('DE');
    expect(inner(el).value).to.equal('Germany');
    expect(inner(el).getAttribute('aria-expanded')).to.equal('false');
    // Escape closes an open list and keeps the choice.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeText(el)).to.equal('Germany');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(inner(el).getAttribute('aria-expanded')).to.equal('false');
    expect(el.value).to.equal('DE');
  });

  it('typing filters and Enter picks the first match; Tab picks the highlighted one', async () => {
    const el = await make();
    el.focus();
    await sendKeys({ type: 'kaz' });
    await el.updateComplete;
    const options = [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => o.querySelector('span')!.textContent);
    expect(options).to.deep.equal(['Kazakhstan']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal('KZ');

    inner(el).select();
    await sendKeys({ type: 'ru' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.value).to.equal('RU');
    expect(inner(el).value).to.equal('Russia');
  });

  it('keeps unmatched text and says to choose from the list after leaving', async () => {
    const el = await make({ required: true });
    el.focus();
    await sendKeys({ type: 'Atlantis' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.equal('No matches');
    expect(el.shadowRoot!.querySelector('.error')!.textContent!.trim()).to.equal('');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(inner(el).value).to.equal('Atlantis');
    expect(el.value).to.equal('');
    const error = el.shadowRoot!.querySelector('.error')!;
    expect(error.textContent).to.contain('Choose an option from the list');
    expect(inner(el).getAttribute('aria-describedby')).to.contain(error.id);
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.badInput).to.equal(true);
  });

  it('picks an option with the mouse', async () => {
    const el = await make();
    inner(el).click();
    await el.updateComplete;
    const option = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent!.includes('Kyrgyzstan'))!;
    const change = oneEvent(el, 'change');
    option.click();
    await change;
    expect(el.value).to.equal('KG');
  });

  it('takes part in a form: value, required validity, reset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><tirkeu-combobox label="Country" name="country" value="KZ" required .options=${countries}></tirkeu-combobox></form>`,
    );
    const el = form.querySelector('tirkeu-combobox')!;
    await el.updateComplete;
    expect(new FormData(form).get('country')).to.equal('KZ');
    expect(inner(el).value).to.equal('Kazakhstan');
    el.value = '';
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('KZ');
    expect(new FormData(form).get('country')).to.equal('KZ');
  });

  it('shows the error its host gives, tied to the text box', async () => {
    const el = await make({ error: 'Choose the bank country' });
    const error = el.shadowRoot!.querySelector('.error')!;
    expect(error.textContent).to.contain('Choose the bank country');
    expect(error.getAttribute('aria-live')).to.equal('polite');
    expect(inner(el).getAttribute('aria-describedby')).to.contain(error.id);
    await expect(el).to.be.accessible();
  });

  it('an open list that scrolls passes axe (scrollable-region-focusable), focus staying in the text box', async () => {
    // Enough options to scroll, as the country and bank lists do.
    const many = Array.from({ length: 40 }, (_, i) => ({ value: `C${i}`, label: `Country ${String(i).padStart(2, '0')}` }));
    const el = await make({ options: many });
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    const listbox = el.shadowRoot!.getElementById('listbox')!;
    const scroller = [listbox, el.shadowRoot!.querySelector<HTMLElement>('.popup')!].find((n) => n.scrollHeight > n.clientHeight);
    expect(scroller === listbox, 'the listbox itself is the region that scrolls').to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
    await expect(el).to.be.accessible();
    // The pattern: DOM focus stays on the text box, the list follows the active option.
    expect(el.shadowRoot!.activeElement === inner(el), 'focus in the text box').to.equal(true);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(activeText(el)).to.equal('Country 39');
    const last = el.shadowRoot!.getElementById('opt-39')!.getBoundingClientRect();
    const box = listbox.getBoundingClientRect();
    expect(last.bottom <= box.bottom + 1 && last.top >= box.top - 1, 'the active option is scrolled into view').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value, 'Enter picks the highlighted option').to.equal('C39');
  });

  it('opens the list as a popup positioned under the text box', async () => {
    const el = await make();
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const popup = el.shadowRoot!.querySelector<HTMLElement>('.popup')!;
    expect(popup.matches(':popover-open')).to.equal(true);
    // floating-ui loads on first use and places the popup asynchronously: a fixed 50 ms was not
    // always enough on a loaded machine (three engines at once).
    await waitUntil(() => popup.style.visibility !== 'hidden', 'the popup is placed');
    const box = inner(el).getBoundingClientRect();
    expect(popup.getBoundingClientRect().top).to.be.greaterThan(box.top);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(popup.matches(':popover-open')).to.equal(false);
  });
});
