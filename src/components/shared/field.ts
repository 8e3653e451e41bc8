import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { str } from '@lit/localize';
import type { Lookup } from '../../i18n/lookup.js';

/**
 * Template helpers for labelled fields. A widget renders its native controls in its own
 * shadow root with these, so a label, its control, the help text, the hint tooltip and the error
 * all share one root and `for` / `aria-describedby` just work.
 *
 * ```ts
 * field({
 *   id: fieldId('phone'), label: t('Phone', { id: 'user.phone' }), help: …, hint: …, t,
 *   error: this.validation.error('phone'),
 *   control: (a) => html`<input id=${a.id} part="input" aria-describedby=${ifDefined(a.describedBy)}
 *     aria-invalid=${a.invalid ? 'true' : 'false'} data-field="phone" …>`,
 * })
 * ```
 */

/** What a control must carry so that the field's label, help and error reach assistive tech. */
export interface ControlA11y {
  id: string;
  /** Ids of the help text and (when shown) the error, space separated; undefined when none. */
  describedBy?: string;
  /** True while an error is shown: set `aria-invalid` from it. */
  invalid: boolean;
  required: boolean;
}

export interface FieldOptions {
  /** The control's id (see `fieldId`). The label, help, hint and error ids derive from it. */
  id: string;
  /** The element's lookup, for the words the field adds ("(optional)", "Error:"). */
  t: Lookup;
  label: string;
  control: (a11y: ControlA11y) => TemplateResult;
  /** Short text under the label, always visible. */
  help?: string;
  /** Longer explanation in a tooltip behind a "?" button (needs a `HintController` on the host). */
  hint?: string;
  /** The error to show now (the caller applies the "after touch or submit" rule). */
  error?: string;
  /** Required fields are not marked; optional ones say "(optional)". Default true. */
  required?: boolean;
  /** Extra class on the wrapper (layout: `wide`, `narrow`). */
  class?: string;
  /** Content after the control, inside the field (an autofill note), in one row of the field's grid. */
  after?: TemplateResult | typeof nothing;
}

/** A stable, valid id for the control behind a validation key such as `a3.iban`. */
export function fieldId(key: string): string {
  return `f-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The `aria-describedby` of a control: its help, then its error when one is shown. */
export function describedBy(id: string, help: boolean, error: boolean): string | undefined {
  const ids = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** The "?" button and its tooltip. */
export function hint(id: string, label: string, text: string, t: Lookup): TemplateResult {
  const tip = `${id}-hint`;
  return html`<button
      type="button"
      class="hint"
      part="hint"
      data-hint=${tip}
      aria-describedby=${tip}
      aria-label=${t(str`More about: ${label}`, { id: 'field.hint' })}
    >
      ?</button
    ><span id=${tip} role="tooltip" class="tooltip" part="tooltip" popover="manual">${text}</span>`;
}

/**
 * The error slot under a control. Always rendered, so that its `aria-live="polite"` region
 * exists before a message arrives and screen readers announce it when it does.
 */
export function fieldError(id: string, error: string | undefined, t: Lookup): TemplateResult {
  return html`<p id="${id}-error" class="error" part="error" aria-live="polite">
    ${error
      ? html`<span class="visually-hidden">${t('Error:', { id: 'field.error-prefix' })} </span>${error}`
      : nothing}
  </p>`;
}

/** A labelled field: label (with "(optional)" and a hint), help, the control, the error. */
export function field(options: FieldOptions): TemplateResult {
  const { id, label, help, hint: hintText, error, required = true, t } = options;
  const a11y: ControlA11y = { id, describedBy: describedBy(id, !!help, !!error), invalid: !!error, required };
  return html`<div class="field ${options.class ?? ''}" part="field${error ? ' field-invalid' : ''}">
    <div class="label-row">
      <label for=${id} id="${id}-label" part="label"
        >${label}${required ? nothing : html` <span class="optional">${t('(optional)', { id: 'field.optional' })}</span>`}</label
      >${hintText ? hint(id, label, hintText, t) : nothing}
    </div>
    ${help ? html`<p id="${id}-help" class="help" part="help">${help}</p>` : nothing}
    ${options.control(a11y)}
    ${options.after && options.after !== nothing ? html`<div class="field-after">${options.after}</div>` : nothing}
    ${fieldError(id, error, t)}
  </div>`;
}

export interface SummaryItem {
  /** The id of the control the link focuses. */
  id: string;
  message: string;
  /**
   * Focuses a control that lives inside a nested element (a bank account's field in the bank
   * editor), where no id of this root reaches; true when it did.
   */
  focus?: () => boolean;
}

/**
 * Moves focus to the control with this id in `root` and scrolls it into view. A fragment link
 * cannot reach into a shadow root, so summary links call this.
 */
export function focusControl(root: Document | ShadowRoot, id: string): boolean {
  const target = root.getElementById(id);
  if (!target) return false;
  target.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  (target as HTMLElement).focus({ preventScroll: true });
  return true;
}

function onSummaryClick(event: MouseEvent): void {
  // A link with its own focus action took care of it.
  if (event.defaultPrevented) return;
  const link = (event.target as Element).closest('a');
  if (!link) return;
  const id = link.getAttribute('href')?.slice(1);
  if (id && focusControl(link.getRootNode() as ShadowRoot, id)) event.preventDefault();
}

/**
 * The error summary shown after a submit: a heading and one link per error; a link moves focus
 * to its field. Give the wrapper `tabindex="-1"` focus after a failed submit
 * (`ValidationController` does) so that keyboard and screen reader users land on it.
 */
export function errorSummary(items: readonly SummaryItem[], t: Lookup, heading?: string): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<div class="summary" part="summary" role="alert" tabindex="-1" data-error-summary @click=${onSummaryClick}>
    <p class="summary-heading" part="summary-heading">
      ${heading ?? t('Please correct the following:', { id: 'field.summary-heading' })}
    </p>
    <ul>
      ${items.map(
        (item) =>
          html`<li><a href="#${item.id}" part="summary-link" @click=${item.focus ? (e: Event) => item.focus!() && e.preventDefault() : nothing}>${item.message}</a></li>`,
      )}
    </ul>
  </div>`;
}

export { ifDefined };
