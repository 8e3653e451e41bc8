/**
 * One draft of the banner: its kind and facts, then Continue and Start over (Delete for a
 * set-aside draft), or the question Start over asks. Ids are per row (`d0`, `s1`…), so that
 * buttons are described by their own draft's words and focus can find them after an update.
 * Everything from the store is bound as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lookup } from '../../i18n/lookup.js';
import type { DraftSummary } from '../../drafts/types.js';
import { kindName, keptText, savedText, setAsideText, stepText } from './draft-texts.js';

export interface DraftRowView {
  draft: DraftSummary;
  /** The row's id prefix. */
  key: string;
  /** Start over (or Delete) was pressed: the question shows. */
  confirming: boolean;
  /** Its delete is under way. */
  busy: boolean;
  now: number;
  locale: string;
  t: Lookup;
}

export interface DraftRowHandlers {
  restore(draft: DraftSummary): void;
  ask(draft: DraftSummary, key: string): void;
  keep(key: string): void;
  discard(draft: DraftSummary, key: string): void;
  confirmKey(event: KeyboardEvent, key: string): void;
}

export function draftRow(view: DraftRowView, on: DraftRowHandlers): TemplateResult {
  const { draft, key, locale, t } = view;
  const setAside = !!draft.setAside;
  return html`<li class="draft" part=${setAside ? 'draft set-aside-draft' : 'draft'} data-id=${draft.id} data-code=${draft.setAside ?? nothing}>
    <p class="name" part="draft-kind" id="${key}-name">${kindName(draft.kind, t)}</p>
    <ul class="facts" part="facts" id="${key}-facts">
      ${setAside ? nothing : html`<li part="draft-step">${stepText(draft.step, draft.steps, t)}</li>`}
      <li part="draft-saved">${savedText(draft.updatedAt, view.now, locale, t)}</li>
      ${setAside ? nothing : html`<li part="draft-kept">${keptText(draft.expiresAt, locale, t)}</li>`}
    </ul>
    ${setAside ? html`<p part="set-aside-reason" id="${key}-reason">${setAsideText(draft.setAside!, t)}</p>` : nothing}
    ${view.confirming ? confirmBox(view, on) : actions(view, on)}
  </li>`;
}

function actions({ draft, key, t }: DraftRowView, on: DraftRowHandlers): TemplateResult {
  // The first step of a delete is `-start-over` in both lists: Keep it and a failed delete return there.
  if (draft.setAside) {
    return html`<div class="actions" part="actions">
      <button type="button" class="button danger" part="button delete-button" id="${key}-start-over"
        aria-describedby="${key}-name ${key}-reason" @click=${() => on.ask(draft, key)}>
        ${t('Delete', { id: 'draft-banner.delete' })}
      </button>
    </div>`;
  }
  return html`<div class="actions" part="actions">
    <button type="button" class="button primary" part="button continue-button" id="${key}-continue"
      aria-describedby="${key}-name ${key}-facts" @click=${() => on.restore(draft)}>
      ${t('Continue', { id: 'draft-banner.continue' })}
    </button>
    <button type="button" class="button" part="button start-over-button" id="${key}-start-over"
      aria-describedby="${key}-name" @click=${() => on.ask(draft, key)}>
      ${t('Start over', { id: 'draft-banner.start-over' })}
    </button>
  </div>`;
}

function confirmBox({ draft, key, busy, t }: DraftRowView, on: DraftRowHandlers): TemplateResult {
  return html`<div class="confirm" part="confirm" role="group" aria-labelledby="${key}-question"
    @keydown=${(event: KeyboardEvent) => on.confirmKey(event, key)}>
    <p id="${key}-question">
      ${t('Delete this draft? What you entered and the files you added are removed from this browser. This cannot be undone.', {
        id: 'draft-banner.confirm',
      })}
    </p>
    <div class="actions">
      <button type="button" class="button" part="button keep-button" id="${key}-keep" ?disabled=${busy} @click=${() => on.keep(key)}>
        ${t('Keep it', { id: 'draft-banner.keep' })}
      </button>
      <button type="button" class="button danger primary" part="button confirm-delete-button" id="${key}-delete" ?disabled=${busy}
        @click=${() => on.discard(draft, key)}>
        ${t('Delete the draft', { id: 'draft-banner.confirm-delete' })}
      </button>
    </div>
  </div>`;
}
