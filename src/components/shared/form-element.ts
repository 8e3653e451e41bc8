import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TirkeuElement } from './tirkeu-element.js';

/** What a control hands to its form: a string, a file, several entries (FormData), or nothing. */
export type FormValue = string | File | FormData | null;

/** The validity a control reports to its form. */
export interface FormValidity {
  flags: ValidityStateFlags;
  /** Localized: the browser shows it, and `validationMessage` returns it. */
  message: string;
  /** The inner control the browser focuses when a submit finds this invalid. */
  anchor?: HTMLElement;
}

/**
 * The base of every Tirkeu element that holds a value: form-associated through
 * ElementInternals, so a host can drop it into its own `<form>`.
 *
 * Subclasses implement `formValue()` (what FormData gets, `formState()` for restore),
 * `formValidity()` (called inside `localize.run`, so `msg()` answers in the element's locale),
 * `formReset()` and `formRestore()`; the base pushes value and validity to the form after every
 * update and gives the element the platform's API (`form`, `name`, `disabled`, `validity`,
 * `validationMessage`, `willValidate`, `labels`, `checkValidity()`, `reportValidity()`).
 *
 * A submit of the host form that finds the element invalid fires `invalid` at it: the base
 * calls `showErrors()` so that inline errors and the summary appear as with a submit button of
 * the widget itself.
 */
export class TirkeuFormElement extends TirkeuElement {
  static formAssociated = true;

  /** The name under which the value is submitted with the form. */
  @property({ reflect: true }) name = '';

  /** Disables the element; a disabled `<fieldset>` around it does too. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** True while an ancestor `<fieldset disabled>` disables the element. */
  @state() protected formDisabled = false;

  protected readonly internals: ElementInternals;
  private checking = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', () => {
      if (!this.checking) this.showErrors();
    });
  }

  /** Disabled by itself or by its form. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get labels(): NodeList {
    return this.internals.labels;
  }

  get validity(): ValidityState {
    this.syncForm();
    return this.internals.validity;
  }

  get validationMessage(): string {
    this.syncForm();
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the value is valid; shows nothing. */
  checkValidity(): boolean {
    this.syncForm();
    this.checking = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.checking = false;
    }
  }

  /** Whether the value is valid; when not, shows the errors and moves focus to them. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) this.showErrors({ focus: true });
    return valid;
  }

  /** Shows every error now (as after a submit). Override; the base does nothing. */
  protected showErrors(_options: { focus?: boolean } = {}): void {}

  /** What the form submits under `name` (or a FormData of several entries). */
  protected formValue(): FormValue {
    return null;
  }

  /** What the browser keeps for restoring (history navigation, autofill). Defaults to the value. */
  protected formState(): FormValue {
    return this.formValue();
  }

  /** The validity now, or null when valid. Runs in the element's locale. */
  protected formValidity(): FormValidity | null {
    return null;
  }

  /** The form was reset. */
  protected formReset(): void {}

  /** The browser restores a state saved from `formState()`. */
  protected formRestore(_state: string | File | FormData | null, _mode: 'restore' | 'autocomplete'): void {}

  /** Pushes value and validity to ElementInternals. */
  protected syncForm(): void {
    const value = this.isDisabled ? null : this.formValue();
    this.internals.setFormValue(value, this.isDisabled ? null : this.formState());
    const validity = this.isDisabled ? null : this.localize.run(() => this.formValidity());
    if (validity) {
      try {
        this.internals.setValidity(validity.flags, validity.message, validity.anchor);
      } catch {
        // The anchor is not (or no longer) inside this element.
        this.internals.setValidity(validity.flags, validity.message);
      }
    } else this.internals.setValidity({});
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm();
  }

  /**
   * The browser calls this for a `<fieldset disabled>` around the element and also while lit
   * reflects `disabled` to the attribute, inside an update, where a state change would be
   * dropped; so the change is taken one microtask later, when it renders.
   */
  formDisabledCallback(disabled: boolean): void {
    queueMicrotask(() => {
      this.formDisabled = disabled;
    });
  }

  formResetCallback(): void {
    this.formReset();
    this.requestUpdate();
  }

  formStateRestoreCallback(state: string | File | FormData | null, mode: 'restore' | 'autocomplete'): void {
    this.formRestore(state, mode);
    this.requestUpdate();
  }
}

/** Entries for `setFormValue` when a control submits several values. */
export function formData(entries: Iterable<[string, string | Blob]>): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}
