import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { TirkeuFormElement, type FormValidity, type FormValue } from '../shared/form-element.js';
import { ValidationController } from '../shared/validation-controller.js';
import { HintController } from '../shared/hint-controller.js';
import { FormatController } from '../shared/format-controller.js';
import { errorSummary, fieldId } from '../shared/field.js';
import { groupsOfFour } from '../shared/caret-format.js';
import { themeStyles } from '../shared/theme.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { TirkeuCombobox } from '../shared/combobox/combobox.js';
import { bankDetailsStyles } from './bank-details.styles.js';
import type { ModelLocale } from '../../model/reference/locale.js';
import {
  autofillFromBic,
  autofillFromIban,
  contradictedBank,
  DRAFT_FIELDS,
  emptyDraft,
  fromDraft,
  ibanBank,
  normaliseMain,
  relocaliseBankName,
  toDraft,
  usesIban,
  type AccountDraft,
  type BankAccount,
  type DraftField,
} from './account-draft.js';
import { accountCodes, draftKeyOf, keyOfPath, LIST_KEY, splitPath, type AccountIssue } from './account-issues.js';
import { BankDirectoryController, catchUpWithDirectory, type DirectoryArrival } from './bank-directory-controller.js';
import { accountCard, type AccountHandlers } from './account-templates.js';
import { issueMessage, statusText, summaryMessage, type AccountStatus } from './account-texts.js';

export type { AccountIssue, BankAccount };

/**
 * An editor for one or more bank accounts: bank country, IBAN (or the account number where
 * banks have no IBAN), SWIFT/BIC, bank name, currency, account type, beneficiary code (KBe),
 * opening and closing dates; one account is the main one. A Kazakh IBAN fills the bank's name
 * (in the element's language) and BIC from the National Bank's directory. Dates are typed and
 * shown as 31.12.2024, as in the registration forms; `value` carries YYYY-MM-DD.
 *
 * What an account needs is the model's rule (`checkBankAccounts` of `tirkeu/model`, as the
 * registration forms and the schemas check it); the editor keeps no rules of its own. Errors
 * show under a field once the user has changed and left it, and all at once with a summary
 * after `validate()`, `reportValidity()` or a submit of the surrounding form. Issues from
 * outside (a server's 422) are set with `errors` and show on their account's field. A BIC or
 * bank name that contradicts the bank a Kazakh IBAN names is said in a warning.
 *
 * @summary Bank accounts: add, edit, remove, choose the main one; IBAN, BIC, KBe checked as typed.
 *
 * @fires input - While the user types in any field, and when the editor changed the value itself (the
 *   bank directory came and filled what was typed; bank names followed the language), so that a
 *   host holding the value keeps up with it.
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
 * @csspart bank-mismatch - The warning that BIC or bank name are not the bank the IBAN names.
 * @csspart bank-mismatch-action - Its button that takes the IBAN's bank.
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
 * @cssprop --tirkeu-color-warning - The BIC and bank warning.
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
  static override dependencies = { 'tirkeu-combobox': TirkeuCombobox };

  /**
   * The registrant is a resident of Kazakhstan: the KBe is required and starts with 1, new
   * accounts start as Kazakh accounts in tenge.
   */
  @property({ type: Boolean, reflect: true }) resident = false;

  /** At least one account is needed. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** The heading level of each account's title (the host page's outline decides). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * Leaves the error summary to the page: a registration form lists the editor's errors in its
   * own summary, so that each error is shown once.
   */
  @property({ type: Boolean, attribute: 'hide-summary' }) hideSummary = false;

  /** The value a form reset goes back to; defaults to the first `value` set. */
  @property({ attribute: false }) defaultValue: BankAccount[] = [];

  @state() private drafts: AccountDraft[] = [];
  /** Keys of the accounts whose fields are open. */
  @state() private open = new Set<string>();
  /** Key of the account whose removal awaits confirmation. */
  @state() private confirming?: string;
  /** What the polite status line says (autofill, a BIC against the IBAN, removal), in the locale of each render. */
  @state() private status?: AccountStatus;
  /** Issues from outside, by editor key (see account-issues.ts), until their field is edited. */
  @state() private outside = new Map<string, AccountIssue>();

  private defaultTaken = false;
  private focusAfterUpdate?: string;
  /**
   * The locale the drafts' directory bank names are in; undefined for accounts just given (by
   * the host, a reset, a restore), whose names may be in any language.
   */
  private namesLocale?: ModelLocale;
  /** The editor changed the value itself during this update: the host hears it in `updated`. */
  private changedItself = false;

  private readonly validation = new ValidationController(this, {
    validate: () => this.codes(),
    message: (code, key) => this.messageFor(code, key),
    // The list's error sits at the add button, an account's at its first field.
    idFor: (key) => (key === LIST_KEY ? 'add-account' : fieldId(key.includes('.') ? key : `${key}.country`)),
  });
  protected readonly hints = new HintController(this);
  protected readonly formats = new FormatController(this, { iban: groupsOfFour });
  /** The Kazakh bank directory, loaded on demand. */
  private readonly bankDirectory = new BankDirectoryController(this, (arrival) => this.directoryLoaded(arrival));

  /** What the account cards' buttons and fields call. */
  private readonly handlers: AccountHandlers = {
    setField: (draft, fieldName, value) => this.setField(draft, fieldName, value),
    chooseBank: (draft, bic) => this.chooseBank(draft, bic),
    makeMain: (draft) => this.makeMain(draft),
    edit: (draft) => this.edit(draft),
    done: (draft) => this.done(draft),
    askRemove: (draft) => this.askRemove(draft),
    cancelRemove: (draft) => this.cancelRemove(draft),
    remove: (draft) => this.removeAccount(draft),
    useIbanBank: (draft) => this.useIbanBank(draft),
  };

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
    this.namesLocale = undefined;
    this.open = new Set();
    this.confirming = undefined;
    // Issues and the status line were about the accounts that are gone.
    this.outside = new Map();
    this.status = undefined;
    this.validation.reset();
    this.requestUpdate('value', old);
  }

  /**
   * Issues on the accounts from outside the editor, such as a server's 422 (`path` `'1.iban'`
   * or `'bankAccounts.1.iban'`, `''` for the list): each shows on its account's field, and the
   * account opens. An issue leaves when the user edits its field; reading `errors` gives those
   * left, with paths as the accounts stand now.
   */
  get errors(): AccountIssue[] {
    const issues: AccountIssue[] = [];
    for (const [key, issue] of this.outside) {
      const draftKey = draftKeyOf(key);
      const index = this.drafts.findIndex((d) => d.key === draftKey);
      if (draftKey && index < 0) continue;
      const field = splitPath(issue.path)[1];
      const path = draftKey ? [index, field].filter((p) => p !== undefined).join('.') : '';
      issues.push({ path, code: issue.code });
    }
    return issues;
  }

  set errors(issues: readonly AccountIssue[] | null | undefined) {
    const outside = new Map<string, AccountIssue>();
    for (const issue of Array.isArray(issues) ? issues : []) {
      if (!issue || typeof issue.code !== 'string') continue;
      const key = keyOfPath(String(issue.path ?? ''), this.drafts);
      if (key && !outside.has(key)) outside.set(key, issue);
    }
    // A host that sets the same issues on every render (as the forms do) changes nothing.
    if (JSON.stringify([...outside]) === JSON.stringify([...this.outside])) return;
    this.outside = outside;
    // Shown at once, on opened accounts.
    const keys = [...outside.keys()];
    this.open = new Set([...this.open, ...keys.map(draftKeyOf).filter((k): k is string => !!k)]);
    this.validation.touch(...keys);
  }

  /**
   * Opens the account of `path` (`'1.openedOn'`, as in `errors`) and moves focus to that field,
   * or to the add button for `''`. False when there is no such account.
   */
  focusField(path: string): boolean {
    const key = keyOfPath(path, this.drafts);
    if (!key) return false;
    const draftKey = draftKeyOf(key);
    if (draftKey && !this.open.has(draftKey)) this.open = new Set([...this.open, draftKey]);
    this.focusAfterUpdate = this.validation.idFor(key);
    this.requestUpdate();
    return true;
  }

  private get modelLocale(): ModelLocale {
    return this.localize.locale;
  }

  /** Rendering is complete once the bank directory, if it is loading, came and was used. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const loading = this.bankDirectory.loading;
    if (!loading) return done;
    await loading;
    return super.getUpdateComplete();
  }

  /**
   * Does now what the bank directory was missing for: autofill of what was typed; the update the
   * directory's arrival asks for puts the bank names in the locale and fills the bank list.
   */
  private directoryLoaded(arrival: DirectoryArrival): void {
    const { drafts, changed, autofilled } = catchUpWithDirectory(this.drafts, arrival, this.modelLocale);
    const bank = autofilled && arrival.directory.lookupKzBankByBic(autofilled.bic);
    if (bank) this.status = { said: 'autofilled', bank };
    if (changed) {
      this.drafts = drafts;
      this.emitInput();
    }
  }

  private codes(): Record<string, string | undefined> {
    return accountCodes(this.drafts, { resident: this.resident, required: this.required }, this.outside);
  }

  /** The words for a code: the list's own, the model's, a general one for a code only a server knows. */
  private messageFor(code: string, key: string): string {
    return issueMessage(code, key === LIST_KEY, this.localize.msg);
  }

  /** Shows every error and the summary; true when all accounts are valid. */
  validate(): boolean {
    this.showErrors();
    return this.validation.valid;
  }

  protected override showErrors({ focus = false }: { focus?: boolean } = {}): void {
    const codes = this.validation.check();
    // Open every account with an error, so that its fields (and the summary's links) exist.
    const withErrors = this.drafts.filter((d) => Object.keys(codes).some((k) => codes[k] && draftKeyOf(k) === d.key));
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
    const message = summaryMessage(this.drafts, key, this.messageFor(codes[key]!, key), this.localize.msg);
    return {
      flags: key === LIST_KEY ? { valueMissing: true } : { customError: true },
      message,
      anchor: anchor ?? undefined,
    };
  }

  protected override formReset(): void {
    this.value = this.defaultValue;
    // Also when the accounts were back as they started: what the status line said is over.
    this.status = undefined;
  }

  protected override formRestore(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      const drafts = JSON.parse(state) as AccountDraft[];
      if (Array.isArray(drafts)) {
        this.drafts = drafts.map((d) => ({ ...emptyDraft(), ...d, key: emptyDraft().key }));
        this.namesLocale = undefined;
      }
    } catch {
      // Not ours: ignore.
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Names from the bank directory are in the element's locale, from the first frame and after
    // a switch; names the user typed stay. Without the directory nothing can be renamed yet: its
    // arrival updates the element again.
    const locale = this.modelLocale;
    const directory = this.bankDirectory.directory;
    if (directory && this.namesLocale !== locale) {
      const next = this.drafts.map((d) => relocaliseBankName(d, locale, directory));
      if (next.some((d, i) => d !== this.drafts[i])) {
        this.drafts = next;
        this.changedItself = true;
      }
      this.namesLocale = locale;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.changedItself) {
      this.changedItself = false;
      // A host that holds the value (the registration forms) and sets it back on its next
      // render must hold the renamed one, or that render would replace the accounts and close
      // the one being edited.
      this.emitInput();
    }
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

  /** Changes one draft; says so when its BIC or bank now contradict its IBAN's bank. */
  private update1(key: string, patch: (draft: AccountDraft) => AccountDraft): void {
    const directory = this.bankDirectory.directory;
    this.drafts = this.drafts.map((d) => {
      if (d.key !== key) return d;
      const next = patch(d);
      const bank = contradictedBank(next, directory);
      if (bank && bank !== contradictedBank(d, directory)) this.status = { said: 'mismatch', bank };
      return next;
    });
  }

  /** The user edited a field: what the server said about it is answered. */
  private forgetOutside(draft: AccountDraft, fieldName: DraftField): void {
    const key = `${draft.key}.${fieldName}`;
    if (!this.outside.has(key)) return;
    const outside = new Map(this.outside);
    outside.delete(key);
    this.outside = outside;
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
    const directory = this.bankDirectory.directory;
    this.forgetOutside(draft, fieldName);
    this.update1(draft.key, (d) => {
      let next: AccountDraft = { ...d, [fieldName]: value };
      if (fieldName === 'account') {
        const { draft: filled, filled: changed } = autofillFromIban(next, this.modelLocale, directory, d);
        next = filled;
        const bank = changed && filled.autofilled.bic && filled.autofilled.bankName && directory?.lookupKzBankByBic(filled.bic);
        if (bank) this.status = { said: 'autofilled', bank };
        this.bankDirectory.awaitFor(d.key, 'account');
      } else if (fieldName === 'bic') {
        next = autofillFromBic({ ...next, bic: value.toUpperCase() }, this.modelLocale, directory);
        this.bankDirectory.awaitFor(d.key, 'bic');
      } else if (fieldName === 'bankName') {
        next.autofilled = { ...next.autofilled, bankName: false };
        next.bankNameTyped = true;
      } else if (fieldName === 'country') {
        if (value === 'KZ' && !next.currency) next.currency = 'KZT';
        // An account number typed for a country with IBANs is shown grouped, and back.
        next.account = usesIban(next) ? groupsOfFour(next.account) : next.account.replace(/ /g, '');
        next = autofillFromIban(next, this.modelLocale, directory, d).draft;
        this.bankDirectory.awaitFor(d.key, 'account');
      }
      return next;
    });
    this.emitInput();
  }

  /** The user chose a bank from the list: BIC and name are theirs (they follow the IBAN only where they agreed with it). */
  private chooseBank(draft: AccountDraft, bic: string): void {
    const bank = this.bankDirectory.directory?.lookupKzBankByBic(bic);
    this.forgetOutside(draft, 'bankName');
    this.forgetOutside(draft, 'bic');
    this.update1(draft.key, (d) => ({
      ...d,
      bic: bank?.bic ?? d.bic,
      bankName: bank?.names[this.modelLocale] ?? '',
      autofilled: { bic: false, bankName: false },
      bankNameTyped: false,
    }));
    this.emitInput();
  }

  /** Takes the bank the IBAN names for BIC and bank name. */
  private useIbanBank(draft: AccountDraft): void {
    const bank = ibanBank(draft, this.bankDirectory.directory);
    if (!bank) return;
    this.forgetOutside(draft, 'bankName');
    this.forgetOutside(draft, 'bic');
    this.update1(draft.key, (d) => ({
      ...d,
      bic: bank.bic,
      bankName: bank.names[this.modelLocale],
      autofilled: { bic: true, bankName: true },
      bankNameTyped: false,
    }));
    this.focusAfterUpdate = fieldId(`${draft.key}.bic`);
    this.emitInput();
    this.emitChange();
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
    const keys = [draft.key, ...DRAFT_FIELDS.map((f) => `${draft.key}.${f}`)];
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
    this.outside = new Map([...this.outside].filter(([key]) => draftKeyOf(key) !== draft.key));
    this.confirming = undefined;
    const next = this.drafts[Math.min(index, this.drafts.length - 1)];
    this.focusAfterUpdate = next ? (this.open.has(next.key) ? `remove-${next.key}` : `edit-${next.key}`) : 'add-account';
    this.status = { said: 'removed' };
    this.emitInput();
    this.emitChange();
  }

  private makeMain(draft: AccountDraft): void {
    this.drafts = this.drafts.map((d) => ({ ...d, isMain: d.key === draft.key }));
    this.emitInput();
  }

  // ---- rendering --------------------------------------------------------------------------

  override render() {
    const t = this.localize.msg;
    // Inside a form that has its own summary, that one lists these errors: each is shown once.
    const codes = this.validation.codes;
    // The summary's items come in the order of the invalid keys.
    const invalid = Object.keys(codes).filter((key) => codes[key]);
    const summary = this.hideSummary
      ? []
      : this.validation.summary().map((item, i) => {
          const key = invalid[i]!;
          return { id: item.id, message: summaryMessage(this.drafts, key, this.messageFor(codes[key]!, key), t) };
        });
    const accountsError = this.validation.error(LIST_KEY);
    const several = this.drafts.length > 1;
    return html`<div class="root" @input=${this.onInnerInput} @change=${this.onInnerChange}>
      ${errorSummary(summary, t)}
      ${this.drafts.length
        ? html`<ul class="accounts" part="accounts" role="list">
            ${repeat(
              this.drafts,
              (d) => d.key,
              (d, i) =>
                accountCard({
                  draft: d,
                  index: i,
                  locale: this.modelLocale,
                  open: this.open.has(d.key),
                  confirming: this.confirming === d.key,
                  several,
                  headingLevel: this.headingLevel,
                  resident: this.resident,
                  disabled: this.isDisabled,
                  directory: this.bankDirectory.directory,
                  error: (key) => this.validation.error(key),
                  contradicted: contradictedBank(d, this.bankDirectory.directory),
                  on: this.handlers,
                  t,
                }),
            )}
          </ul>`
        : html`<p class="empty" part="empty"><slot name="empty">${t('No bank accounts yet.', { id: 'bank.empty' })}</slot></p>`}
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
          ${this.drafts.length ? t('Add another account', { id: 'bank.add-another' }) : t('Add account', { id: 'bank.add' })}
        </button>
        <p id="add-account-error" class="error" part="error" aria-live="polite">${accountsError ?? nothing}</p>
      </div>
      <p class="visually-hidden" role="status">${statusText(this.status, this.modelLocale, t)}</p>
    </div>`;
  }
}
