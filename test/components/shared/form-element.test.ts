// The form-associated base itself, with a probe element: where the browser is sent when a submit
// finds the element invalid. What every element does in a host's <form> (value, reset, restore,
// disabled, labels, validity) is the shared suite's: form-control-suite.ts.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { state } from 'lit/decorators.js';
import { TirkeuFormElement, type FormValidity } from '../../../src/components/shared/form-element.js';

type Aim = 'second' | 'disabled' | 'outside' | 'none' | 'nested';

/** Two inputs, the second one disabled on demand; invalid, aiming where the test says. */
class AnchorProbe extends TirkeuFormElement {
  @state() aim: Aim = 'second';
  outside?: HTMLElement;

  protected override formValidity(): FormValidity {
    const root = this.renderRoot as ShadowRoot;
    const anchor = {
      second: root.getElementById('second'),
      disabled: root.getElementById('second'),
      outside: this.outside,
      none: undefined,
      nested: root.querySelector<HTMLElement>('tirkeu-anchor-probe'),
    }[this.aim];
    return { flags: { customError: true }, message: 'Probe says no.', anchor: anchor ?? undefined };
  }

  override render() {
    return html`<input id="first" /><input id="second" ?disabled=${this.aim === 'disabled'} />${this.aim === 'nested'
        ? html`<tirkeu-anchor-probe id="inner"></tirkeu-anchor-probe>`
        : null}`;
  }
}
customElements.define('tirkeu-anchor-probe', AnchorProbe);

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Submits the probe's form and says where focus went (`id@host`). */
async function submitAndLook(el: AnchorProbe): Promise<string> {
  (document.activeElement as HTMLElement | null)?.blur();
  el.form!.requestSubmit();
  await el.updateComplete;
  await aTimeout(0);
  const active = deepActive();
  return active ? `${active.id}@${((active.getRootNode() as ShadowRoot).host as HTMLElement | undefined)?.id ?? 'document'}` : 'nothing';
}

async function mountProbe(aim: Aim): Promise<AnchorProbe> {
  const form = await fixture<HTMLFormElement>(html`<form><tirkeu-anchor-probe id="probe" name="p"></tirkeu-anchor-probe></form>`);
  const el = form.querySelector<AnchorProbe>('tirkeu-anchor-probe')!;
  el.outside = form;
  el.aim = aim;
  await el.updateComplete;
  const inner = el.shadowRoot!.querySelector<AnchorProbe>('tirkeu-anchor-probe');
  if (inner) await inner.updateComplete;
  return el;
}

describe('form-associated base: the control a submit focuses', () => {
  it('is the anchor the element names', async () => {
    expect(await submitAndLook(await mountProbe('second'))).to.equal('second@probe');
  });

  it('is the first control when the anchor cannot take focus (disabled)', async () => {
    expect(await submitAndLook(await mountProbe('disabled'))).to.equal('first@probe');
  });

  it('is the first control when the anchor is outside the element (setValidity refuses it)', async () => {
    expect(await submitAndLook(await mountProbe('outside'))).to.equal('first@probe');
  });

  it('is the first control when the element names none', async () => {
    expect(await submitAndLook(await mountProbe('none'))).to.equal('first@probe');
  });

  it('goes on into a nested form element, to the control that one aims at', async () => {
    expect(await submitAndLook(await mountProbe('nested'))).to.equal('second@inner');
  });

  it('follows the anchor when a render moved it after the browser focused it', async () => {
    const el = await mountProbe('second');
    // The render that the `invalid` event causes disables the control the browser focused.
    el.addEventListener('invalid', () => (el.aim = 'disabled'));
    expect(await submitAndLook(el)).to.equal('first@probe');
  });
});
