import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { TirkeuFormElement, type FormValidity, type FormValue } from '../form-element.js';
import { FloatingController } from '../floating-controller.js';
import { HintController } from '../hint-controller.js';
import { field } from '../field.js';
import { themeStyles } from '../theme.styles.js';
import { fieldStyles } from '../field.styles.js';
import { comboboxStyles } from './combobox.styles.js';
import { filterOptions, type ComboboxOption } from './filter.js';

export type { ComboboxOption };

const chevron = svg`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2"/></svg>`;

/**
 * A labelled text box with a list of options that narrows as the user types (the ARIA 1.2
 * combobox pattern with a listbox popup): countries, currencies, banks.
 *
 * Keyboard: ↓/↑ open the list and move through it, Alt+↓ opens it, Home/End jump to the first
 * and last option while it is open, Enter picks the highlighted option, Escape closes the list
 * (and, when closed, puts back the chosen option's text), typing filters; Tab picks the
 * highlighted option. Leaving with text that matches no option keeps the text and reports
 * "choose an option from the list".
 *
 * @summary A form-associated combobox with type-ahead.
 *
 * @fires input - The value changed (an option was picked or the text cleared).
 * @fires change - The value changed (an option was picked or the text cleared).
 *
 * @csspart field - The wrapper of label, help, control and error.
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart hint - The "?" button that opens the hint.
 * @csspart tooltip - The hint tooltip.
 * @csspart control - The wrapper of the text box and the toggle button.
 * @csspart input - The text box.
 * @csspart toggle - The button that opens the list.
 * @csspart popup - The popup around the list.
 * @csspart listbox - The list of options.
 * @csspart option - One option.
 * @csspart error - The error message.
 *
 * @cssprop --tirkeu-input-background - Background of the text box.
 * @cssprop --tirkeu-input-border-color - Border of the text box.
 */
export class TirkeuCombobox extends TirkeuFormElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [themeStyles, fieldStyles, comboboxStyles];

  /** The visible label. */
  @property() label = '';
  /** Help text under the label. */
  @property() help?: string;
  /** Text of the hint tooltip behind a "?" button next to the label. */
  @property() hint?: string;
  /** An error to show (from the host's validation), already localized. Empty: none. */
  @property() error = '';
  @property() placeholder?: string;
  /** The value of the chosen option; '' when none. */
  @property() value = '';
  /** The options. `keywords` are searched too (other spellings, codes). */
  @property({ attribute: false }) options: readonly ComboboxOption[] = [];
  @property({ type: Boolean, reflect: true }) required = false;
  /** Whether the list is open. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** Value submitted when the form resets; defaults to the `value` attribute. */
  @property({ attribute: false }) defaultValue = '';

  /** The text in the box. */
  @state() text = '';
  @state() private active = -1;
  /** The user typed since the list opened: show only matching options. */
  @state() private filtering = false;
  @state() private touched = false;
  @state() private submitted = false;

  @query('input') private input?: HTMLInputElement;
  @query('.control') private control?: HTMLElement;
  @query('.popup') private popup?: HTMLElement;

  private filtered: readonly ComboboxOption[] = [];
  private readonly floating = new FloatingController(this, {
    anchor: () => this.control,
    floating: () => this.popup,
    placement: 'bottom-start',
    matchWidth: true,
    fitHeight: true,
  });
  // Serves the hint tooltip of the field.
  protected readonly hints = new HintController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && this.hasAttribute('value') && !this.defaultValue) this.defaultValue = this.getAttribute('value') ?? '';
  }

  /** The chosen option, if any. */
  get selectedOption(): ComboboxOption | undefined {
    return this.value ? this.options.find((o) => o.value === this.value) : undefined;
  }

  /** Text typed that matches no option and was not replaced by a choice. */
  get unmatched(): boolean {
    return !!this.text.trim() && !this.filtering && this.text !== (this.selectedOption?.label ?? '');
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('value') || changed.has('options')) && !this.filtering && !this.keepText) {
      this.text = this.selectedOption?.label ?? (this.value && !this.options.length ? this.value : '');
    }
    if (changed.has('text') || changed.has('options') || changed.has('filtering') || changed.has('open')) {
      this.filtered = this.filtering ? filterOptions(this.options, this.text) : this.options;
      if (this.active >= this.filtered.length) this.active = this.filtered.length ? 0 : -1;
    }
    if (changed.has('open')) this.floating.toggle(this.open && !this.isDisabled);
  }

  /** Set when leaving the box with unmatched text, so that a value change does not erase it. */
  private keepText = false;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if ((changed.has('active') || changed.has('open')) && this.open && this.active >= 0) {
      this.renderRoot.querySelector(`#opt-${this.active}`)?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  private openList(active: number): void {
    if (this.isDisabled) return;
    this.open = true;
    this.active = active;
  }

  private close(): void {
    this.open = false;
    this.filtering = false;
    this.active = -1;
  }

  private indexOfSelected(list: readonly ComboboxOption[]): number {
    return list.findIndex((o) => o.value === this.value);
  }

  private choose(option: ComboboxOption | undefined): void {
    const next = option?.value ?? '';
    this.keepText = false;
    this.text = option?.label ?? '';
    this.close();
    if (next !== this.value) {
      this.value = next;
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  private onInput(event: InputEvent): void {
    // The inner text box's own `input` says nothing about the value: keep it inside.
    event.stopPropagation();
    this.text = (event.target as HTMLInputElement).value;
    this.keepText = false;
    this.filtering = true;
    if (!this.text.trim()) {
      this.active = -1;
      if (this.value) {
        this.value = '';
        this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        this.dispatchEvent(new Event('change', { bubbles: true }));
      }
      this.open = true;
      return;
    }
    this.open = true;
    this.active = 0;
  }

  private onKeydown(event: KeyboardEvent): void {
    const list = this.filtered;
    const last = list.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) this.openList(event.altKey ? -1 : Math.max(0, this.indexOfSelected(list)));
        else if (!event.altKey) this.active = Math.min(last, this.active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.open) this.openList(event.altKey ? -1 : (this.indexOfSelected(list) >= 0 ? this.indexOfSelected(list) : last));
        else if (event.altKey) this.close();
        else this.active = Math.max(0, this.active - 1);
        break;
      case 'Home':
      case 'End':
        if (!this.open || !list.length) return;
        event.preventDefault();
        this.active = event.key === 'Home' ? 0 : last;
        break;
      case 'PageDown':
      case 'PageUp':
        if (!this.open || !list.length) return;
        event.preventDefault();
        this.active = Math.max(0, Math.min(last, this.active + (event.key === 'PageDown' ? 10 : -10)));
        break;
      case 'Enter':
        if (!this.open) return;
        event.preventDefault();
        if (this.active >= 0 && list[this.active]) this.choose(list[this.active]);
        else this.close();
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          event.stopPropagation();
          const wasFiltering = this.filtering;
          this.close();
          if (wasFiltering && this.selectedOption) this.text = this.selectedOption.label;
        } else if (this.text !== (this.selectedOption?.label ?? '')) {
          event.preventDefault();
          this.keepText = false;
          this.text = this.selectedOption?.label ?? '';
        }
        break;
      default:
    }
  }

  private onFocusOut(event: FocusEvent): void {
    if (event.relatedTarget && this.renderRoot.contains(event.relatedTarget as Node)) return;
    this.commit();
    this.touched = true;
  }

  /** Leaving the box: the highlighted or exactly matching option wins; otherwise the text stays. */
  private commit(): void {
    const typed = this.text.trim();
    if (!typed) {
      this.choose(undefined);
      return;
    }
    if (this.selectedOption && this.text === this.selectedOption.label) {
      this.close();
      return;
    }
    const list = this.filtering ? this.filtered : filterOptions(this.options, typed);
    const exact = filterOptions(this.options, typed, { exact: true });
    const pick =
      (this.open && this.filtering && this.active >= 0 ? list[this.active] : undefined) ??
      (exact.length === 1 ? exact[0] : undefined) ??
      (list.length === 1 ? list[0] : undefined);
    if (pick) {
      this.choose(pick);
      return;
    }
    // No option: keep what the user typed and say so.
    this.close();
    this.keepText = true;
    if (this.value) {
      this.value = '';
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  private onToggle(): void {
    if (this.open) this.close();
    else this.openList(Math.max(0, this.indexOfSelected(this.filtered)));
    this.input?.focus();
  }

  private ownMessage(): string | undefined {
    const t = this.localize.msg;
    if (this.keepText && this.text.trim()) return t('Choose an option from the list', { id: 'combobox.choose' });
    if (this.required && !this.value) return t('Choose an option from the list', { id: 'combobox.choose' });
    return undefined;
  }

  /** The error shown now: text matching no option beats the host's error. */
  private shownError(): string | undefined {
    if (this.keepText && this.text.trim() && (this.touched || this.submitted)) return this.ownMessage();
    if (this.error) return this.error;
    return this.touched || this.submitted ? this.ownMessage() : undefined;
  }

  protected override showErrors(): void {
    this.submitted = true;
  }

  protected override formValue(): FormValue {
    return this.value || null;
  }

  protected override formValidity(): FormValidity | null {
    const anchor = this.input;
    if (this.keepText && this.text.trim()) return { flags: { badInput: true }, message: this.ownMessage()!, anchor };
    if (this.required && !this.value) return { flags: { valueMissing: true }, message: this.ownMessage()!, anchor };
    if (this.error) return { flags: { customError: true }, message: this.error, anchor };
    return null;
  }

  protected override formReset(): void {
    this.keepText = false;
    this.touched = false;
    this.submitted = false;
    this.value = this.defaultValue;
    this.text = this.selectedOption?.label ?? '';
  }

  protected override formRestore(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  override render() {
    const error = this.shownError();
    const activeId = this.open && this.active >= 0 && this.filtered[this.active] ? `opt-${this.active}` : undefined;
    return field({
      id: 'input',
      t: this.localize.msg,
      label: this.label,
      help: this.help,
      hint: this.hint,
      error,
      required: this.required,
      control: (a) => html`<div class="control" part="control">
          <input
            id=${a.id}
            part="input"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${this.open ? 'true' : 'false'}
            aria-controls="listbox"
            aria-activedescendant=${ifDefined(activeId)}
            aria-describedby=${ifDefined(a.describedBy)}
            aria-invalid=${a.invalid ? 'true' : 'false'}
            aria-required=${this.required ? 'true' : 'false'}
            placeholder=${ifDefined(this.placeholder)}
            ?disabled=${this.isDisabled}
            .value=${live(this.text)}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @focusout=${this.onFocusOut}
            @click=${() => !this.open && this.openList(Math.max(0, this.indexOfSelected(this.filtered)))}
          />
          <button
            class="toggle"
            part="toggle"
            type="button"
            tabindex="-1"
            aria-label=${this.localize.msg('Show options', { id: 'combobox.toggle' })}
            aria-controls="listbox"
            aria-expanded=${this.open ? 'true' : 'false'}
            ?disabled=${this.isDisabled}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${this.onToggle}
          >
            ${chevron}
          </button>
        </div>
        <div class="popup" part="popup" popover="manual" @mousedown=${(e: Event) => e.preventDefault()}>
          <ul role="listbox" id="listbox" part="listbox" aria-labelledby="input-label">
            ${this.open
              ? this.filtered.map(
                  (option, i) =>
                    html`<li
                      role="option"
                      id="opt-${i}"
                      part="option"
                      class=${i === this.active ? 'active' : ''}
                      aria-selected=${option.value === this.value ? 'true' : 'false'}
                      @click=${() => this.choose(option)}
                      @mousemove=${() => (this.active = i)}
                    >
                      <span>${option.label}</span>${option.detail
                        ? html`<span class="detail">${option.detail}</span>`
                        : nothing}
                    </li>`,
                )
              : nothing}
          </ul>
          ${this.open && !this.filtered.length
            ? html`<p class="empty" role="status">${this.localize.msg('No matches', { id: 'combobox.empty' })}</p>`
            : nothing}
        </div>`,
    });
  }
}
