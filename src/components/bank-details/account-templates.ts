import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { str } from '@lit/localize';
import type { Lookup } from '../../i18n/lookup.js';
import { field, fieldError, fieldId } from '../shared/field.js';
import { datePattern, tidyDate } from '../shared/dates.js';
import type { ComboboxOption } from '../shared/combobox/combobox.js';
import { accountTypeName, listAccountTypes, isAccountType } from '../../model/reference/account-types.js';
import type { KzBank } from '../../model/banks.js';
import type { ModelLocale } from '../../model/reference/locale.js';
import { bankAccountFieldRequired } from '../../model/bank-account-rules.js';
import { usesIban, type AccountDraft, type DraftField } from './account-draft.js';
import { bankOptions, countryOptions, currencyOptions } from './account-options.js';
import { accountTitle, fieldLabel, mismatchAction, mismatchText } from './account-texts.js';
import type { LoadedDirectory } from './bank-directory-controller.js';

/**
 * Templates and texts of the bank-details element's accounts: a card, its fields, its remove
 * confirmation. Everything they show or call comes in as arguments.
 */

/** What the user can do to an account. */
export interface AccountHandlers {
  setField(draft: AccountDraft, fieldName: DraftField, value: string): void;
  chooseBank(draft: AccountDraft, bic: string): void;
  makeMain(draft: AccountDraft): void;
  edit(draft: AccountDraft): void;
  done(draft: AccountDraft): void;
  askRemove(draft: AccountDraft): void;
  cancelRemove(draft: AccountDraft): void;
  remove(draft: AccountDraft): void;
  /** Takes the bank the IBAN names, for BIC and bank name that contradicted it. */
  useIbanBank(draft: AccountDraft): void;
}

/** What an account's fields show. */
export interface AccountFieldsContext {
  readonly draft: AccountDraft;
  /** The element's locale (options, bank names, the comboboxes' locale). */
  readonly locale: ModelLocale;
  readonly resident: boolean;
  readonly disabled: boolean;
  /** The bank directory, once loaded. */
  readonly directory: LoadedDirectory | undefined;
  /** The error shown under a field (by `draftKey.field`, or `draftKey` for the account), if any. */
  readonly error: (key: string) => string | undefined;
  /** The bank the IBAN names, when the BIC or the bank name entered contradict it. */
  readonly contradicted?: KzBank;
  readonly on: AccountHandlers;
  /** The element's lookup: every word of the card is in the element's locale. */
  readonly t: Lookup;
}

/** What an account's card shows. */
export interface AccountCardContext extends AccountFieldsContext {
  readonly index: number;
  /** Its fields are open. */
  readonly open: boolean;
  /** Its removal awaits confirmation. */
  readonly confirming: boolean;
  /** There is more than one account (a "main" choice instead of a badge). */
  readonly several: boolean;
  readonly headingLevel: number;
}

/** Whether the model requires a field of this account ("(optional)" is never shown on what it requires). */
function required(ctx: AccountFieldsContext, fieldName: DraftField): boolean {
  const { draft, resident } = ctx;
  const field = fieldName === 'account' ? (usesIban(draft) ? 'iban' : 'accountNumber') : fieldName;
  return bankAccountFieldRequired(field, { resident, country: draft.country || undefined });
}

/** The warning that BIC or bank name contradict the bank the IBAN names (a warning: see docs/forms.md). */
function mismatchWarning(ctx: AccountFieldsContext, bank: KzBank | undefined): TemplateResult | typeof nothing {
  if (!bank) return nothing;
  const { draft, locale, on, disabled, t } = ctx;
  return html`<div class="warning" part="bank-mismatch">
    <p id="mismatch-${draft.key}">${mismatchText(bank, locale, t)}</p>
    <button type="button" class="button quiet" part="bank-mismatch-action" ?disabled=${disabled} @click=${() => on.useIbanBank(draft)}>
      ${mismatchAction(bank, locale, t)}
    </button>
  </div>`;
}

/** The one-line description of a closed card. */
export function overview(draft: AccountDraft, locale: ModelLocale, t: Lookup): string {
  const parts = [
    draft.bankName,
    draft.account,
    draft.currency,
    isAccountType(draft.accountType) ? accountTypeName(draft.accountType, locale) : '',
  ];
  return parts.filter(Boolean).join(' · ') || t('New account', { id: 'bank.new-account' });
}

function textField(
  ctx: AccountFieldsContext,
  fieldName: DraftField,
  options: {
    help?: string;
    hint?: string;
    type?: string;
    inputmode?: string;
    autocomplete?: string;
    format?: string;
    maxlength?: number;
    placeholder?: string;
    /** Rewrites what was typed when the user leaves the box (a date as 31.12.2024). */
    tidy?: (raw: string) => string;
    class?: string;
    after?: TemplateResult | typeof nothing;
    /** More ids that describe the control (a warning after it). */
    describedBy?: string;
  } = {},
): TemplateResult {
  const { draft } = ctx;
  const key = `${draft.key}.${fieldName}`;
  const tidy = options.tidy;
  return field({
    id: fieldId(key),
    t: ctx.t,
    label: fieldLabel(fieldName, draft, ctx.t),
    help: options.help,
    hint: options.hint,
    error: ctx.error(key),
    required: required(ctx, fieldName),
    class: options.class,
    after: options.after,
    control: (a) =>
      html`<input
        id=${a.id}
        part="input"
        type=${options.type ?? 'text'}
        data-field=${key}
        data-format=${ifDefined(options.format)}
        inputmode=${ifDefined(options.inputmode)}
        autocomplete=${options.autocomplete ?? 'off'}
        spellcheck="false"
        maxlength=${ifDefined(options.maxlength)}
        placeholder=${ifDefined(options.placeholder)}
        aria-describedby=${ifDefined([a.describedBy, options.describedBy].filter(Boolean).join(' ') || undefined)}
        aria-invalid=${a.invalid ? 'true' : 'false'}
        aria-required=${a.required ? 'true' : 'false'}
        ?disabled=${ctx.disabled}
        .value=${live(draft[fieldName] as string)}
        @input=${(e: Event) => ctx.on.setField(draft, fieldName, (e.target as HTMLInputElement).value)}
        @change=${tidy ? (e: Event) => tidyField(ctx, fieldName, e.target as HTMLInputElement, tidy) : undefined}
      />`,
  });
}

/** The box's text rewritten on leaving it, when that changes it (before the element's own `change` goes out). */
function tidyField(ctx: AccountFieldsContext, fieldName: DraftField, input: HTMLInputElement, tidy: (raw: string) => string): void {
  const tidied = tidy(input.value);
  if (tidied !== input.value) ctx.on.setField(ctx.draft, fieldName, tidied);
}

function combobox(
  ctx: AccountFieldsContext,
  fieldName: DraftField,
  options: readonly ComboboxOption[],
  value: string,
  onChoose: (value: string) => void,
  extra: { help?: string; hint?: string; class?: string } = {},
): TemplateResult {
  const { draft } = ctx;
  const key = `${draft.key}.${fieldName}`;
  return html`<tirkeu-combobox
    id=${fieldId(key)}
    class="field ${extra.class ?? ''}"
    part="field"
    exportparts="field, label, help, hint, tooltip, input, error, listbox, option"
    data-field=${key}
    locale=${ctx.locale}
    label=${fieldLabel(fieldName, draft, ctx.t)}
    help=${ifDefined(extra.help)}
    hint=${ifDefined(extra.hint)}
    error=${ctx.error(key) ?? ''}
    ?required=${required(ctx, fieldName)}
    ?disabled=${ctx.disabled}
    .options=${options}
    .value=${value}
    @change=${(e: Event) => onChoose((e.target as HTMLInputElement).value)}
  ></tirkeu-combobox>`;
}

/** The grid of fields of an open card. */
export function accountFields(ctx: AccountFieldsContext): TemplateResult {
  const { draft, locale, directory, resident, on, t } = ctx;
  const key = draft.key;
  const isKz = draft.country === 'KZ';
  const iban = usesIban(draft);
  // Dates as the registration forms type and show them (shared/dates.ts), not the browser's date box.
  const date = { placeholder: datePattern(t), tidy: tidyDate };
  const typeKey = `${key}.accountType`;
  // Filled from the directory: only ever from a valid IBAN or a BIC it knows (account-draft.ts).
  const autofillNote = (fieldName: 'bic' | 'bankName') =>
    draft.autofilled[fieldName] && draft[fieldName]
      ? html`<p class="autofill-note" part="autofill-note">${t('From the bank directory', { id: 'bank.from-directory' })}</p>`
      : nothing;
  return html`<div class="fields" part="fields">
    ${combobox(ctx, 'country', countryOptions(locale), draft.country, (v) => on.setField(draft, 'country', v))}
    ${textField(ctx, 'account', {
      class: 'wide',
      format: iban ? 'iban' : undefined,
      maxlength: 42,
      help: iban
        ? isKz || !draft.country
          ? t('20 characters, starting with KZ', { id: 'bank.iban-help-kz' })
          : t('As on your bank statement', { id: 'bank.iban-help' })
        : t('As on your bank statement', { id: 'bank.iban-help' }),
      hint: iban
        ? t(
            'The international bank account number. A Kazakh IBAN has 20 characters: KZ, two check digits, the bank code and the account. Spaces and dashes are fine. For a Kazakh IBAN the bank and BIC are filled in for you.',
            { id: 'bank.iban-hint' },
          )
        : t('Banks in this country do not use IBAN: enter the account number (letters and digits, up to 34).', {
            id: 'bank.account-number-hint',
          }),
    })}
    ${textField(ctx, 'bic', {
      maxlength: 11,
      hint: t('8 or 11 letters and digits, for example HSBKKZKX.', { id: 'bank.bic-hint' }),
      after: html`${autofillNote('bic')}${mismatchWarning(ctx, ctx.contradicted)}`,
      describedBy: ctx.contradicted ? `mismatch-${key}` : undefined,
    })}
    ${isKz
      ? combobox(
          ctx,
          'bankName',
          bankOptions(locale, directory),
          directory?.lookupKzBankByBic(draft.bic)?.bic ?? '',
          (bic) => on.chooseBank(draft, bic),
          { class: 'wide' },
        )
      : textField(ctx, 'bankName', { class: 'wide', autocomplete: 'off', after: autofillNote('bankName') })}
    ${combobox(ctx, 'currency', currencyOptions(locale), draft.currency, (v) => on.setField(draft, 'currency', v))}
    ${field({
      id: fieldId(typeKey),
      t,
      label: fieldLabel('accountType', draft, t),
      error: ctx.error(typeKey),
      required: required(ctx, 'accountType'),
      control: (a) =>
        html`<select
          id=${a.id}
          part="input"
          data-field=${typeKey}
          aria-describedby=${ifDefined(a.describedBy)}
          aria-invalid=${a.invalid ? 'true' : 'false'}
          aria-required="true"
          ?disabled=${ctx.disabled}
          @change=${(e: Event) => on.setField(draft, 'accountType', (e.target as HTMLSelectElement).value)}
        >
          ${isAccountType(draft.accountType) ? nothing : html`<option value="" ?selected=${!draft.accountType}></option>`}
          ${listAccountTypes(locale).map(
            (type) => html`<option value=${type.code} ?selected=${type.code === draft.accountType}>${type.name}</option>`,
          )}
        </select>`,
    })}
    ${textField(ctx, 'kbe', {
      class: 'narrow',
      inputmode: 'numeric',
      maxlength: 2,
      help: resident ? t('For example 17', { id: 'bank.kbe-help-resident' }) : t('For example 27', { id: 'bank.kbe-help' }),
      hint: t(
        'Two digits from your bank letter: 1 for residents of Kazakhstan or 2 for non-residents, then the sector of the economy (7 for private companies, 9 for individuals and entrepreneurs).',
        { id: 'bank.kbe-hint' },
      ),
    })}
    ${textField(ctx, 'openedOn', date)}
    ${textField(ctx, 'closedOn', date)}
  </div>`;
}

/**
 * Escape in the "remove this account?" question keeps the account, as it would close a dialog
 * asking the same; the key is used up, so that a dialog around the editor stays open.
 */
function keepOnEscape(draft: AccountDraft, on: AccountHandlers): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    on.cancelRemove(draft);
  };
}

/** The inline "remove this account?" question. */
export function removeConfirmation(draft: AccountDraft, title: string, on: AccountHandlers, t: Lookup): TemplateResult {
  return html`<div class="confirm" part="confirm" role="group" aria-labelledby="confirm-${draft.key}" @keydown=${keepOnEscape(draft, on)}>
    <p id="confirm-${draft.key}">
      ${t(str`Remove ${title}? This cannot be undone.`, { id: 'bank.confirm-remove' })}
    </p>
    <div class="actions">
      <button
        type="button"
        class="button danger primary"
        part="confirm-button"
        id="confirm-remove-${draft.key}"
        @click=${() => on.remove(draft)}
      >
        ${t('Remove', { id: 'bank.remove-yes' })}
      </button>
      <button
        type="button"
        class="button"
        part="cancel-button"
        id="cancel-${draft.key}"
        @click=${() => on.cancelRemove(draft)}
      >
        ${t('Keep', { id: 'bank.remove-no' })}
      </button>
    </div>
  </div>`;
}

/** The buttons of a card: Edit or Done, and Remove. */
function cardActions(draft: AccountDraft, open: boolean, titleId: string, disabled: boolean, on: AccountHandlers, t: Lookup): TemplateResult {
  return html`<div class="actions" part="actions">
    ${open
      ? html`<button type="button" class="button" part="done-button" id="done-${draft.key}" aria-describedby=${titleId} ?disabled=${disabled} @click=${() => on.done(draft)}>
          ${t('Done', { id: 'bank.done' })}
        </button>`
      : html`<button type="button" class="button" part="edit-button" id="edit-${draft.key}" aria-describedby=${titleId} ?disabled=${disabled} @click=${() => on.edit(draft)}>
          ${t('Edit', { id: 'bank.edit' })}
        </button>`}
    <button
      type="button"
      class="button danger quiet"
      part="remove-button"
      id="remove-${draft.key}"
      aria-describedby=${titleId}
      ?disabled=${disabled}
      @click=${() => on.askRemove(draft)}
    >
      ${t('Remove', { id: 'bank.remove' })}
    </button>
  </div>`;
}

/** One account: title row, fields or overview, actions or the remove confirmation. */
export function accountCard(ctx: AccountCardContext): TemplateResult {
  const { draft, open, several, disabled, on, t } = ctx;
  const title = accountTitle(ctx.index, t);
  const titleId = `title-${draft.key}`;
  return html`<li
    class="account ${open ? 'open' : ''}"
    part="account${draft.isMain ? ' account-main' : ''}"
    data-account=${draft.key}
    aria-labelledby=${titleId}
  >
    <div class="account-header" part="account-header">
      <span class="account-title" part="account-title" id=${titleId} role="heading" aria-level=${ctx.headingLevel}
        >${title}</span
      >
      ${draft.isMain && !several
        ? html`<span class="badge" part="main-badge">${t('Main account', { id: 'bank.main' })}</span>`
        : nothing}
      ${several
        ? html`<label class="main" part="main"
            ><input
              type="radio"
              name="main"
              .checked=${live(draft.isMain)}
              ?disabled=${disabled}
              aria-describedby=${titleId}
              @change=${() => on.makeMain(draft)}
            />${t('Main account', { id: 'bank.main' })}</label
          >`
        : nothing}
    </div>
    ${fieldError(`account-${draft.key}`, ctx.error(draft.key), t)}
    ${open
      ? accountFields(ctx)
      : html`<p class="overview" part="account-overview">${overview(draft, ctx.locale, t)}</p>
          ${mismatchWarning(ctx, ctx.contradicted)}`}
    ${ctx.confirming ? removeConfirmation(draft, title, on, t) : cardActions(draft, open, titleId, disabled, on, t)}
  </li>`;
}
