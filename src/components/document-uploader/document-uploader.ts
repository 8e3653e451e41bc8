import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { str } from '@lit/localize';
import { TirkeuFormElement, type FormValidity, type FormValue } from '../shared/form-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { fieldControlStyles } from '../shared/field.styles.js';
import { isoDate, showDate, tidyDate } from '../shared/dates.js';
// The model's modules themselves, not its index: the index also re-exports the catalogue preset,
// which the uploader loads only when a host gives no catalogue of its own.
import {
  documentName,
  documentsFor,
  type DocumentCatalogue,
  type DocumentRegistrant,
  type DocumentSlot,
  type DocumentSpec,
} from '../../model/document-catalogue.js';
import { checkIssueDate, isBlocking, localToday, slotStatus, type SlotStatus } from '../../model/document-checks.js';
import type { DocumentManifestEntry } from '../../model/index.js';
import { modelLocale } from '../../model/reference/locale.js';
import { DocumentFilesController } from './document-files-controller.js';
import { fileState, type DocumentFileInfo, type UploadedFile } from './uploaded-file.js';
import { documentUploaderStyles } from './document-uploader.styles.js';
import { documentMessage } from './document-messages.js';
import { stateText as stateWords } from './document-texts.js';
import { fileRow, slotSection, type SlotView, type UploaderHandlers } from './document-templates.js';
import type { DraftLink } from '../shared/draft-link.js';
import type { DraftStore } from '../../drafts/types.js';

export type { DocumentFileInfo, FileState } from './uploaded-file.js';

/**
 * Loaded with the first uploader that needs them, and shared by every uploader on the page:
 * the supplier portal's preset (when a host gives no catalogue) and the check of a host's own
 * catalogue. A host with its own catalogue never downloads the preset, nor a host without one the check.
 */
let preset: DocumentCatalogue | undefined;
let catalogueCheck: typeof import('./catalogue-check.js') | undefined;
const loading = new Map<string, Promise<void>>();
function once(key: string, load: () => Promise<void>): Promise<void> {
  let pending = loading.get(key);
  if (!pending) {
    // Offline, or a chunk the server lost: render with what there is now, try again next update.
    pending = load().catch(() => void loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}
const loadPreset = () => once('preset', async () => void (preset = (await import('../../model/document-presets.js')).SUPPLIER_PORTAL_CATALOGUE));
const loadCatalogueCheck = () => once('check', async () => void (catalogueCheck = await import('./catalogue-check.js')));

/** Slot id → its files, as `value` gives them. */
export type DocumentsValue = Record<string, DocumentFileInfo[]>;

/** Detail of `tirkeu-document-add`: a file finished its checks in a slot. */
export interface DocumentAddDetail {
  slot: string;
  file: DocumentFileInfo;
}

/** Detail of `tirkeu-document-remove`: a file left a slot (removed, or replaced by another). */
export interface DocumentRemoveDetail {
  slot: string;
  file: DocumentFileInfo;
  /** `replace` when another file took its place. */
  reason: 'remove' | 'replace';
}

/**
 * The documents a registrant gives: one slot per document of the catalogue that applies to
 * the `registrant`, with its required mark, its template link, a file picker and a drop zone.
 * Each file is checked where it lands: its type by content (a PNG renamed .pdf is a PNG), its
 * size, an empty file, the same file twice (by SHA-256); a PDF is opened with pdf.js in a worker
 * (fetched with the first PDF, not before) for its page count, a password or restrictions,
 * a PDF/A claim, signatures and unflattened form fields, and a thumbnail of page 1. Errors make
 * a file unusable; warnings are for the moderator to weigh. Documents that must be recent ask
 * for their date of issue.
 *
 * Which documents, who gives them and the file rules are the catalogue's (`tirkeu/model`); a
 * host's own catalogue is checked, and its problems go to the console and a `tirkeu-error`.
 *
 * In a `<form>`, FormData holds, under `name`, the manifest (JSON: slot, file name, size, type,
 * SHA-256, date of issue) that the registration payload carries, and each file under
 * `name[slot id]` (`documents[bank-certificate]`), as the registration's multipart request names them.
 *
 * @summary Document slots for the registrant's type: drop or pick files, checked in place, PDFs inspected.
 *
 * @fires {CustomEvent<DocumentAddDetail>} tirkeu-document-add - A file finished its checks in a slot (`detail.slot`, `detail.file`).
 * @fires {CustomEvent<DocumentRemoveDetail>} tirkeu-document-remove - A file was removed or replaced (`detail.slot`, `detail.file`, `detail.reason`).
 * @fires {Event} change - The documents changed: a file was checked, removed, brought back, or its date of issue set.
 * @fires {Event} input - With each `change`, as a native file input sends both.
 * @fires {CustomEvent<TirkeuErrorDetail>} tirkeu-error - The host's `catalogue` is not valid (`code: 'document-catalogue-invalid'`); the last valid one stays.
 *
 * @csspart slots - The list of document slots.
 * @csspart slot - One document: name, template link, drop zone, files.
 * @csspart slot-missing - A required slot without a file, after a submit (with `slot`).
 * @csspart slot-name - The document's name.
 * @csspart required-mark - The "*" of a required document.
 * @csspart template-link - The link to the portal's template.
 * @csspart slot-hint - The line under the name.
 * @csspart dropzone - Where files can be dropped; it holds the choose button.
 * @csspart dropzone-active - The drop zone while files are dragged over it (with `dropzone`).
 * @csspart choose-button - The button that opens the file picker.
 * @csspart rules - The accepted types and the size limit.
 * @csspart slot-error - The slot's error after a submit ("Add this document").
 * @csspart files - The list of a slot's files.
 * @csspart file - One file; with `file-reading`, `file-checking`, `file-ready`, `file-warning` or `file-error`.
 * @csspart thumbnail - Page 1 of a PDF, or the image.
 * @csspart file-name - The file's name.
 * @csspart file-meta - Size, type, pages, PDF/A, signer.
 * @csspart file-state - The file's state in words.
 * @csspart problem - A problem's message; with `problem-error` or `problem-warning`.
 * @csspart replace-button - Replaces a file by another.
 * @csspart remove-button - Removes a file (the "X").
 * @csspart undo - The "removed" line with its Undo button.
 * @csspart undo-button - Brings the removed file back.
 * @csspart field - The date-of-issue field; `label`, `help`, `input` and `error` as in the forms.
 * @csspart label - Its label.
 * @csspart help - Its help text.
 * @csspart input - Its text box.
 * @csspart error - Its error.
 * @csspart summary - What is still missing, or that everything required is there.
 *
 * @cssprop --tirkeu-document-thumbnail-size - Width of a thumbnail (default 3.5rem).
 * @cssprop --tirkeu-document-dropzone-border - Border of a drop zone (default a dashed line in the border colour).
 */
export class TirkeuDocumentUploader extends TirkeuFormElement {
  static override styles = [themeStyles, fieldControlStyles, documentUploaderStyles];

  /** Whose documents to show: `legal-entity`, `joint-stock-company`, `individual-entrepreneur`, `natural-person` or `non-resident`. */
  @property({ reflect: true }) registrant: DocumentRegistrant = 'legal-entity';

  /**
   * The documents, as data (`tirkeu/model`). Unset: the supplier portal's preset
   * (`SUPPLIER_PORTAL_CATALOGUE`), loaded on first render, so a host with its own catalogue never downloads it.
   */
  @property({ attribute: false }) catalogue?: DocumentCatalogue;

  /**
   * Where pdf.js' worker (`pdf.worker.min.mjs`) is served, when not beside the uploader's own
   * files: a bundler that moves the package's modules (Vite's dependency pre-bundling) loses it.
   */
  @property({ attribute: 'pdf-worker-url' }) pdfWorkerUrl?: string;

  /** The draft database's name (`tirkeu/drafts`): the files are kept, encrypted, with the forms' values. */
  @property() drafts?: string;

  /** A draft store the host opened; beats `drafts`. */
  @property({ attribute: false }) draftStore?: DraftStore;

  /** The draft to continue; a new draft sets it. */
  @property({ attribute: 'draft-id', reflect: true }) draftId?: string;

  @state() private submitted = false;
  @state() private dragging?: string;
  @state() private announcement = '';
  /** Date boxes the user has left, by file key: their errors show from then on. */
  @state() private touchedDates = new Set<number>();
  /** What the user typed in a date box that is not a date yet (kept, with its error). */
  private typedDates = new Map<number, string>();

  private readonly store = new DocumentFilesController(this);
  private validCatalogue: DocumentCatalogue = [];
  private slots: DocumentSlot[] = [];
  /** Set while a file's Replace opened the picker. */
  private replacing?: number;
  private focusAfterUpdate?: string;

  /** Slot id → its files: name, size, type by content, SHA-256, state, problems, inspection. */
  get value(): DocumentsValue {
    const value: DocumentsValue = {};
    for (const { spec } of this.slots) {
      const entries = this.store.inSlot(spec.id);
      if (entries.length) value[spec.id] = entries.map((entry) => this.info(entry));
    }
    return value;
  }

  /** The manifest the registration payload carries: one entry per usable, checked file. */
  manifest(): DocumentManifestEntry[] {
    return this.usable().map((entry) => ({
      slot: entry.slot,
      fileName: entry.file.name,
      size: entry.file.size,
      type: entry.type!,
      sha256: entry.sha256!,
      ...(entry.issuedOn ? { issuedOn: entry.issuedOn } : {}),
    }));
  }

  /** The usable files' bytes by slot, for whoever sends or stores them. */
  files(): Record<string, File[]> {
    const files: Record<string, File[]> = {};
    for (const entry of this.usable()) (files[entry.slot] ??= []).push(entry.file);
    return files;
  }

  /** Resolves when every file added so far has been checked. */
  settled(): Promise<void> {
    return this.store.settled().then(() => this.updateComplete.then(() => undefined));
  }

  /** Adds files to a slot as a drop would; resolves when they are checked. */
  async addFiles(slot: string, files: readonly File[]): Promise<void> {
    const spec = this.slots.find((s) => s.spec.id === slot)?.spec;
    if (!spec) throw new RangeError(slot);
    this.add(spec, files);
    await this.settled();
  }

  /** Shows every error (missing documents, unusable files, missing dates); true when all is in order. */
  validate(): boolean {
    this.showErrors();
    return this.formValidity() === null;
  }

  protected override showErrors({ focus = false }: { focus?: boolean } = {}): void {
    this.submitted = true;
    if (focus) void this.updateComplete.then(() => this.formValidity()?.anchor?.focus());
  }

  /** A frame waits for what its catalogue needs: the preset, or the check of the host's own (as for the locale's strings). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = this.catalogue ? (catalogueCheck ? undefined : loadCatalogueCheck()) : preset ? undefined : loadPreset();
    return waiting ? waiting.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('catalogue') || !this.hasUpdated) this.takeCatalogue();
    if (changed.has('catalogue') || changed.has('registrant')) this.slots = documentsFor(this.validCatalogue, this.registrant);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.drafts || this.draftStore) void this.draftLink().then((link) => link.follow());
    if (this.focusAfterUpdate) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
      this.focusAfterUpdate = undefined;
      target?.focus();
    }
  }

  protected override render() {
    const t = this.localize.msg;
    const today = localToday();
    const handlers = this.handlers();
    const views: SlotView[] = this.slots.map((slot) => {
      const entries = this.store.inSlot(slot.spec.id);
      const status = this.status(slot, today);
      const removed = this.store.removed.get(slot.spec.id)?.entry;
      return {
        slot,
        name: documentName(slot.spec, this.localize.locale),
        hint: slot.spec.hint?.[modelLocale(this.localize.locale)],
        status,
        showMissing: this.submitted && status === 'missing',
        dragging: this.dragging === slot.spec.id,
        canAdd: entries.length < slot.spec.maxFiles,
        removedName: removed?.file.name,
        rows: entries.map((entry) =>
          fileRow({
            entry,
            spec: slot.spec,
            problems: this.store.problemsOf(entry),
            twins: this.twinNames(entry),
            dateText: this.dateText(entry),
            dateError: this.dateError(entry, slot.spec, today),
            disabled: this.isDisabled,
            locale: this.localize.locale,
            handlers,
            t,
          }),
        ),
      };
    });
    return html`
      <ul part="slots" class="slots" @dragover=${this.keepDropInside} @drop=${this.keepDropInside}>
        ${views.map((view) => slotSection(view, { handlers, disabled: this.isDisabled, locale: this.localize.locale, t }))}
      </ul>
      <p part="summary" class="documents-summary" role="status">${this.summaryText(views)}</p>
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    `;
  }

  protected override formValue(): FormValue {
    // Like a native control, nothing without a name. The parts are named as the registration's
    // multipart request names them: `documents` and `documents[bank-certificate]`.
    if (!this.name) return null;
    const data = new FormData();
    data.append(this.name, JSON.stringify(this.manifest()));
    for (const entry of this.usable()) data.append(`${this.name}[${entry.slot}]`, entry.file);
    return data;
  }

  protected override formValidity(): FormValidity | null {
    const t = this.localize.msg;
    const today = localToday();
    for (const slot of this.slots) {
      const id = slot.spec.id;
      const name = documentName(slot.spec, this.localize.locale);
      const root = this.renderRoot as ShadowRoot;
      const choose = root.querySelector?.<HTMLElement>(`[data-slot="${id}"] [part~="choose-button"]`) ?? undefined;
      switch (this.status(slot, today)) {
        case 'missing':
          return { flags: { valueMissing: true }, message: t(str`Add the document: ${name}.`, { id: 'documents.validity.missing' }), anchor: choose };
        case 'blocked': {
          const bad = this.store.inSlot(id).find((entry) => this.store.problemsOf(entry).some(isBlocking));
          const anchor = bad ? root.querySelector?.<HTMLElement>(`[data-key="${bad.key}"] [part~="remove-button"]`) ?? undefined : undefined;
          return {
            flags: { customError: true },
            message: t(str`${name}: remove or replace the file that cannot be accepted.`, { id: 'documents.validity.blocked' }),
            anchor: anchor ?? choose,
          };
        }
        case 'undated':
          for (const entry of this.store.inSlot(id)) {
            const date = checkIssueDate(entry.issuedOn, slot.spec.maxAgeDays!, today);
            if (date.ok) continue;
            return {
              flags: entry.issuedOn ? { customError: true } : { valueMissing: true },
              message: `${name}: ${this.issueDateMessage(date.code, slot.spec)}`,
              anchor: root.getElementById?.(`date-${entry.key}`) ?? choose,
            };
          }
          break;
        case 'pending':
          return {
            flags: { customError: true },
            message: t('Wait a moment: the files are still being checked.', { id: 'documents.validity.pending' }),
            anchor: choose,
          };
        case 'ready':
          break;
      }
    }
    return null;
  }

  protected override formReset(): void {
    this.store.clear();
    this.submitted = false;
    this.touchedDates = new Set();
    this.typedDates.clear();
  }

  /** The browser gives back what `formValue()` gave it: the files, and the manifest for their dates of issue. */
  protected override formRestore(state: string | File | FormData | null): void {
    if (!(state instanceof FormData)) return;
    let manifest: { slot?: string; fileName?: string; issuedOn?: string }[] = [];
    try {
      manifest = [JSON.parse(String(state.get(this.name)))].flat();
    } catch {
      // no manifest: the files come back without dates
    }
    for (const { spec } of this.slots) {
      const files = state.getAll(`${this.name}[${spec.id}]`).filter((item): item is File => typeof item !== 'string');
      for (const entry of this.add(spec, files)) entry.issuedOn = manifest.find((m) => m?.slot === spec.id && m.fileName === entry.file.name)?.issuedOn;
    }
  }

  // ————— what the templates call —————

  private handlers(): UploaderHandlers {
    return {
      choose: (spec, input) => {
        this.replacing = undefined;
        input.click();
      },
      picked: (spec, input) => {
        const files = [...(input.files ?? [])];
        input.value = '';
        if (!files.length) return;
        const key = this.replacing ?? this.soleFile(spec);
        this.replacing = undefined;
        if (key !== undefined) this.replace(key, spec, files[0]!);
        else this.add(spec, files);
      },
      replace: (entry, input) => {
        this.replacing = entry.key;
        input.click();
      },
      remove: (entry) => {
        this.store.remove(entry.key);
        this.announce(this.localize.msg(str`Removed: ${entry.file.name}`, { id: 'documents.announce.removed' }));
        this.focusAfterUpdate = `[data-slot="${entry.slot}"] [part~="undo-button"]`;
        this.changed();
      },
      undo: (slot) => {
        const entry = this.store.undo(slot);
        if (!entry) return;
        // Focus lands on the file's own "Remove …" button, which names it: no announcement needed.
        this.focusAfterUpdate = `[data-key="${entry.key}"] [part~="remove-button"]`;
        this.changed();
      },
      dragOver: (spec, event) => {
        if (this.isDisabled || !event.dataTransfer?.types.includes('Files')) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        this.dragging = spec.id;
      },
      dragLeave: (spec, event) => {
        const zone = event.currentTarget as HTMLElement;
        if (!zone.contains(event.relatedTarget as Node | null) && this.dragging === spec.id) this.dragging = undefined;
      },
      drop: (spec, event) => {
        event.preventDefault();
        this.dragging = undefined;
        if (this.isDisabled) return;
        const files = [...(event.dataTransfer?.files ?? [])];
        if (!files.length) return;
        const key = this.soleFile(spec);
        if (key !== undefined) this.replace(key, spec, files[0]!);
        else this.add(spec, files);
      },
      dateInput: (entry, text) => {
        this.typedDates.set(entry.key, text);
        this.requestUpdate();
      },
      dateChange: (entry, text) => {
        const shown = tidyDate(text);
        const iso = isoDate(shown);
        this.typedDates.set(entry.key, shown);
        this.touchedDates = new Set([...this.touchedDates, entry.key]);
        if (iso !== entry.issuedOn) {
          this.store.setIssueDate(entry.key, /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : shown || undefined);
          this.changed();
        }
      },
    };
  }

  // ————— the controller's callbacks —————

  fileSettled(entry: UploadedFile): void {
    if (!this.store.entries.includes(entry)) return;
    const info = this.info(entry);
    const name = documentName(this.specOf(entry.slot) ?? this.slots[0]!.spec, this.localize.locale);
    const stateText = this.renderStateText(info);
    this.announce(this.localize.msg(str`${entry.file.name} (${name}): ${stateText}`, { id: 'documents.announce.checked' }));
    this.emit<DocumentAddDetail>('tirkeu-document-add', { slot: entry.slot, file: info });
    this.changed();
  }

  /** The documents changed: to the draft at once, when there is one. */
  private saveFiles(): void {
    if (this.linking) void this.linking.then((link) => link.filesChanged());
  }

  fileRemoved(entry: UploadedFile, reason: 'remove' | 'replace'): void {
    this.emit<DocumentRemoveDetail>('tirkeu-document-remove', { slot: entry.slot, file: this.info(entry), reason });
  }

  // ————— internals —————

  /** Each file says its state in the list at once; its result is announced when its checks end. */
  private add(spec: DocumentSpec, files: readonly File[]): UploadedFile[] {
    return this.store.add(spec, files);
  }

  /** A one-file slot that holds its file: a new file replaces it (Undo brings the old one back). */
  private soleFile(spec: DocumentSpec): number | undefined {
    const current = this.store.inSlot(spec.id);
    return spec.maxFiles === 1 && current.length === 1 ? current[0]!.key : undefined;
  }

  private replace(key: number, spec: DocumentSpec, file: File): void {
    const entry = this.store.replace(key, spec, file);
    if (entry) this.focusAfterUpdate = `[data-key="${entry.key}"] [part~="replace-button"]`;
  }

  /** Loaded once a store is given: a page without drafts downloads none of it. */
  private linking?: Promise<DraftLink>;
  private draftLink(): Promise<DraftLink> {
    this.linking ??= import('./document-drafts.js').then(({ linkDocuments }) =>
      linkDocuments(this, this.store, () => this.localize.msg, this.isUsable),
    );
    return this.linking;
  }

  private changed(): void {
    this.saveFiles();
    this.emit('input', undefined);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private announce(text: string): void {
    // The same words twice in a row would not be announced again: a zero-width space differs.
    this.announcement = this.announcement === text ? `${text}\u200b` : text;
  }

  private takeCatalogue(): void {
    if (!this.catalogue) {
      this.validCatalogue = preset ?? [];
      return;
    }
    // Not loaded (offline): the last valid catalogue stays, as after an invalid one.
    this.validCatalogue = catalogueCheck?.checkCatalogue(this, this.catalogue) ?? this.validCatalogue;
  }

  private specOf(slot: string): DocumentSpec | undefined {
    return this.slots.find((s) => s.spec.id === slot)?.spec;
  }

  private status(slot: DocumentSlot, today: string): SlotStatus {
    const files = this.store.inSlot(slot.spec.id).map((entry) => ({
      pending: entry.phase !== 'done',
      problems: this.store.problemsOf(entry),
      issuedOn: entry.issuedOn,
    }));
    return slotStatus(slot, files, today);
  }

  /** Checked, and without a problem that makes it unusable: what is sent, and what a draft keeps. */
  private isUsable = (entry: UploadedFile): boolean =>
    entry.phase === 'done' && !!entry.sha256 && !!entry.type && !this.store.problemsOf(entry).some(isBlocking);

  /** The usable files of the slots shown now, in slot order. */
  private usable(): UploadedFile[] {
    return this.slots.flatMap(({ spec }) => this.store.inSlot(spec.id).filter(this.isUsable));
  }

  private info(entry: UploadedFile): DocumentFileInfo {
    const problems = this.store.problemsOf(entry);
    return {
      name: entry.file.name,
      size: entry.file.size,
      type: entry.type ?? '',
      sha256: entry.sha256 ?? '',
      state: fileState(entry, problems),
      problems,
      ...(entry.inspection ? { inspection: entry.inspection } : {}),
      ...(entry.issuedOn ? { issuedOn: entry.issuedOn } : {}),
    };
  }

  /** The names of the other slots that hold the same bytes. */
  private twinNames(entry: UploadedFile): string[] {
    const slots = new Set(this.store.twinsOf(entry).map((twin) => twin.slot).filter((slot) => slot !== entry.slot));
    return [...slots].map((slot) => {
      const spec = this.specOf(slot);
      return spec ? documentName(spec, this.localize.locale) : slot;
    });
  }


  private dateText(entry: UploadedFile): string {
    return this.typedDates.get(entry.key) ?? (entry.issuedOn ? showDate(entry.issuedOn) : '');
  }

  private dateError(entry: UploadedFile, spec: DocumentSpec, today: string): string | undefined {
    if (spec.maxAgeDays === undefined || (!this.submitted && !this.touchedDates.has(entry.key))) return undefined;
    const result = checkIssueDate(entry.issuedOn, spec.maxAgeDays, today);
    return result.ok ? undefined : this.issueDateMessage(result.code, spec);
  }

  private issueDateMessage(code: string, spec: DocumentSpec): string {
    const t = this.localize.msg;
    const days = spec.maxAgeDays;
    if (code === 'required') return t('Enter the date of issue.', { id: 'documents.date.required' });
    if (code === 'document-too-old') return t(str`This document is older than ${days} days. Get a new one and add it instead.`, { id: 'documents.date.too-old' });
    return documentMessage(code, t);
  }

  private renderStateText(info: DocumentFileInfo): string {
    return stateWords(info.state, this.localize.msg);
  }

  private summaryText(views: SlotView[]): string {
    const t = this.localize.msg;
    if (views.some((v) => v.status === 'pending')) return t('Checking the files…', { id: 'documents.summary.pending' });
    const missing = views.filter((v) => v.status === 'missing').map((v) => v.name);
    if (missing.length) {
      const names = missing.join('; ');
      return t(str`Still missing: ${names}.`, { id: 'documents.summary.missing' });
    }
    if (views.some((v) => v.status === 'blocked' || v.status === 'undated')) {
      return t('Some files need your attention (see above).', { id: 'documents.summary.attention' });
    }
    return t('All required documents are added.', { id: 'documents.summary.complete' });
  }

  private keepDropInside = (event: DragEvent) => {
    // A file dropped beside a zone would make the browser open it and leave the page, and
    // every other field with it.
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };
}
