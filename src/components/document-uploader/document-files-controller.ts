import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DocumentProblemCode, DocumentSpec } from '../../model/index.js';
import { loadPdfTexts } from './document-texts.js';
import { applyInspection, needsInspection, readUploadedFile, type UploadedFile } from './uploaded-file.js';

export interface FilesHost extends ReactiveControllerHost {
  /** Where pdf.js' worker is, when not beside the uploader's pdf module. */
  readonly pdfWorkerUrl?: string;
  /** A file finished its checks (added or replaced). */
  fileSettled(entry: UploadedFile): void;
  /** A file left the list: removed, or replaced by another; "Undo" can bring it back. */
  fileRemoved(entry: UploadedFile, reason: 'remove' | 'replace'): void;
}

/**
 * How long one PDF may take. pdf.js reads a 200-page file in well under a second here; a file
 * crafted to keep its parser busy would otherwise hold the queue, and every PDF after it, forever.
 */
const INSPECTION_TIMEOUT_MS = 30_000;

/** CSS pixels a thumbnail is drawn at (times the device pixel ratio): the row shows it 3.5rem wide. */
const THUMBNAIL_WIDTH = 56;

/** pdf.js, its worker and the texts of PDF problems are fetched on the first PDF only: until then, not a byte of them. */
const loadPdf = async () => {
  const [pdf] = await Promise.all([import('../../pdf/index.js'), loadPdfTexts()]);
  return pdf;
};

/**
 * The files of every slot and their checks: reading and hashing, PDF inspection one file at a
 * time (a 200-page scan should not starve the next file's hash), replace, remove with undo, and
 * the blob URLs of thumbnails (revoked when their file leaves the list or the element the page).
 */
export class DocumentFilesController implements ReactiveController {
  /** Every file of every slot, in the order added. */
  entries: UploadedFile[] = [];
  /** The last removed file of each slot, for "Undo". */
  readonly removed = new Map<string, { entry: UploadedFile; index: number }>();
  private nextKey = 1;
  private inspections: Promise<unknown> = Promise.resolve();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly host: FilesHost) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const entry of this.entries) this.showThumbnail(entry);
  }

  hostDisconnected(): void {
    for (const entry of this.entries) this.hideThumbnail(entry);
  }

  inSlot(slot: string): UploadedFile[] {
    return this.entries.filter((entry) => entry.slot === slot);
  }

  /** Resolves when every file added so far is checked. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  /** Adds files to a slot; past the slot's limit they are listed with `file-too-many`. */
  add(spec: DocumentSpec, files: readonly File[]): UploadedFile[] {
    const added: UploadedFile[] = [];
    for (const file of files) {
      const full = this.inSlot(spec.id).length >= spec.maxFiles;
      const entry = this.create(spec.id, file);
      this.entries.push(entry);
      added.push(entry);
      if (full) {
        entry.problems = ['file-too-many'];
        entry.phase = 'done';
      } else this.check(entry, spec);
    }
    this.host.requestUpdate();
    return added;
  }

  /**
   * Puts back a file saved in a draft, with what its checks found then: no new hash or
   * inspection, only a PDF's thumbnail is drawn again (thumbnails are not saved).
   */
  restore(saved: Pick<UploadedFile, 'slot' | 'file' | 'type' | 'sha256' | 'problems' | 'inspection' | 'issuedOn'>): UploadedFile {
    const entry: UploadedFile = { ...saved, key: this.nextKey++, phase: 'done' };
    this.entries.push(entry);
    if (entry.type === 'application/pdf' && entry.inspection) this.redrawThumbnail(entry);
    else this.showThumbnail(entry);
    this.host.requestUpdate();
    return entry;
  }

  /** Puts `file` in the place of `key`'s file; the old one can be brought back with "Undo". */
  replace(key: number, spec: DocumentSpec, file: File): UploadedFile | undefined {
    const index = this.entries.findIndex((entry) => entry.key === key);
    if (index < 0) return undefined;
    const old = this.entries[index]!;
    const entry = this.create(old.slot, file);
    this.entries.splice(index, 1, entry);
    this.forget(old, index, 'replace');
    this.check(entry, spec);
    this.host.requestUpdate();
    return entry;
  }

  remove(key: number): UploadedFile | undefined {
    const index = this.entries.findIndex((entry) => entry.key === key);
    if (index < 0) return undefined;
    const [entry] = this.entries.splice(index, 1);
    this.forget(entry!, index, 'remove');
    this.host.requestUpdate();
    return entry;
  }

  /** Brings the slot's last removed file back where it was. */
  undo(slot: string): UploadedFile | undefined {
    const removed = this.removed.get(slot);
    if (!removed) return undefined;
    this.removed.delete(slot);
    this.entries.splice(Math.min(removed.index, this.entries.length), 0, removed.entry);
    this.showThumbnail(removed.entry);
    this.host.requestUpdate();
    return removed.entry;
  }

  /** Empties every slot (a form reset); nothing to undo afterwards. */
  clear(): void {
    for (const entry of this.entries) this.hideThumbnail(entry);
    this.entries = [];
    this.removed.clear();
    this.host.requestUpdate();
  }

  setIssueDate(key: number, date: string | undefined): void {
    const entry = this.entries.find((each) => each.key === key);
    if (!entry) return;
    entry.issuedOn = date;
    this.host.requestUpdate();
  }

  /**
   * A file's problems now: its own, and the duplicates no single file knows about: the same
   * bytes earlier in the same slot (pointless: an error), or in another slot (perhaps the wrong
   * file in one of them: a warning on both).
   */
  problemsOf(entry: UploadedFile): DocumentProblemCode[] {
    const problems = [...entry.problems];
    if (!entry.sha256 || problems.includes('file-too-many')) return problems;
    const twins = this.twinsOf(entry);
    const earlier = this.entries.indexOf(entry);
    if (twins.some((twin) => twin.slot === entry.slot && this.entries.indexOf(twin) < earlier)) problems.push('file-repeated');
    if (twins.some((twin) => twin.slot !== entry.slot)) problems.push('file-in-other-slot');
    return problems;
  }

  /** The other files with the same bytes, in any slot. */
  twinsOf(entry: UploadedFile): UploadedFile[] {
    return entry.sha256 ? this.entries.filter((other) => other !== entry && other.sha256 === entry.sha256) : [];
  }

  private create(slot: string, file: File): UploadedFile {
    return { key: this.nextKey++, slot, file, phase: 'reading', problems: [] };
  }

  /** The file leaves the list: its thumbnail URL goes, and it waits in its slot's "Undo". */
  private forget(entry: UploadedFile, index: number, reason: 'remove' | 'replace'): void {
    this.hideThumbnail(entry);
    this.removed.set(entry.slot, { entry, index });
    this.host.fileRemoved(entry, reason);
  }

  private check(entry: UploadedFile, spec: DocumentSpec): void {
    const work = this.run(entry, spec).finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  private async run(entry: UploadedFile, spec: DocumentSpec): Promise<void> {
    const bytes = await readUploadedFile(entry, spec);
    if (bytes && needsInspection(entry)) {
      entry.phase = 'checking';
      this.host.requestUpdate();
      // One inspection at a time; a failed one must not stop the queue.
      const turn = this.inspections.then(async () => {
        const { inspectPdf } = await loadPdf();
        return inspectPdf(new Uint8Array(bytes), {
          thumbnailWidth: THUMBNAIL_WIDTH,
          workerUrl: this.host.pdfWorkerUrl || undefined,
          signal: AbortSignal.timeout(INSPECTION_TIMEOUT_MS),
        });
      });
      this.inspections = turn.catch(() => undefined);
      try {
        applyInspection(entry, spec, await turn);
      } catch {
        // pdf.js could not be loaded (offline, blocked by a CSP) or gave up on the file: kept unchecked, the moderator will open it.
        entry.problems = [...entry.problems, 'pdf-not-checked'];
      }
    }
    entry.phase = 'done';
    if (this.entries.includes(entry)) this.showThumbnail(entry);
    this.host.requestUpdate();
    this.host.fileSettled(entry);
  }

  private redrawThumbnail(entry: UploadedFile): void {
    const work = (async () => {
      const { inspectPdf } = await loadPdf();
      const result = await inspectPdf(entry.file, { thumbnailWidth: THUMBNAIL_WIDTH, workerUrl: this.host.pdfWorkerUrl || undefined });
      if (result.ok && result.thumbnail) {
        entry.thumbnail = result.thumbnail;
        if (this.entries.includes(entry)) this.showThumbnail(entry);
        this.host.requestUpdate();
      }
    })()
      .catch(() => undefined)
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  private showThumbnail(entry: UploadedFile): void {
    const source = entry.thumbnail ?? (entry.type?.startsWith('image/') && entry.type !== 'image/tiff' ? entry.file : undefined);
    if (source && !entry.thumbnailUrl) entry.thumbnailUrl = URL.createObjectURL(source);
  }

  private hideThumbnail(entry: UploadedFile): void {
    if (entry.thumbnailUrl) URL.revokeObjectURL(entry.thumbnailUrl);
    entry.thumbnailUrl = undefined;
  }
}
