import type { ReactiveController, ReactiveElement } from 'lit';
import { fieldId, focusControl, type SummaryItem } from './field.js';
import { RenderRootListeners } from './render-root-listeners.js';

/** Field key → error code (absent or undefined when the field is fine). */
export type Codes = Record<string, string | undefined>;

export interface ValidationOptions {
  /** Computes the codes of every field from the host's current state, in display order. */
  validate: () => Codes;
  /** The localized text of a code, in the host's locale. */
  message: (code: string, key: string) => string;
  /** The control id of a key, for `aria-describedby` and summary links. Default: `fieldId`. */
  idFor?: (key: string) => string;
  /**
   * The field's label, which the summary puts before the message ("IIN: Fill in this field."):
   * out of the field's context, "Fill in this field." alone does not say which one.
   */
  label?: (key: string) => string | undefined;
  /**
   * Focuses the control of a key that lives inside a nested element (no id of the host's root
   * reaches it); true when it did. Summary links and `focus()` try it first.
   */
  focus?: (key: string) => boolean;
}

/**
 * The "when to show an error" state of a form: which fields the user has touched, whether they
 * pressed submit, and the current code of every field.
 *
 * Rules: an error is shown after the user changed the field and left it (blur), after a
 * committed change (`change`, as a select or a combobox send), or after a submit. The codes are
 * recomputed before each render, so a field the user fixes clears at once.
 *
 * Controls opt in with `data-field="<key>"`; the controller listens on the host's shadow root
 * for `input`, `change` and `focusout`, so widgets need no wiring per field.
 */
export class ValidationController implements ReactiveController {
  /** Current codes, recomputed before every render. */
  codes: Codes = {};
  /** Whether a submit (or `validate()`) was attempted since the last reset. */
  submitted = false;
  readonly touched = new Set<string>();
  private readonly dirty = new Set<string>();
  private readonly listeners: RenderRootListeners;
  private focusSummary = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: ValidationOptions,
  ) {
    this.listeners = new RenderRootListeners(host, { input: this.onInput, change: this.onChange, focusout: this.onBlur });
    host.addController(this);
  }

  hostConnected(): void {
    queueMicrotask(() => this.listen());
  }

  hostUpdate(): void {
    this.codes = this.options.validate();
  }

  hostUpdated(): void {
    this.listen();
    if (this.focusSummary) {
      this.focusSummary = false;
      const summary = (this.host.renderRoot as ShadowRoot).querySelector<HTMLElement>('[data-error-summary]');
      summary?.focus();
    }
  }

  hostDisconnected(): void {
    this.listeners.detach();
  }

  private listen(): void {
    this.listeners.attach();
  }

  private keyOf(event: Event): string | undefined {
    const target = event.composedPath().find((node) => node instanceof HTMLElement && node.dataset.field) as
      | HTMLElement
      | undefined;
    return target?.dataset.field;
  }

  private onInput = (event: Event): void => {
    const key = this.keyOf(event);
    if (key) this.dirty.add(key);
  };

  private onChange = (event: Event): void => {
    const key = this.keyOf(event);
    if (key) this.touch(key);
  };

  private onBlur = (event: Event): void => {
    const key = this.keyOf(event);
    if (key && this.dirty.has(key)) this.touch(key);
  };

  /** Marks a field as touched: its error (if any) shows from now on. */
  touch(...keys: string[]): void {
    let changed = false;
    for (const key of keys) {
      if (!this.touched.has(key)) {
        this.touched.add(key);
        changed = true;
      }
    }
    if (changed) this.host.requestUpdate();
  }

  /** Recomputes the codes now (outside an update, e.g. in `checkValidity()`). */
  check(): Codes {
    this.codes = this.options.validate();
    return this.codes;
  }

  /** Whether every field is fine (recomputed now). */
  get valid(): boolean {
    return this.invalidKeys(this.check()).length === 0;
  }

  private invalidKeys(codes = this.codes): string[] {
    return Object.keys(codes).filter((key) => codes[key]);
  }

  /**
   * A submit: shows every error and the summary; with `focus`, moves focus to the summary after
   * the next render. Returns whether the form is valid.
   */
  submit({ focus = false } = {}): boolean {
    this.submitted = true;
    const valid = this.valid;
    if (!valid && focus) this.focusSummary = true;
    this.host.requestUpdate();
    return valid;
  }

  /** Forgets touched, dirty and submitted (after a reset or a new value from the host). */
  reset(): void {
    this.touched.clear();
    this.dirty.clear();
    this.submitted = false;
    this.host.requestUpdate();
  }

  /** Forgets the state of the keys that start with `prefix` (a removed row). */
  forget(prefix: string): void {
    for (const set of [this.touched, this.dirty]) for (const key of [...set]) if (key.startsWith(prefix)) set.delete(key);
  }

  /** Whether the error of `key` is to be shown now. */
  shows(key: string): boolean {
    return !!this.codes[key] && (this.submitted || this.touched.has(key));
  }

  /** The localized error of `key` when it is to be shown now. */
  error(key: string): string | undefined {
    const code = this.codes[key];
    return code && this.shows(key) ? this.options.message(code, key) : undefined;
  }

  /** The localized message of the current code of `key`, shown or not (for validity messages). */
  messageFor(key: string): string | undefined {
    const code = this.codes[key];
    return code ? this.options.message(code, key) : undefined;
  }

  /** The control id of a key. */
  idFor(key: string): string {
    return (this.options.idFor ?? fieldId)(key);
  }

  /** The first invalid key, in display order. */
  get firstInvalid(): string | undefined {
    return this.invalidKeys()[0];
  }

  /** The summary's items: shown only after a submit. */
  summary(): SummaryItem[] {
    if (!this.submitted) return [];
    const focus = this.options.focus;
    return this.invalidKeys().map((key) => {
      const message = this.options.message(this.codes[key]!, key);
      const label = this.options.label?.(key);
      return { id: this.idFor(key), message: label ? `${label}: ${message}` : message, ...(focus && { focus: () => focus(key) }) };
    });
  }

  /** Focuses the control of `key`. */
  focus(key: string): boolean {
    return !!this.options.focus?.(key) || focusControl(this.host.renderRoot as ShadowRoot, this.idFor(key));
  }
}
