// One suite for every form-associated Tirkeu element, in the manner of Material Web's
// `createFormTests`: a harness per element says how to render it, give it a value and make it
// invalid, and the suite checks that it behaves in a host's <form> as a native control does.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { TirkeuFormElement } from '../../../src/components/shared/form-element.js';

/** The platform API every form-associated Tirkeu element gives (the base's protected parts aside). */
export type FormControl = TirkeuFormElement & { value: unknown; updateComplete: Promise<boolean> };

/** A way to make the element invalid, and what it then says. */
export interface InvalidCase<T extends FormControl> {
  name: string;
  /** Renders the element, invalid by its own rules, with the given `name`. */
  render(name: string): TemplateResult;
  /** The flag that is set (`valueMissing`, `customError`…). */
  flag: keyof ValidityStateFlags;
  /** `validationMessage`, in English (unchecked when absent). */
  message?: string;
  /** A selector that the control focus lands on after a submit matches: its first invalid one. */
  focus: string;
}

export interface FormControlHarness<T extends FormControl> {
  /** The element's tag. */
  tag: string;
  /** Renders the element, in its default state, with the given `name`. */
  render(name: string): TemplateResult;
  /** Runs once the element is in the page (a client to inject), before anything is checked. */
  prepare?(el: T): Promise<void>;
  /** Resolves when the element and the elements it nests have rendered. */
  settle(el: T): Promise<void>;
  /** Checks the FormData entry of the element as rendered (null: none). */
  defaultEntry(entry: FormDataEntryValue | null): void;
  /** Gives the element a valid value other than the default, as a user or a host would. */
  fill(el: T): Promise<void>;
  /** A change as a user makes it, with the `input` / `change` events it sends; `fill` when absent. */
  edit?(el: T): Promise<void>;
  /** Checks the FormData entry of the filled element. */
  filledEntry(entry: FormDataEntryValue | null, el: T): void;
  /** One synchronous change by the host (the suite counts computations); a filled element stays valid. */
  change(el: T): void;
  /**
   * Whether the element restores a saved state. The picker does not: a signature over a challenge
   * from before the navigation is no longer worth submitting.
   */
  restores: boolean;
  invalid: InvalidCase<T>[];
}

/** The hooks the suite watches, reached past TypeScript's `protected`. */
interface Hooks {
  formValidity(): unknown;
}

// Material's approach to restore: remember what each element last gave `setFormValue`, to hand
// its state to a new element as a browser restoring the page would.
const internalsOf = new WeakMap<HTMLElement, ElementInternals>();
const savedState = new WeakMap<ElementInternals, FormValue>();
type FormValue = string | File | FormData | null;
const original = { attachInternals: HTMLElement.prototype.attachInternals, setFormValue: ElementInternals.prototype.setFormValue };

function spyOnInternals(): void {
  HTMLElement.prototype.attachInternals = function attachInternals(this: HTMLElement) {
    const internals = original.attachInternals.call(this);
    internalsOf.set(this, internals);
    return internals;
  };
  ElementInternals.prototype.setFormValue = function setFormValue(this: ElementInternals, value: FormValue, state?: FormValue) {
    savedState.set(this, state === undefined ? value : state);
    original.setFormValue.call(this, value, state);
  };
}

function restoreInternals(): void {
  HTMLElement.prototype.attachInternals = original.attachInternals;
  ElementInternals.prototype.setFormValue = original.setFormValue;
}

/** The focused element, through open shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is `el` or inside its shadow tree (nested shadow roots included). */
function within(el: Element, node: Node | null): boolean {
  for (let n = node; n; n = (n.getRootNode() as ShadowRoot).host ?? null) if (n === el) return true;
  return false;
}

/** Every native control in the element's shadow tree, nested elements included. */
function controls(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const node of root.querySelectorAll<HTMLElement>('*')) {
    if (node.matches('input, select, textarea, button')) found.push(node);
    if (node.shadowRoot) found.push(...controls(node.shadowRoot));
  }
  return found;
}

/** The "?" buttons of field hints: they show help and change nothing, so they stay usable while disabled. */
const HELP_BUTTONS = '[part~="hint"]';

/** Describes a control for a failure message without dumping the DOM. */
const describeControl = (c: Element | null) => (c ? `${c.localName}#${c.id}${c.getAttribute('part') ? `[${c.getAttribute('part')}]` : ''}` : 'nothing');

/** The controls in the element a user could change its value with, described. */
const operableControls = (el: HTMLElement) =>
  controls(el.shadowRoot!)
    .filter((c) => !c.matches(':disabled') && !(c as HTMLInputElement).readOnly && !c.matches(HELP_BUTTONS))
    .map(describeControl);

export function formControlSuite<T extends FormControl>(harness: FormControlHarness<T>): void {
  /** Mounts `content` inside a <form> with a native input before it. */
  async function mount(content: TemplateResult): Promise<{ form: HTMLFormElement; el: T }> {
    const form = await fixture<HTMLFormElement>(html`<form><input name="before" value="1" />${content}<button id="send">Send</button></form>`);
    const el = form.querySelector<T>(harness.tag)!;
    expect(el, `<form> holds a ${harness.tag}`).to.exist;
    await harness.prepare?.(el);
    await harness.settle(el);
    return { form, el };
  }

  const entry = (form: HTMLFormElement, name = 'field') => new FormData(form).get(name);
  /**
   * The names in a form's FormData, with `field[…]` entries counted as `field`: an element that
   * submits several parts (the uploader's files, `field[slot]`) names them under its own name.
   */
  const names = (form: HTMLFormElement) => [...new Set([...new FormData(form).keys()].map((key) => key.replace(/\[[^\]]*\]$/, '')))];

  /** Counts the element's validity computations from now on. */
  function countValidity(el: T): { readonly count: number } {
    const hooks = el as unknown as Hooks;
    const computeValidity = hooks.formValidity;
    const counter = { count: 0 };
    hooks.formValidity = function formValidity(this: Hooks) {
      counter.count++;
      return computeValidity.call(this);
    };
    return counter;
  }

  describe(`${harness.tag}: form control`, () => {
    before(spyOnInternals);
    after(restoreInternals);

    describe('association', () => {
      it('is form-associated and belongs to its form, or to the one its `form` attribute names', async () => {
        const { form, el } = await mount(harness.render('field'));
        expect((el.constructor as unknown as { formAssociated: boolean }).formAssociated).to.equal(true);
        expect(el.form === form, 'form').to.equal(true);
        const other = document.createElement('form');
        other.id = 'other-form';
        document.body.append(other);
        try {
          el.setAttribute('form', 'other-form');
          expect(el.form === other, 'the form named by `form`').to.equal(true);
          el.removeAttribute('form');
          form.parentElement!.append(el);
          expect(el.form, 'outside any form').to.equal(null);
        } finally {
          other.remove();
          el.remove();
        }
      });

      it('has the labels that name it: <label for> and a wrapping <label>', async () => {
        const { form, el } = await mount(harness.render('field'));
        el.id = 'labelled-control';
        const labelFor = document.createElement('label');
        labelFor.htmlFor = 'labelled-control';
        labelFor.textContent = 'For';
        const wrapping = document.createElement('label');
        form.append(labelFor, wrapping);
        wrapping.append(el);
        const labels = [...el.labels];
        expect(el.labels).to.be.instanceOf(NodeList);
        expect(labels.length, 'labels').to.equal(2);
        expect(labels.includes(labelFor), '<label for>').to.equal(true);
        expect(labels.includes(wrapping), 'wrapping <label>').to.equal(true);
      });

      it('reflects `name`, and gives no entry without one', async () => {
        const { form, el } = await mount(harness.render('field'));
        el.name = 'renamed';
        await harness.settle(el);
        expect(el.getAttribute('name')).to.equal('renamed');
        el.name = '';
        await harness.settle(el);
        expect(names(form), 'only the native input').to.deep.equal(['before']);
      });
    });

    describe('value', () => {
      it('gives its default entry, and nothing from its shadow tree', async () => {
        const { form } = await mount(harness.render('field'));
        harness.defaultEntry(entry(form));
        expect(names(form), 'the whole form').to.deep.equal(entry(form) === null ? ['before'] : ['before', 'field']);
      });

      it('gives the value it was given, and the whole form holds exactly that', async () => {
        const { form, el } = await mount(harness.render('field'));
        await harness.fill(el);
        await harness.settle(el);
        harness.filledEntry(entry(form), el);
        const whole = [...new FormData(form).entries()];
        expect(names(form), 'the whole form').to.deep.equal(['before', 'field']);
        expect(whole[0]![1]).to.equal('1');
      });

      it('has the new value in FormData when its `input` and `change` events arrive', async () => {
        const { form, el } = await mount(harness.render('field'));
        const seen: Record<string, FormDataEntryValue | null> = {};
        const before = entry(form);
        // The last event of each type: the value then is the value now.
        for (const type of ['input', 'change']) form.addEventListener(type, () => (seen[type] = entry(form)));
        await (harness.edit ?? harness.fill)(el);
        await harness.settle(el);
        const now = entry(form);
        expect(now, 'changed').to.not.equal(before);
        expect(Object.keys(seen), 'events').to.not.deep.equal([]);
        // Compared as a boolean: a signature or a whole payload would flood the failure message.
        for (const type of Object.keys(seen)) expect(seen[type] === now, `FormData in the last ${type} listener holds the new value`).to.equal(true);
      });
    });

    describe('reset and restore', () => {
      it('form.reset() brings the default back', async () => {
        const { form, el } = await mount(harness.render('field'));
        const before = entry(form);
        await harness.fill(el);
        await harness.settle(el);
        expect(entry(form), 'changed by fill').to.not.equal(before);
        form.reset();
        await harness.settle(el);
        harness.defaultEntry(entry(form));
        expect(entry(form)).to.equal(before);
      });

      it(harness.restores ? 'restores the state it saved into a new element' : 'ignores a restored state', async () => {
        const { form, el } = await mount(harness.render('field'));
        await harness.fill(el);
        await harness.settle(el);
        const filled = entry(form);
        const state = savedState.get(internalsOf.get(el)!);
        expect(state, 'a saved state').to.not.equal(undefined);
        el.remove();

        const { form: next, el: restored } = await mount(harness.render('field'));
        const fresh = entry(next);
        restored.formStateRestoreCallback(state ?? null, 'restore');
        await harness.settle(restored);
        if (harness.restores) harness.filledEntry(entry(next), restored);
        expect(entry(next)).to.equal(harness.restores ? filled : fresh);
      });
    });

    describe('disabled', () => {
      for (const how of ['its own attribute', 'a disabled <fieldset>'] as const) {
        const wrap = (content: TemplateResult) => (how === 'a disabled <fieldset>' ? html`<fieldset>${content}</fieldset>` : content);
        const disabler = (form: HTMLFormElement, el: T) => async (on: boolean) => {
          const fieldset = form.querySelector('fieldset');
          if (fieldset) fieldset.disabled = on;
          else el.disabled = on;
          // The browser tells the element about a fieldset in a callback; it renders after.
          await aTimeout(0);
          await harness.settle(el);
        };

        it(`by ${how}: no entry, :disabled, not focusable, nothing inside operable`, async () => {
          const { form, el } = await mount(wrap(harness.render('field')));
          await harness.fill(el);
          await harness.settle(el);
          const filled = entry(form);
          const operableBefore = operableControls(el);
          const disable = disabler(form, el);
          await disable(true);
          expect(new FormData(form).has('field'), 'entry').to.equal(false);
          expect(el.matches(':disabled'), ':disabled').to.equal(true);
          if (how === 'a disabled <fieldset>') expect(el.disabled, 'its own property stays').to.equal(false);
          expect(operableControls(el), 'operable controls').to.deep.equal([]);
          // Firefox leaves focus on a control that was disabled while focused (native ones too).
          (deepActive() as HTMLElement | null)?.blur();
          el.focus();
          expect(within(el, deepActive()), `focus (on ${describeControl(deepActive())})`).to.equal(false);

          await disable(false);
          expect(el.matches(':disabled')).to.equal(false);
          expect(entry(form), 'the entry is back').to.equal(filled);
          expect(operableControls(el), 'operable again').to.deep.equal(operableBefore);
        });

        it(`by ${how}: barred from validation while disabled`, async () => {
          const { form, el } = await mount(wrap(harness.invalid[0]!.render('field')));
          const disable = disabler(form, el);
          await disable(true);
          expect(el.willValidate, 'willValidate').to.equal(false);
          expect(el.checkValidity(), 'checkValidity()').to.equal(true);
          expect(form.checkValidity(), 'the form').to.equal(true);
          await disable(false);
          expect(el.willValidate, 'willValidate again').to.equal(true);
          expect(el.checkValidity(), 'validates again').to.equal(false);
        });
      }
    });

    describe('validity', () => {
      for (const invalid of harness.invalid) {
        describe(invalid.name, () => {
          it(`reports ${invalid.flag} with its message; checkValidity() fires invalid and shows nothing new`, async () => {
            const { form, el } = await mount(invalid.render('field'));
            expect(el.validity.valid, 'valid').to.equal(false);
            expect(el.validity[invalid.flag], invalid.flag).to.equal(true);
            if (invalid.message !== undefined) expect(el.validationMessage).to.equal(invalid.message);
            else expect(el.validationMessage, 'a message').to.not.equal('');
            expect(el.willValidate).to.equal(true);
            let events = 0;
            el.addEventListener('invalid', (e) => {
              events++;
              e.preventDefault();
            });
            expect(el.checkValidity()).to.equal(false);
            expect(events, 'invalid events').to.equal(1);
            expect(form.checkValidity()).to.equal(false);
            expect(events, 'invalid events after form.checkValidity()').to.equal(2);
          });

          it('reportValidity() fires invalid and moves focus into the element', async () => {
            const { el } = await mount(invalid.render('field'));
            let events = 0;
            el.addEventListener('invalid', () => events++);
            expect(el.reportValidity()).to.equal(false);
            await harness.settle(el);
            expect(events, 'invalid events').to.equal(1);
            expect(within(el, deepActive()), `focus (on ${describeControl(deepActive())})`).to.equal(true);
          });

          // From script, and as a user submits: the browser then runs the element's update between
          // the `invalid` event and focusing the anchor (no script on the stack), which a stale
          // anchor does not survive.
          for (const how of ['requestSubmit()', 'Enter on the submit button'] as const) {
            it(`blocks a submit by ${how}, fires invalid, and focus lands on its first invalid control`, async () => {
              const { form, el } = await mount(invalid.render('field'));
              let submitted = false;
              let events = 0;
              form.addEventListener('submit', (e) => {
                e.preventDefault();
                submitted = true;
              });
              el.addEventListener('invalid', () => events++);
              if (how === 'requestSubmit()') {
                (document.activeElement as HTMLElement | null)?.blur();
                form.requestSubmit();
              } else {
                form.querySelector<HTMLButtonElement>('#send')!.focus();
                await sendKeys({ press: 'Enter' });
              }
              await harness.settle(el);
              await aTimeout(0);
              expect(submitted, 'submitted').to.equal(false);
              expect(events, 'invalid events').to.equal(1);
              const active = deepActive();
              expect(!!active?.matches(invalid.focus), `focused ${describeControl(active)}, not ${invalid.focus}`).to.equal(true);
              expect(within(el, active), 'inside the element').to.equal(true);
            });
          }
        });
      }

      it('setCustomValidity() sets customError and its message, survives changes, and clears', async () => {
        const { form, el } = await mount(harness.render('field'));
        await harness.fill(el);
        await harness.settle(el);
        expect(el.checkValidity(), 'valid once filled').to.equal(true);
        el.setCustomValidity('The host refuses this.');
        expect(el.validity.customError, 'customError').to.equal(true);
        expect(el.validity.valid).to.equal(false);
        expect(el.validationMessage).to.equal('The host refuses this.');
        expect(form.checkValidity(), 'the form').to.equal(false);
        harness.change(el);
        await harness.settle(el);
        expect(el.validity.customError, 'after a change').to.equal(true);
        expect(el.validationMessage).to.equal('The host refuses this.');
        el.setCustomValidity('');
        expect(el.validity.customError, 'cleared').to.equal(false);
        expect(el.validationMessage).to.not.equal('The host refuses this.');
      });

      it('a custom error alone blocks a submit and focus lands inside the element', async () => {
        const { form, el } = await mount(harness.render('field'));
        await harness.fill(el);
        await harness.settle(el);
        el.setCustomValidity('The host refuses this.');
        let submitted = false;
        form.addEventListener('submit', (e) => {
          e.preventDefault();
          submitted = true;
        });
        (document.activeElement as HTMLElement | null)?.blur();
        form.requestSubmit();
        await harness.settle(el);
        expect(submitted, 'submitted').to.equal(false);
        expect(within(el, deepActive()), `focus (on ${describeControl(deepActive())})`).to.equal(true);
        el.setCustomValidity('');
        form.requestSubmit();
        expect(submitted, 'submitted once cleared').to.equal(true);
      });

      it('computes validity once per change, not on every read', async () => {
        const { el } = await mount(harness.render('field'));
        const validity = countValidity(el);
        const readTenTimes = () => {
          for (let i = 0; i < 10; i++) void [el.validity.valid, el.validationMessage, el.checkValidity()];
        };
        readTenTimes();
        expect(validity.count, 'reads of a settled element').to.equal(0);

        harness.change(el);
        await harness.settle(el);
        expect(validity.count, 'one change, rendered').to.equal(1);
        readTenTimes();
        expect(validity.count, 'then thirty reads').to.equal(1);

        harness.change(el);
        readTenTimes();
        expect(validity.count, 'reads before the render').to.equal(2);
        await harness.settle(el);
        // What the render changes on the way (derived state, where the anchor is) is computed once more at most.
        const rendered = validity.count;
        expect(rendered, 'after the render').to.be.within(2, 3);
        readTenTimes();
        expect(validity.count, 'then thirty reads').to.equal(rendered);
      });
    });
  });
}
