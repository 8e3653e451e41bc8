import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/components/shared/combobox/define.js';
import type { TirkeuCombobox } from '../../../src/components/shared/combobox/combobox.js';

/** Settles the browser's form callbacks (one microtask) and the re-render they cause. */
async function settle(el: TirkeuCombobox) {
  await nextFrame();
  await el.updateComplete;
}

const inner = (el: TirkeuCombobox) => el.shadowRoot!.querySelector('input')!;

describe('form-associated base: disabled', () => {
  it('disables and enables again through its own attribute', async () => {
    const el = await fixture<TirkeuCombobox>(html`<tirkeu-combobox label="Country"></tirkeu-combobox>`);
    el.disabled = true;
    await settle(el);
    expect(inner(el).disabled).to.equal(true);
    expect(el.matches(':disabled')).to.equal(true);

    el.disabled = false;
    await settle(el);
    expect(inner(el).disabled, 'enabled again after the attribute is removed').to.equal(false);
    expect(el.matches(':disabled')).to.equal(false);
  });

  it('follows a disabled fieldset around it', async () => {
    const fieldset = await fixture<HTMLFieldSetElement>(html`<fieldset><tirkeu-combobox label="Country"></tirkeu-combobox></fieldset>`);
    const el = fieldset.querySelector<TirkeuCombobox>('tirkeu-combobox')!;
    fieldset.disabled = true;
    await settle(el);
    expect(inner(el).disabled).to.equal(true);
    expect(el.disabled, 'its own property stays as the host set it').to.equal(false);

    fieldset.disabled = false;
    await settle(el);
    expect(inner(el).disabled).to.equal(false);
  });
});
