import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { TirkeuFormElement, type FormValidity, type FormValue } from '../shared/form-element.js';
import { ValidationController } from '../shared/validation-controller.js';
import { HintController } from '../shared/hint-controller.js';
import { FormatController } from '../shared/format-controller.js';
import { errorSummary, field, fieldId } from '../shared/field.js';
import { groupsOfFour } from '../shared/caret-format.js';
import { accountValidationMessage } from '../shared/validation-messages/account.js';
import { themeStyles } from '../shared/theme.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import type { ComboboxOption } from '../shared/combobox/combobox.js';
import '../shared/combobox/define.js';
import { bankDetailsStyles } from './bank-details.styles.js';
import { listCountries } from '../../model/reference/countries.js';
import { listCurrencies } from '../../model/reference/currencies.js';
import { accountTypeName, listAccountTypes, isAccountType } from '../../model/reference/account-types.js';
import type { KzBank } from '../../model/banks.js';
import type { ModelLocale } from '../../model/reference/locale.js';
import { resolveLocale } from '../../i18n/locale.js';
import { isLocaleLoaded } from '../../i18n/localize.js';
import {
  autofillFromBic,
  autofillFromIban,
  DRAFT_FIELDS,
  emptyDraft,
  fromDraft,
  normaliseMain,
  relocaliseBankName,
  toDraft,
  usesIban,
  validateDraft,
  type AccountDraft,
  type BankAccount,
  type BankDirectory,
  type DraftField,
} from './account-draft.js';

export type { BankAccount };

/** Options of the reference-data comboboxes, built once per locale. */
const optionCache = new Map<string, ComboboxOption[]>();
function cached(key: string, build: () => ComboboxOption[]): ComboboxOption[] {
  let options = optionCache.get(key);
  if (!options) optionCache.set(key, (options = build()));
  return options;
}
const FIRST_CURRENCIES = ['KZT', 'USD', 'EUR', 'RUB', 'CNY'];
function countryOptions(locale: ModelLocale): ComboboxOption[] {
  return cached(`country:${locale}`, () => {
    const all = listCountries(locale).map((c) => ({ value: c.code, label: c.name, detail: c.code }));
    // Most accounts are Kazakh: Kazakhstan first.
    return [...all.filter((c) => c.value === 'KZ'), ...all.filter((c) => c.value !== 'KZ')];
  });
}
function currencyOptions(locale: ModelLocale): ComboboxOption[] {
  return cached(`currency:${locale}`, () => {
    const all = listCurrencies(locale).map((c) => ({ value: c.code, label: c.name, detail: c.code }));
    const first = FIRST_CURRENCIES.map((code) => all.find((c) => c.value === code)!).filter(Boolean);
    return [...first, ...all.filter((c) => !FIRST_CURRENCIES.includes(c.value))];
  });
}
/**
 * The Kazakh bank directory, loaded on demand: it is needed only for Kazakh accounts, and its
 * names in three languages are a good part of the element's size. Nothing here may import the
 * model's banks or bank-lookup modules statically, or the directory is back in the bundle.
 */
type LoadedDirectory = NonNullable<BankDirectory> & { readonly kzBanks: readonly KzBank[] };
let directory: LoadedDirectory | undefined;
let directoryLoading: Promise<unknown> | undefined;
function loadDirectory(): Promise<unknown> {
  return (directoryLoading ??= Promise.all([import('../../model/banks.js'), import('../../model/bank-lookup.js')]).then(
    ([banks, lookup]) => (directory = { kzBanks: banks.kzBanks, ...lookup }),
    () => {
      // Offline or a failed chunk: the next element tries again; until then no autofill.
      directoryLoading = undefined;
    },
  ));
}
function bankOptions(locale: ModelLocale, loaded: LoadedDirectory | undefined): ComboboxOption[] {
  if (!loaded) return [];
  return cached(`bank:${locale}`, () =>
    loaded.kzBanks.map((bank) => ({
      value: bank.bic,
      label: bank.names[locale],
      detail: bank.bic,
      keywords: `${bank.names.en} ${bank.names.ru} ${bank.names.kk} ${bank.code}`,
    })),
  );
}

/**
 * An editor for one or more bank accounts: bank country, IBAN (or the account number where
 * banks have no IBAN), SWIFT/BIC, bank name, currency, account type, beneficiary code (KBe),
 * opening and closing dates; one account is the main one. A Kazakh IBAN fills the bank's name
 * (in the element's language) and BIC from the National Bank's directory.
 *
 * Errors show under a field once the user has changed and left it, and all at once with a
 * summary after `validate()`, `reportValidity()` or a submit of the surrounding form.
 *
 * @summary Bank accounts: add, edit, remove, choose the main one; IBAN, BIC, KBe checked as typed.
 *
 * @fires input - While the user types in any field.
 * @fires change - When the value changed: a field was committed, an account added, removed or made main.
 *
 * @slot empty - Shown when there are no accounts yet (default: a short sentence).
 *
 * @csspart summary - The error summary shown after a submit.
 * @csspart summary-heading - Its heading.
 * @csspart summary-link - A link in it that moves focus to a field.
 * @csspart accounts - The list of accounts.
 * @csspart account - One account (a card).
 * @csspart account-main - The card of the main account (with `account`).
 * @csspart account-header - The card's title row.
 * @csspart account-title - The card's title.
 * @csspart account-overview - The one-line description of a closed card.
 * @csspart main - The "main account" choice.
 * @csspart main-badge - The "Main" badge.
 * @csspart fields - The grid of fields of an open card.
 * @csspart field - A field: label, help, control, error.
 * @csspart label - A field's label.
 * @csspart help - A field's help text.
 * @csspart hint - The "?" button of a field's hint.
 * @csspart tooltip - A hint's tooltip.
 * @csspart input - A text box, select or combobox text box.
 * @csspart error - A field's error message.
 * @csspart autofill-note - The note that a field was filled from the bank directory.
 * @csspart actions - The buttons of a card.
 * @csspart edit-button - Opens a card.
 * @csspart done-button - Closes an open card after checking it.
 * @csspart remove-button - Asks to remove an account.
 * @csspart confirm - The inline "remove this account?" question.
 * @csspart confirm-button - Removes the account.
 * @csspart cancel-button - Keeps the account.
 * @csspart add-button - Adds an account.
 * @csspart empty - The text shown when there are no accounts.
 *
 * @cssprop --tirkeu-color-primary - Buttons, focus ring, selected options.
 * @cssprop --tirkeu-color-on-primary - Text on primary buttons.
 * @cssprop --tirkeu-color-surface - Background of inputs and popups.
 * @cssprop --tirkeu-color-surface-alt - Background of account cards.
 * @cssprop --tirkeu-color-text - Text.
 * @cssprop --tirkeu-color-muted - Help texts and secondary text.
 * @cssprop --tirkeu-color-border - Borders of inputs and cards.
 * @cssprop --tirkeu-color-danger - Errors.
 * @cssprop --tirkeu-color-success - The "Main" badge.
 * @cssprop --tirkeu-radius - Corner radius.
 * @cssprop --tirkeu-space - Base spacing.
 * @cssprop --tirkeu-font - Font (default: inherited from the page).
 * @cssprop --tirkeu-input-background - Background of text boxes.
 * @cssprop --tirkeu-input-border-color - Border of text boxes.
 * @cssprop --tirkeu-bank-account-background - Background of an account card.
 * @cssprop --tirkeu-bank-account-border-color - Border of an account card.
 */
export class TirkeuBankDetails extends TirkeuFormElement {
  static override styles = [themeStyles, fieldStyles, bankDetailsStyles];

  /**
   * The registrant is a resident of Kazakhstan: the KBe is required and starts with 1, new
   * accounts start as Kazakh accounts in tenge.
   */
  @property({ type: Boolean, reflect: true }) resident = false;

  /** At least one account is needed. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** The heading level of each account's title (the host page's outline decides). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The value a form reset goes back to; defaults to the first `value` set. */
  @property({ attribute: false }) defaultValue: BankAccount[] = [];

  @state() private drafts: AccountDraft[] = [];
  /** Keys of the accounts whose fields are open. */
  @state() private open = new Set<string>();
  /** Key of the account whose removal awaits confirmation. */
  @state() private confirming?: string;
  /** Polite status text (autofill, removal). */
  @state() private status = '';

  private defaultTaken = false;
  /** What waits for the bank directory: drafts typed into before it came (by key), and a locale switch. */
  private awaitingDirectory = new Map<string, 'account' | 'bic'>();
  private relocaliseWhenLoaded = false;
  private focusAfterUpdate?: string;
  private renderedLocale?: string;

  private readonly validation = new ValidationController(this, {
    validate: () => this.codes(),
    message: (code) => accountValidationMessage(code),
    idFor: (key) => (key === 'accounts' ? 'add-account' : fieldId(key)),
  });
  protected readonly hints = new HintController(this);
  protected readonly formats = new FormatController(this, { iban: groupsOfFour });

  /** The accounts, as typed (normalised where valid). */
  get value(): BankAccount[] {
    return this.drafts.map(fromDraft);
  }

  set value(accounts: readonly Partial<BankAccount>[] | null | undefined) {
    const list = Array.isArray(accounts) ? accounts : [];
    if (!this.defaultTaken) {
      this.defaultTaken = true;
      this.defaultValue = list.map((a) => ({ ...a }) as BankAccount);
    }
    const old = this.drafts;
    const drafts = normaliseMain(list.map(toDraft));
    // A host that echoes the value back (a controlled input) must not close what the user edits.
    if (this.hasUpdated && JSON.stringify(drafts.map(fromDraft)) === JSON.stringify(this.value)) return;
    this.drafts = drafts;
    this.open = new Set();
    this.confirming = undefined;
    this.validation.reset();
    this.requestUpdate('value', old);
  }

  private get modelLocale(): ModelLocale {
    return this.localize.locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!directory) void loadDirectory().then(() => this.directoryLoaded());
  }

  /** Rendering is complete once the bank directory, if it is loading, came and was used. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (directory || !directoryLoading) return done;
    await directoryLoading;
    return super.getUpdateComplete();
  }

  /** Does now what the bank directory was missing for: autofill, bank names in the locale, the bank list. */
  private directoryLoaded(): void {
    if (!directory) return;
    const pending = this.awaitingDirectory;
    this.awaitingDirectory = new Map();
    const relocalise = this.relocaliseWhenLoaded;
    this.relocaliseWhenLoaded = false;
    let changed = false;
    let status = '';
    const next = this.drafts.map((d) => {
      let draft = relocalise ? relocaliseBankName(d, this.modelLocale, directory) : d;
      const typed = pending.get(d.key);
      if (typed === 'account') {
        const { draft: filled, filled: didFill } = autofillFromIban(draft, this.modelLocale, directory);
        if (didFill && filled.autofilled.bankName) status = this.autofilledStatus(filled);
        draft = filled;
      } else if (typed === 'bic') {
        draft = autofillFromBic(draft, this.modelLocale, directory);
      }
      if (JSON.stringify(draft) === JSON.stringify(d)) return d;
      changed = true;
      return draft;
    });
    if (status) this.status = status;
    if (changed) {
      this.drafts = next;
      if (pending.size) this.emitInput();
    }
    this.requestUpdate();
  }

  private autofilledStatus(filled: AccountDraft): string {
    return this.localize.run(() =>
      msg(str`Filled in from the IBAN: ${filled.bankName}, BIC ${filled.bic}.`, { id: 'bank.autofilled' }),
    );
  }

  private codes(): Record<string, string | undefined> {
    const codes: Record<string, string | undefined> = {};
    if (this.required && !this.drafts.length) codes.accounts = 'required';
    for (const draft of this.drafts) Object.assign(codes, validateDraft(draft, { resident: this.resident }));
    return codes;
  }

  /** Shows every error and the summary; true when all accounts are valid. */
  validate(): boolean {
    this.showErrors();
    return this.validation.valid;
  }

  protected override showErrors({ focus = false }: { focus?: boolean } = {}): void {
    const codes = this.validation.check();
    // Open every account with an error, so that its fields (and the summary's links) exist.
    const withErrors = this.drafts.filter((d) => Object.keys(codes).some((k) => codes[k] && k.startsWith(`${d.key}.`)));
    if (withErrors.some((d) => !this.open.has(d.key))) this.open = new Set([...this.open, ...withErrors.map((d) => d.key)]);
    this.validation.submit({ focus });
  }

  protected override formValue(): FormValue {
    return JSON.stringify(this.value);
  }

  protected override formState(): FormValue {
    return JSON.stringify(this.drafts);
  }

  protected override formValidity(): FormValidity | null {
    const codes = this.validation.check();
    const key = Object.keys(codes).find((k) => codes[k]);
    if (!key) return null;
    const root = this.renderRoot as ShadowRoot;
    const draftKey = key.split('.')[0];
    const anchor =
      root.getElementById?.(this.validation.idFor(key)) ??
      root.querySelector?.<HTMLElement>(`[data-account="${draftKey}"] [part~="edit-button"]`) ??
      root.getElementById?.('add-account') ??
      undefined;
    const message = this.summaryMessage(key, codes[key]!);
    return {
      flags: key === 'accounts' ? { valueMissing: true } : { customError: true },
      message,
      anchor: anchor ?? undefined,
    };
  }

  protected override formReset(): void {
    this.value = this.defaultValue;
  }

  protected override formRestore(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      const drafts = JSON.parse(state) as AccountDraft[];
      if (Array.isArray(drafts)) this.drafts = drafts.map((d) => ({ ...emptyDraft(), ...d, key: emptyDraft().key }));
    } catch {
      // Not ours: ignore.
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The locale this render will use (the localize controller switches once its strings are in).
    const wanted = resolveLocale(this, this.locale);
    const locale = isLocaleLoaded(wanted) ? wanted : this.localize.locale;
    if (this.renderedLocale !== undefined && this.renderedLocale !== locale) {
      // Names from the bank directory follow the language; names the user typed stay.
      if (!directory) this.relocaliseWhenLoaded = true;
      const next = this.drafts.map((d) => relocaliseBankName(d, locale, directory));
      if (next.some((d, i) => d !== this.drafts[i])) this.drafts = next;
    }
    this.renderedLocale = locale;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterUpdate) {
      const id = this.focusAfterUpdate;
      this.focusAfterUpdate = undefined;
      const target = (this.renderRoot as ShadowRoot).getElementById(id) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
      // A combobox rendered just now has not rendered its text box yet.
      if (target?.updateComplete) void target.updateComplete.then(() => target.focus());
      else target?.focus();
    }
  }

  // ---- editing ----------------------------------------------------------------------------

  private update1(key: string, patch: (draft: AccountDraft) => AccountDraft): void {
    this.drafts = this.drafts.map((d) => (d.key === key ? patch(d) : d));
  }

  private emitInput(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private emitChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Inner `input` events stop here; the element sends its own after updating its value. */
  private onInnerInput(event: Event): void {
    if (event.target !== this) event.stopPropagation();
  }

  private onInnerChange(event: Event): void {
    event.stopPropagation();
    this.emitChange();
  }

  private setField(draft: AccountDraft, fieldName: DraftField, value: string): void {
    this.update1(draft.key, (d) => {
      let next: AccountDraft = { ...d, [fieldName]: value };
      if (fieldName === 'account') {
        const { draft: filled, filled: changed } = autofillFromIban(next, this.modelLocale, directory);
        next = filled;
        if (changed && filled.autofilled.bankName) this.status = this.autofilledStatus(filled);
        if (!directory) this.awaitingDirectory.set(d.key, 'account');
      } else if (fieldName === 'bic') {
        next = autofillFromBic({ ...next, bic: value.toUpperCase() }, this.modelLocale, directory);
        if (!directory) this.awaitingDirectory.set(d.key, 'bic');
      } else if (fieldName === 'bankName') {
        next.autofilled = { ...next.autofilled, bankName: false };
      } else if (fieldName === 'country') {
        if (value === 'KZ' && !next.currency) next.currency = 'KZT';
        // An account number typed for a country with IBANs is shown grouped, and back.
        next.account = usesIban(next) ? groupsOfFour(next.account) : next.account.replace(/ /g, '');
        next = autofillFromIban(next, this.modelLocale, directory).draft;
        if (!directory) this.awaitingDirectory.set(d.key, 'account');
      }
      return next;
    });
    this.emitInput();
  }

  private chooseBank(draft: AccountDraft, bic: string): void {
    const bank = directory?.lookupKzBankByBic(bic);
    this.update1(draft.key, (d) => ({
      ...d,
      bic: bank?.bic ?? d.bic,
      bankName: bank?.names[this.modelLocale] ?? '',
      autofilled: { bic: true, bankName: false },
    }));
    this.emitInput();
  }

  private add(): void {
    const draft = emptyDraft({
      isMain: this.drafts.length === 0,
      country: this.resident ? 'KZ' : '',
      currency: this.resident ? 'KZT' : '',
    });
    this.drafts = [...this.drafts, draft];
    this.open = new Set([...this.open, draft.key]);
    this.focusAfterUpdate = fieldId(`${draft.key}.${this.resident ? 'account' : 'country'}`);
    this.emitInput();
    this.emitChange();
  }

  private edit(draft: AccountDraft): void {
    this.open = new Set([...this.open, draft.key]);
    this.focusAfterUpdate = fieldId(`${draft.key}.country`);
  }

  /** Closes an account's fields when they are valid; otherwise shows its errors. */
  private done(draft: AccountDraft): void {
    const keys = DRAFT_FIELDS.map((f) => `${draft.key}.${f}`);
    const codes = this.validation.check();
    const invalid = keys.filter((k) => codes[k]);
    if (invalid.length) {
      this.validation.touch(...invalid);
      this.focusAfterUpdate = fieldId(invalid[0]);
      return;
    }
    const open = new Set(this.open);
    open.delete(draft.key);
    this.open = open;
    this.focusAfterUpdate = `edit-${draft.key}`;
  }

  private askRemove(draft: AccountDraft): void {
    this.confirming = draft.key;
    this.focusAfterUpdate = `cancel-${draft.key}`;
  }

  private cancelRemove(draft: AccountDraft): void {
    this.confirming = undefined;
    this.focusAfterUpdate = `remove-${draft.key}`;
  }

  private removeAccount(draft: AccountDraft): void {
    const index = this.drafts.findIndex((d) => d.key === draft.key);
    this.drafts = normaliseMain(this.drafts.filter((d) => d.key !== draft.key));
    this.validation.forget(`${draft.key}.`);
    this.confirming = undefined;
    const next = this.drafts[Math.min(index, this.drafts.length - 1)];
    this.focusAfterUpdate = next ? (this.open.has(next.key) ? `remove-${next.key}` : `edit-${next.key}`) : 'add-account';
    this.status = this.localize.run(() => msg('Account removed.', { id: 'bank.removed' }));
    this.emitInput();
    this.emitChange();
  }

  private makeMain(draft: AccountDraft): void {
    this.drafts = this.drafts.map((d) => ({ ...d, isMain: d.key === draft.key }));
    this.emitInput();
  }

  // ---- rendering --------------------------------------------------------------------------

  private fieldLabel(fieldName: DraftField, draft?: AccountDraft): string {
    switch (fieldName) {
      case 'country':
        return msg('Bank country', { id: 'bank.country' });
      case 'account':
        return draft && !usesIban(draft)
          ? msg('Account number', { id: 'bank.account-number' })
          : msg('IBAN', { id: 'bank.iban' });
      case 'bic':
        return msg('SWIFT / BIC', { id: 'bank.bic' });
      case 'bankName':
        return msg('Bank name', { id: 'bank.name' });
      case 'currency':
        return msg('Currency', { id: 'bank.currency' });
      case 'accountType':
        return msg('Account type', { id: 'bank.type' });
      case 'kbe':
        return msg('Beneficiary code (KBe)', { id: 'bank.kbe' });
      case 'openedOn':
        return msg('Opened on', { id: 'bank.opened' });
      case 'closedOn':
        return msg('Closed on', { id: 'bank.closed' });
    }
  }

  private accountTitle(index: number): string {
    return msg(str`Account ${index + 1}`, { id: 'bank.account-title' });
  }

  /** "Account 2, IBAN: …" — the summary and the validity message name the field. */
  private summaryMessage(key: string, code: string): string {
    if (key === 'accounts') return msg('Add at least one bank account.', { id: 'bank.required' });
    const [draftKey, fieldName] = key.split('.') as [string, DraftField];
    const index = this.drafts.findIndex((d) => d.key === draftKey);
    const draft = this.drafts[index];
    const where = this.drafts.length > 1 ? `${this.accountTitle(index)}, ` : '';
    return `${where}${this.fieldLabel(fieldName, draft)}: ${accountValidationMessage(code)}`;
  }

  private textField(
    draft: AccountDraft,
    fieldName: DraftField,
    options: {
      help?: string;
      hint?: string;
      required?: boolean;
      type?: string;
      inputmode?: string;
      autocomplete?: string;
      format?: string;
      maxlength?: number;
      min?: string;
      max?: string;
      class?: string;
      after?: TemplateResult | typeof nothing;
    } = {},
  ): TemplateResult {
    const key = `${draft.key}.${fieldName}`;
    return field({
      id: fieldId(key),
      label: this.fieldLabel(fieldName, draft),
      help: options.help,
      hint: options.hint,
      error: this.validation.error(key),
      required: options.required ?? true,
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
          min=${ifDefined(options.min)}
          max=${ifDefined(options.max)}
          aria-describedby=${ifDefined(a.describedBy)}
          aria-invalid=${a.invalid ? 'true' : 'false'}
          aria-required=${a.required ? 'true' : 'false'}
          ?disabled=${this.isDisabled}
          .value=${live(draft[fieldName] as string)}
          @input=${(e: Event) => this.setField(draft, fieldName, (e.target as HTMLInputElement).value)}
        />`,
    });
  }

  private combobox(
    draft: AccountDraft,
    fieldName: DraftField,
    options: readonly ComboboxOption[],
    value: string,
    onChoose: (value: string) => void,
    extra: { help?: string; hint?: string; class?: string } = {},
  ): TemplateResult {
    const key = `${draft.key}.${fieldName}`;
    return html`<tirkeu-combobox
      id=${fieldId(key)}
      class="field ${extra.class ?? ''}"
      part="field"
      exportparts="field, label, help, hint, tooltip, input, error, listbox, option"
      data-field=${key}
      locale=${this.localize.locale}
      label=${this.fieldLabel(fieldName, draft)}
      help=${ifDefined(extra.help)}
      hint=${ifDefined(extra.hint)}
      error=${this.validation.error(key) ?? ''}
      required
      ?disabled=${this.isDisabled}
      .options=${options}
      .value=${value}
      @change=${(e: Event) => onChoose((e.target as HTMLInputElement).value)}
    ></tirkeu-combobox>`;
  }

  private renderFields(draft: AccountDraft): TemplateResult {
    const locale = this.modelLocale;
    const key = draft.key;
    const isKz = draft.country === 'KZ';
    const iban = usesIban(draft);
    const today = new Date().toISOString().slice(0, 10);
    const typeKey = `${key}.accountType`;
    const autofillNote = (fieldName: 'bic' | 'bankName') =>
      draft.autofilled[fieldName] && draft[fieldName]
        ? html`<p class="autofill-note" part="autofill-note">${msg('From the bank directory', { id: 'bank.from-directory' })}</p>`
        : nothing;
    return html`<div class="fields" part="fields">
      ${this.combobox(draft, 'country', countryOptions(locale), draft.country, (v) => this.setField(draft, 'country', v))}
      ${this.textField(draft, 'account', {
        class: 'wide',
        format: iban ? 'iban' : undefined,
        maxlength: 42,
        help: iban
          ? isKz || !draft.country
            ? msg('20 characters, starting with KZ', { id: 'bank.iban-help-kz' })
            : msg('As on your bank statement', { id: 'bank.iban-help' })
          : msg('As on your bank statement', { id: 'bank.iban-help' }),
        hint: iban
          ? msg(
              'The international bank account number. A Kazakh IBAN has 20 characters: KZ, two check digits, the bank code and the account. Spaces and dashes are fine. For a Kazakh IBAN the bank and BIC are filled in for you.',
              { id: 'bank.iban-hint' },
            )
          : msg('Banks in this country do not use IBAN: enter the account number (letters and digits, up to 34).', {
              id: 'bank.account-number-hint',
            }),
      })}
      ${this.textField(draft, 'bic', {
        maxlength: 11,
        hint: msg('8 or 11 letters and digits, for example HSBKKZKX.', { id: 'bank.bic-hint' }),
        after: autofillNote('bic'),
      })}
      ${isKz
        ? this.combobox(
            draft,
            'bankName',
            bankOptions(locale, directory),
            directory?.lookupKzBankByBic(draft.bic)?.bic ?? '',
            (bic) => this.chooseBank(draft, bic),
            { class: 'wide' },
          )
        : this.textField(draft, 'bankName', { class: 'wide', autocomplete: 'off', after: autofillNote('bankName') })}
      ${this.combobox(draft, 'currency', currencyOptions(locale), draft.currency, (v) => this.setField(draft, 'currency', v))}
      ${field({
        id: fieldId(typeKey),
        label: this.fieldLabel('accountType'),
        error: this.validation.error(typeKey),
        control: (a) =>
          html`<select
            id=${a.id}
            part="input"
            data-field=${typeKey}
            aria-describedby=${ifDefined(a.describedBy)}
            aria-invalid=${a.invalid ? 'true' : 'false'}
            aria-required="true"
            ?disabled=${this.isDisabled}
            @change=${(e: Event) => this.setField(draft, 'accountType', (e.target as HTMLSelectElement).value)}
          >
            ${isAccountType(draft.accountType) ? nothing : html`<option value="" ?selected=${!draft.accountType}></option>`}
            ${listAccountTypes(locale).map(
              (t) => html`<option value=${t.code} ?selected=${t.code === draft.accountType}>${t.name}</option>`,
            )}
          </select>`,
      })}
      ${this.textField(draft, 'kbe', {
        class: 'narrow',
        required: this.resident,
        inputmode: 'numeric',
        maxlength: 2,
        help: this.resident ? msg('For example 17', { id: 'bank.kbe-help-resident' }) : msg('For example 27', { id: 'bank.kbe-help' }),
        hint: msg(
          'Two digits from your bank letter: 1 for residents of Kazakhstan or 2 for non-residents, then the sector of the economy (7 for private companies, 9 for individuals and entrepreneurs).',
          { id: 'bank.kbe-hint' },
        ),
      })}
      ${this.textField(draft, 'openedOn', { type: 'date', required: false, max: today })}
      ${this.textField(draft, 'closedOn', { type: 'date', required: false, min: draft.openedOn || undefined })}
    </div>`;
  }

  private overview(draft: AccountDraft): string {
    const parts = [
      draft.bankName,
      draft.account,
      draft.currency,
      isAccountType(draft.accountType) ? accountTypeName(draft.accountType, this.modelLocale) : '',
    ];
    return parts.filter(Boolean).join(' · ') || msg('New account', { id: 'bank.new-account' });
  }

  private renderAccount(draft: AccountDraft, index: number): TemplateResult {
    const open = this.open.has(draft.key);
    const title = this.accountTitle(index);
    const titleId = `title-${draft.key}`;
    const confirming = this.confirming === draft.key;
    const several = this.drafts.length > 1;
    return html`<li
      class="account ${open ? 'open' : ''}"
      part="account${draft.isMain ? ' account-main' : ''}"
      data-account=${draft.key}
      aria-labelledby=${titleId}
    >
      <div class="account-header" part="account-header">
        <span class="account-title" part="account-title" id=${titleId} role="heading" aria-level=${this.headingLevel}
          >${title}</span
        >
        ${draft.isMain && !several
          ? html`<span class="badge" part="main-badge">${msg('Main account', { id: 'bank.main' })}</span>`
          : nothing}
        ${several
          ? html`<label class="main" part="main"
              ><input
                type="radio"
                name="main"
                .checked=${live(draft.isMain)}
                ?disabled=${this.isDisabled}
                aria-describedby=${titleId}
                @change=${() => this.makeMain(draft)}
              />${msg('Main account', { id: 'bank.main' })}</label
            >`
          : nothing}
      </div>
      ${open ? this.renderFields(draft) : html`<p class="overview" part="account-overview">${this.overview(draft)}</p>`}
      ${confirming
        ? html`<div class="confirm" part="confirm" role="group" aria-labelledby="confirm-${draft.key}">
            <p id="confirm-${draft.key}">
              ${msg(str`Remove ${title}? This cannot be undone.`, { id: 'bank.confirm-remove' })}
            </p>
            <div class="actions">
              <button
                type="button"
                class="button danger primary"
                part="confirm-button"
                id="confirm-remove-${draft.key}"
                @click=${() => this.removeAccount(draft)}
              >
                ${msg('Remove', { id: 'bank.remove-yes' })}
              </button>
              <button
                type="button"
                class="button"
                part="cancel-button"
                id="cancel-${draft.key}"
                @click=${() => this.cancelRemove(draft)}
              >
                ${msg('Keep', { id: 'bank.remove-no' })}
              </button>
            </div>
          </div>`
        : html`<div class="actions" part="actions">
            ${open
              ? html`<button type="button" class="button" part="done-button" id="done-${draft.key}" aria-describedby=${titleId} ?disabled=${this.isDisabled} @click=${() => this.done(draft)}>
                  ${msg('Done', { id: 'bank.done' })}
                </button>`
              : html`<button type="button" class="button" part="edit-button" id="edit-${draft.key}" aria-describedby=${titleId} ?disabled=${this.isDisabled} @click=${() => this.edit(draft)}>
                  ${msg('Edit', { id: 'bank.edit' })}
                </button>`}
            <button
              type="button"
              class="button danger quiet"
              part="remove-button"
              id="remove-${draft.key}"
              aria-describedby=${titleId}
              ?disabled=${this.isDisabled}
              @click=${() => this.askRemove(draft)}
            >
              ${msg('Remove', { id: 'bank.remove' })}
            </button>
          </div>`}
    </li>`;
  }

  override render() {
    const summary = this.validation.summary().map((item) => {
      const key = Object.keys(this.validation.codes).find((k) => this.validation.idFor(k) === item.id)!;
      return { id: item.id, message: this.summaryMessage(key, this.validation.codes[key]!) };
    });
    const accountsError = this.validation.error('accounts');
    return html`<div class="root" @input=${this.onInnerInput} @change=${this.onInnerChange}>
      ${errorSummary(summary)}
      ${this.drafts.length
        ? html`<ul class="accounts" part="accounts" role="list">
            ${repeat(
              this.drafts,
              (d) => d.key,
              (d, i) => this.renderAccount(d, i),
            )}
          </ul>`
        : html`<p class="empty" part="empty"><slot name="empty">${msg('No bank accounts yet.', { id: 'bank.empty' })}</slot></p>`}
      <div class="add-row">
        <button
          type="button"
          class="button primary"
          part="add-button"
          id="add-account"
          aria-describedby=${ifDefined(accountsError ? 'add-account-error' : undefined)}
          ?disabled=${this.isDisabled}
          @click=${this.add}
        >
          ${this.drafts.length ? msg('Add another account', { id: 'bank.add-another' }) : msg('Add account', { id: 'bank.add' })}
        </button>
        <p id="add-account-error" class="error" part="error" aria-live="polite">${accountsError ?? nothing}</p>
      </div>
      <p class="visually-hidden" role="status">${this.status}</p>
    </div>`;
  }
}
