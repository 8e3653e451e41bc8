/**
 * The draft store's contract: what a draft holds, what each operation answers, how tabs are
 * told. No lit, no DOM beyond IndexedDB, WebCrypto, Web Locks and BroadcastChannel.
 *
 * A draft holds the form data and the documents of one unfinished registration. Passwords and
 * e-mail codes never enter it (the forms keep them out of `data`; `save` refuses a draft whose
 * data carries a key named like one). At rest everything personal is encrypted with AES-GCM
 * under a non-extractable key kept in the same database: the data, the file names and every
 * file's bytes. What stays readable is what the store needs without the key: ids, kind, step,
 * times, version, sizes.
 */

export type DraftKind = 'resident' | 'non-resident';

/** One document file of a draft, as the uploader restores it (bytes and what its checks found). */
export interface DraftFile {
  /** The uploader's slot id. */
  slot: string;
  name: string;
  /** The type read from the content (`application/pdf`…). */
  type: string;
  size: number;
  sha256: string;
  issuedOn?: string;
  /** The uploader's inspection result (pages, PDF/A, signatures…), restored as it was. */
  inspection?: unknown;
  /** Its problems when saved (warnings: a file with an error is not saved). */
  problems?: string[];
  blob: Blob;
}

/** What a widget hands to `save`. */
export interface DraftInput {
  /** Stable per registration; `newDraftId()` makes one. */
  id: string;
  kind: DraftKind;
  /** Where the user is: 0-based step index, and how many steps the flow has. */
  step: number;
  steps: number;
  /** The widgets' values (JSON-serialisable). Never a password or an e-mail code. */
  data: Record<string, unknown>;
  /** Omitted: the files saved last time stay as they are (an autosave of typing writes no file). */
  files?: DraftFile[];
}

export interface Draft extends Required<DraftInput> {
  updatedAt: number;
  expiresAt: number;
  /** The schema version the data now has (after migrations). */
  schemaVersion: number;
}

/** What `list()` gives without decrypting anything. */
export interface DraftSummary {
  id: string;
  kind: DraftKind;
  step: number;
  steps: number;
  updatedAt: number;
  expiresAt: number;
  fileCount: number;
  /** Set aside: it could not be read (corrupt, lost key, newer schema) and is kept apart, not deleted. */
  setAside?: DraftProblemCode;
}

/** Stable codes of what can go wrong; each has a message in the widgets' languages. */
export type DraftProblemCode =
  | 'draft-unavailable' // no IndexedDB (private window, blocked storage): drafts are off for this page
  | 'draft-quota' // the browser refused the space: the text is kept, the largest files are not
  | 'draft-corrupt' // a record that no longer decrypts or validates (set aside)
  | 'draft-key-lost' // the key is gone (storage partly cleared): every draft set aside
  | 'draft-newer' // saved by a newer version of the widgets (set aside, never overwritten)
  | 'draft-expired' // past its expiry: deleted on open
  | 'draft-missing' // no such draft
  | 'draft-locked' // another tab holds the draft
  | 'draft-secret'; // the data carried a password or code: refused

export type SaveResult =
  | { ok: true; draft: DraftSummary; /** files left out for lack of space, largest first */ droppedFiles: string[] }
  | { ok: false; code: DraftProblemCode; cause?: unknown };

export type LoadResult = { ok: true; draft: Draft } | { ok: false; code: DraftProblemCode; cause?: unknown };

/** What other tabs (and this one) hear through `watch`. */
export type DraftChange =
  | { type: 'saved'; id: string; updatedAt: number; by: string }
  | { type: 'deleted'; id: string; by: string }
  | { type: 'cleared'; by: string }
  | { type: 'set-aside'; id: string; code: DraftProblemCode; by: string }
  | { type: 'taken-over'; id: string; by: string };

/** One tab's hold on a draft (Web Locks): only the holder saves. */
export interface DraftLock {
  /** True when this tab holds the draft; false when another does (then this tab looks read-only). */
  readonly held: boolean;
  /** Takes the draft from the tab that holds it (that tab is told with `taken-over`); resolves held. */
  takeOver(): Promise<void>;
  release(): void;
}

export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export interface DraftStoreOptions {
  /** IndexedDB database name; default `tirkeu-drafts`. Two portals on one origin use two names. */
  name?: string;
  /** Days a draft is kept after its last save; default 30. */
  ttlDays?: number;
  /** The data's schema version now, and how to bring older data up to it: `migrations[n]` turns version n into n + 1. */
  schemaVersion?: number;
  migrations?: Record<number, Migration>;
  /** For tests: the clock, and an IndexedDB factory (one that throws stands for "unavailable"). */
  now?: () => number;
  indexedDB?: IDBFactory;
}

export interface DraftStore {
  /** False when IndexedDB could not be opened: every call then answers `draft-unavailable` and nothing is kept. */
  readonly available: boolean;
  save(draft: DraftInput): Promise<SaveResult>;
  load(id: string): Promise<LoadResult>;
  list(): Promise<DraftSummary[]>;
  delete(id: string): Promise<void>;
  clearAll(): Promise<void>;
  watch(listener: (change: DraftChange) => void): () => void;
  claim(id: string): Promise<DraftLock>;
  /** Asks the browser to keep the storage (`navigator.storage.persist()`), once; resolves its answer. */
  persist(): Promise<boolean>;
  close(): void;
}
