import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TirkeuElement } from './tirkeu-element.js';
import { aimAt, deepActiveElement, followAnchor, isWithin, rememberAnchor } from './validity-anchor.js';

/** What a control hands to its form: a string, a file, several entries (FormData), or nothing. */
export type FormValue = string | File | FormData | null;

/** The validity a control reports to its form. */
export interface FormValidity {
  flags: ValidityStateFlags;
  /** Localized: the browser shows it, and `validationMessage` returns it. */
  message: string;
  /**
   * The inner control the browser focuses when a submit finds this invalid: the first invalid
   * one. A nested Tirkeu element is fine (focus goes on to its own anchor); when the anchor is
   * missing or cannot take focus, the element's first control is used.
   */
  anchor?: HTMLElement;
}

/**
 * Whether what ElementInternals holds is up to date: `stale` after any change, `early` when it
 * was pushed before the change was rendered (the anchor may be about to move), `current`.
 */
type Sync = 'stale' | 'early' | 'current';

/**
 * The base of every Tirkeu element that holds a value: form-associated through
 * ElementInternals, so a host can drop it into its own `<form>`.
 *
 * Subclasses implement `formValue()` (what FormData gets, `formState()` for restore),
 * `formValidity()` (its messages through `this.localize.msg`, in the element's locale),
 * `formReset()` and `formRestore()`; the base gives the element the platform's API (`form`,
 * `name`, `disabled`, `validity`, `validationMessage`, `willValidate`, `labels`,
 * `checkValidity()`, `reportValidity()`, `setCustomValidity()`).
 *
 * Value and validity are computed once per change: any change (a reactive property, state or a
 * controller's `requestUpdate()`) marks them stale, and they are computed again after the
 * update, or earlier when read (`validity`, `checkValidity()`…) or when the element dispatches
 * an event (so that a host's `input` / `change` listener finds the new value in FormData).
 * Reading them again computes nothing.
 *
 * A submit of the host form that finds the element invalid fires `invalid` at it: the base
 * calls `showErrors()` so that inline errors and the summary appear as with a submit button of
 * the widget itself, and the browser focuses the anchor (see validity-anchor.ts); when showing
 * the errors re-renders that control away (a closed account card opens), focus follows to the
 * new anchor.
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
  /** Set while `checkValidity()` runs: its `invalid` event shows nothing. */
  private checking = false;
  private sync: Sync = 'stale';
  /** The element's own validity, as computed last (null when valid). */
  private own: FormValidity | null = null;
  /** The message of `setCustomValidity()`; '' for none. */
  private customMessage = '';
  /** While focus may have to follow the anchor after an `invalid` event. */
  private following = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', () => this.onInvalid());
    // An inner control's `input` / `change` crosses the host before any listener of the page.
    for (const type of ['input', 'change']) this.addEventListener(type, () => this.hasUpdated && this.syncIfStale());
  }

  /** Disabled by itself or by its form. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** A disabled control takes no focus, as a native one (its status texts would, through `delegatesFocus`). */
  override focus(options?: FocusOptions): void {
    if (!this.isDisabled) super.focus(options);
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get labels(): NodeList {
    return this.internals.labels;
  }

  get validity(): ValidityState {
    this.syncIfStale();
    return this.internals.validity;
  }

  get validationMessage(): string {
    this.syncIfStale();
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the value is valid; shows nothing (the `invalid` event still fires). */
  checkValidity(): boolean {
    this.syncIfStale();
    this.checking = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.checking = false;
    }
  }

  /**
   * Whether the value is valid; when not, shows the errors and moves focus to them. A custom
   * error alone has no place in the element's own display: the browser shows it, at the anchor.
   */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (valid) return true;
    if (!this.own) {
      this.internals.reportValidity();
      return false;
    }
    this.showErrors({ focus: true });
    // An element whose errors do not take focus themselves: to the anchor, as on a native control.
    void this.updateComplete.then(() => {
      if (!isWithin(this, deepActiveElement())) this.currentAnchor()?.focus();
    });
    return false;
  }

  /**
   * A host's own error ('' clears it), on top of the element's rules: `validity.customError` is
   * set and `validationMessage` says it, as on a native input.
   */
  setCustomValidity(message: string): void {
    this.customMessage = String(message ?? '');
    this.currentAnchor();
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

  override requestUpdate(...args: Parameters<TirkeuElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    this.sync = 'stale';
  }

  /** Listeners of the element's own events (a host's `change` handler building FormData) find the value they announce. */
  override dispatchEvent(event: Event): boolean {
    // Before the first update the subclass may not be ready to compute; the update pushes then.
    if (this.hasUpdated) this.syncIfStale();
    return super.dispatchEvent(event);
  }

  private syncIfStale(): void {
    if (this.sync === 'stale') this.syncForm();
  }

  /** Computes value and validity and pushes them to ElementInternals. */
  protected syncForm(): void {
    const disabled = this.isDisabled;
    this.internals.setFormValue(disabled ? null : this.formValue(), disabled ? null : this.formState());
    // Like a native control, a disabled one has no value to miss: only a custom error stays.
    this.own = disabled ? null : this.formValidity();
    this.pushValidity();
    this.sync = this.hasUpdated && !this.isUpdatePending ? 'current' : 'early';
  }

  /** Pushes the validity computed last, aimed at a control that can take focus now; returns that control. */
  private pushValidity(): HTMLElement | undefined {
    const own = this.own;
    const custom = this.customMessage;
    const anchor = own || custom ? aimAt(this, own?.anchor) : undefined;
    rememberAnchor(this, anchor);
    if (!own && !custom) this.internals.setValidity({});
    else this.internals.setValidity(custom ? { ...own?.flags, customError: true } : own!.flags, custom || own!.message, anchor);
    return anchor;
  }

  /** Brings validity up to date, aimed at what is rendered now; returns the control aimed at. */
  private currentAnchor(): HTMLElement | undefined {
    if (this.sync === 'stale') this.syncForm();
    return this.pushValidity();
  }

  private onInvalid(): void {
    // The browser focuses the anchor right after this event.
    const from = this.currentAnchor();
    if (this.checking) return;
    this.showErrors();
    // If showing the errors renders that control away (a closed account card opens), focus follows.
    if (from && !this.following) {
      this.following = true;
      void followAnchor(this, from, () => this.currentAnchor()).finally(() => (this.following = false));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A validity pushed before this render may aim at a control the render moved.
    if (this.sync === 'stale' || (this.sync === 'early' && (this.own || this.customMessage))) this.syncForm();
    else this.sync = 'current';
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
