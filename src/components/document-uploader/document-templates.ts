/**
 * The uploader's markup: a slot (name, template link, drop zone, files, undo) and a file row
 * (thumbnail, facts, state, problems, date of issue, Replace and the "X"). Text only: names and
 * facts from files and PDFs are bound as text, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { Lookup } from '../../i18n/lookup.js';
import { DOCUMENT_PROBLEMS, type DocumentProblemCode, type SlotStatus } from '../../model/document-checks.js';
import type { DocumentSlot, DocumentSpec } from '../../model/document-catalogue.js';
import { field } from '../shared/field.js';
import { datePattern } from '../shared/dates.js';
import { formatSize, inspectionFacts, pickerAccept, problemMessage, stateText, typeNames } from './document-texts.js';
import { fileState, type UploadedFile } from './uploaded-file.js';

export interface UploaderHandlers {
  choose(spec: DocumentSpec, input: HTMLInputElement): void;
  picked(spec: DocumentSpec, input: HTMLInputElement): void;
  replace(entry: UploadedFile, input: HTMLInputElement): void;
  remove(entry: UploadedFile): void;
  undo(slot: string): void;
  dragOver(spec: DocumentSpec, event: DragEvent): void;
  dragLeave(spec: DocumentSpec, event: DragEvent): void;
  drop(spec: DocumentSpec, event: DragEvent): void;
  dateInput(entry: UploadedFile, text: string): void;
  dateChange(entry: UploadedFile, text: string): void;
}

export interface SlotView {
  slot: DocumentSlot;
  name: string;
  hint?: string;
  status: SlotStatus;
  /** Required and empty after a submit. */
  showMissing: boolean;
  dragging: boolean;
  canAdd: boolean;
  /** The file "Undo" would bring back. */
  removedName?: string;
  /** The file rows. Unkeyed: every value a row shows (typed dates too) is kept by file, not by row. */
  rows: TemplateResult[];
}

interface Common {
  handlers: UploaderHandlers;
  disabled: boolean;
  locale: string;
  t: Lookup;
}

/** The slot's hidden file input: every button of the slot opens it. */
const inputOf = (target: EventTarget | null) =>
  (target as Element).closest('[part~="slot"]')!.querySelector<HTMLInputElement>('input[type="file"]')!;

export function slotSection(view: SlotView, { handlers, disabled, locale, t }: Common): TemplateResult {
  const { spec, required } = view.slot;
  const id = spec.id;
  const max = formatSize(spec.maxSize, locale, t);
  const types = typeNames(spec.accept);
  const count = spec.maxFiles;
  const rules =
    spec.maxFiles > 1
      ? t(str`${types}; up to ${max} each, at most ${count} files`, { id: 'documents.rules.several' })
      : t(str`${types}; up to ${max}`, { id: 'documents.rules.one' });
  const describedBy = [view.hint ? `${id}-hint` : '', `${id}-rules`, `${id}-error`].filter(Boolean).join(' ');
  return html`<li
    part="slot${view.showMissing ? ' slot-missing' : ''}"
    class="slot"
    data-slot=${id}
    @dragenter=${(e: DragEvent) => handlers.dragOver(spec, e)}
    @dragover=${(e: DragEvent) => handlers.dragOver(spec, e)}
    @dragleave=${(e: DragEvent) => handlers.dragLeave(spec, e)}
    @drop=${(e: DragEvent) => handlers.drop(spec, e)}
  >
    <div class="slot-header">
      <h3 part="slot-name" class="slot-name" id="${id}-name">
        ${view.name}${required
          ? html`<span part="required-mark" class="required-mark" aria-hidden="true"> *</span
              ><span class="visually-hidden"> ${t('(required)', { id: 'documents.required' })}</span>`
          : html` <span class="optional">${t('(optional)', { id: 'field.optional' })}</span>`}
      </h3>
      ${spec.template
        ? html`<a part="template-link" class="template-link" href=${spec.template} target="_blank" rel="noopener noreferrer"
            >${t('Template', { id: 'documents.template' })}<span class="visually-hidden">: ${view.name}</span></a
          >`
        : nothing}
    </div>
    ${view.hint ? html`<p part="slot-hint" class="slot-hint" id="${id}-hint">${view.hint}</p>` : nothing}
    <input
      type="file"
      hidden
      tabindex="-1"
      accept=${pickerAccept(spec.accept)}
      ?multiple=${spec.maxFiles > 1}
      ?disabled=${disabled}
      @change=${(e: Event) => handlers.picked(spec, e.target as HTMLInputElement)}
    />
    ${view.canAdd
      ? html`<div part="dropzone${view.dragging ? ' dropzone-active' : ''}" class="dropzone ${view.dragging ? 'active' : ''}">
          <button
            type="button"
            part="choose-button"
            class="button primary"
            aria-labelledby="${id}-choose ${id}-name"
            aria-describedby=${describedBy}
            ?disabled=${disabled}
            @click=${(e: Event) => handlers.choose(spec, inputOf(e.currentTarget))}
          >
            <span id="${id}-choose"
              >${spec.maxFiles > 1 ? t('Choose files', { id: 'documents.choose-several' }) : t('Choose a file', { id: 'documents.choose' })}</span
            >
          </button>
          <span class="drop-text">${t('or drop here', { id: 'documents.drop' })}</span>
          <span part="rules" class="rules" id="${id}-rules">${rules}</span>
        </div>`
      : html`<span class="visually-hidden" id="${id}-rules">${rules}</span>`}
    <p part="slot-error" class="slot-error" id="${id}-error" aria-live="polite">
      ${view.showMissing
        ? html`<span class="visually-hidden">${t('Error:', { id: 'field.error-prefix' })} </span>${t('Add this document.', {
              id: 'documents.slot.missing',
            })}`
        : nothing}
    </p>
    ${view.rows.length ? html`<ul part="files" class="files" aria-labelledby="${id}-name">${view.rows}</ul>` : nothing}
    ${view.removedName
      ? html`<p part="undo" class="undo">
          ${t(str`Removed: ${view.removedName}.`, { id: 'documents.removed' })}
          <button type="button" part="undo-button" class="button" ?disabled=${disabled} @click=${() => handlers.undo(id)}>
            ${t('Undo', { id: 'documents.undo' })}
          </button>
        </p>`
      : nothing}
  </li>`;
}

export interface FileRowOptions extends Common {
  entry: UploadedFile;
  spec: DocumentSpec;
  problems: DocumentProblemCode[];
  twins: string[];
  dateText: string;
  dateError?: string;
}

export function fileRow(o: FileRowOptions): TemplateResult {
  const { entry, spec, problems, t, handlers, disabled } = o;
  const state = fileState(entry, problems);
  const name = entry.file.name;
  const meta = [formatSize(entry.file.size, o.locale, t), ...(entry.type ? [typeNames([entry.type])] : [])];
  if (entry.inspection) meta.push(...inspectionFacts(entry.inspection, t));
  const context = { spec, size: entry.file.size, type: entry.type, twins: o.twins, locale: o.locale };
  return html`<li part="file file-${state}" class="file" data-key=${entry.key} data-state=${state}>
    ${entry.thumbnailUrl
      ? html`<img part="thumbnail" class="thumbnail" src=${entry.thumbnailUrl} alt="" />`
      : html`<span part="thumbnail" class="thumbnail placeholder" aria-hidden="true"></span>`}
    <div class="file-body">
      <span part="file-name" class="file-name">${name}</span>
      <span part="file-meta" class="file-meta">${meta.join(' · ')}</span>
      <span part="file-state" class="file-state">${stateText(state, t)}</span>
      ${problems.length
        ? html`<ul class="problems">
            ${problems.map((code) => {
              const severity = DOCUMENT_PROBLEMS[code];
              const prefix = severity === 'error' ? t('Error:', { id: 'field.error-prefix' }) : t('Warning:', { id: 'documents.warning-prefix' });
              return html`<li part="problem problem-${severity}" class="problem" data-severity=${severity} data-code=${code}>
                <span class="visually-hidden">${prefix} </span>${problemMessage(code, context, t)}
              </li>`;
            })}
          </ul>`
        : nothing}
      ${spec.maxAgeDays !== undefined && state !== 'error' ? issueDate(o) : nothing}
    </div>
    <div class="file-actions">
      <button
        type="button"
        part="replace-button"
        class="button"
        ?disabled=${disabled}
        aria-label=${t(str`Replace ${name}`, { id: 'documents.replace-label' })}
        @click=${(e: Event) => handlers.replace(entry, inputOf(e.currentTarget))}
      >
        ${t('Replace', { id: 'documents.replace' })}
      </button>
      <button
        type="button"
        part="remove-button"
        class="button quiet"
        ?disabled=${disabled}
        aria-label=${t(str`Remove ${name}`, { id: 'documents.remove-label' })}
        @click=${() => handlers.remove(entry)}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  </li>`;
}

function issueDate(o: FileRowOptions): TemplateResult {
  const { entry, spec, t } = o;
  const days = spec.maxAgeDays;
  return field({
    id: `date-${entry.key}`,
    t,
    label: t('Date of issue', { id: 'documents.date.label' }),
    help: t(str`Not older than ${days} days.`, { id: 'documents.date.help' }),
    error: o.dateError,
    class: 'narrow',
    control: (a) => html`<input
      id=${a.id}
      part="input"
      inputmode="numeric"
      autocomplete="off"
      placeholder=${datePattern(t)}
      aria-describedby=${a.describedBy ?? nothing}
      aria-invalid=${a.invalid ? 'true' : 'false'}
      aria-required="true"
      ?disabled=${o.disabled}
      .value=${o.dateText}
      @input=${(e: Event) => o.handlers.dateInput(entry, (e.target as HTMLInputElement).value)}
      @change=${(e: Event) => o.handlers.dateChange(entry, (e.target as HTMLInputElement).value)}
    />`,
  });
}
