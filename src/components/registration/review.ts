/**
 * The review step: everything the user entered, part by part, each with an "Edit" that opens its
 * step. The labels and values come from the form itself (`reviewEntries`) and the uploader, so
 * that the review says what the sections say; all of it is text, never markup.
 */
import { html, nothing } from 'lit';
import type { Lookup } from '../../i18n/lookup.js';
import type { FlowStep } from '../../model/index.js';
import type { RegistrationFormElement } from '../registration-sections/registration-form.js';
import type { TirkeuDocumentUploader } from '../document-uploader/document-uploader.js';
import { flowTexts, stepName } from './registration-texts.js';

interface ReviewState {
  form: RegistrationFormElement<unknown>;
  uploader: TirkeuDocumentUploader | null;
  steps: readonly FlowStep[];
  t: Lookup;
  edit(step: FlowStep): void;
  /** A document slot's name, in the flow's locale. */
  slotName(slot: string): string;
}

interface AccountLine {
  bankName?: string;
  bic?: string;
  iban?: string;
  accountNumber?: string;
  currency?: string;
  primary?: boolean;
}

function section(step: FlowStep, state: ReviewState, body: unknown) {
  const { t } = state;
  return html`<section class="review-section" part="review-section" aria-labelledby="review-${step}">
    <div class="review-head">
      <h3 id="review-${step}">${stepName(step, t)}</h3>
      <button type="button" class="button link" part="edit" aria-describedby="review-${step}" @click=${() => state.edit(step)}>${flowTexts.edit(t)}</button>
    </div>
    ${body}
  </section>`;
}

const list = (entries: { label: string; value: string }[]) =>
  html`<dl class="review-list">${entries.map((e) => html`<div><dt>${e.label}</dt><dd>${e.value}</dd></div>`)}</dl>`;

export function renderReview(state: ReviewState) {
  const { form, uploader, steps, t } = state;
  const entries = form.reviewEntries();
  const accounts = ((form.value as { bankAccounts?: AccountLine[] }).bankAccounts ?? []) as AccountLine[];
  const manifest = uploader?.manifest() ?? [];
  return html`<div class="review" part="review">
    <p>${flowTexts.reviewIntro(t)}</p>
    ${(['user', 'company'] as const).filter((step) => steps.includes(step)).map((step) => section(step, state, list(entries.filter((e) => e.step === step))))}
    ${steps.includes('bank')
      ? section(
          'bank',
          state,
          html`<ol class="review-accounts">
            ${accounts.map(
              (a, i) =>
                html`<li>
                  ${flowTexts.account(i + 1, t)}${a.primary ? html` (${flowTexts.primary(t)})` : nothing}: ${[a.iban ?? a.accountNumber, a.bic, a.bankName, a.currency].filter(Boolean).join(' · ')}
                </li>`,
            )}
          </ol>`,
        )
      : nothing}
    ${steps.includes('documents')
      ? section(
          'documents',
          state,
          manifest.length
            ? list(manifest.map((entry) => ({ label: state.slotName(entry.slot), value: entry.fileName })))
            : html`<p>${flowTexts.noDocuments(t)}</p>`,
        )
      : nothing}
  </div>`;
}
