/**
 * An in-memory `DraftStore` for tests and stories: the contract of src/drafts/types.ts without
 * IndexedDB or encryption. Several instances on one `MemoryDraftStorage` stand for several tabs
 * on one database: each hears the others' changes through `watch` (and its own, as the real
 * store's tab does), delivered a task later, as BroadcastChannel delivers them.
 *
 * What a test needs beyond the contract: `seed` puts a draft saved earlier (its own times),
 * `setAside` marks one unreadable as the real store does when it finds it so, and `failNext`
 * makes the next call of an operation reject.
 */
import type {
  Draft,
  DraftChange,
  DraftInput,
  DraftKind,
  DraftLock,
  DraftProblemCode,
  DraftStore,
  DraftSummary,
  LoadResult,
  SaveResult,
} from '../../src/drafts/types.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Keys the real store refuses to keep (passwords and e-mail codes). */
const SECRET_KEY = /password|emailcode|confirmationcode/i;

interface StoredDraft {
  draft: Draft;
  setAside?: DraftProblemCode;
}

/** The shared "database": its drafts, its tabs' listeners and its locks. */
export class MemoryDraftStorage {
  readonly drafts = new Map<string, StoredDraft>();
  readonly listeners = new Set<(change: DraftChange) => void>();
  readonly locks = new Map<string, string>();

  broadcast(change: DraftChange): void {
    // A task later, as BroadcastChannel delivers: a listener never runs inside the call that caused it.
    for (const listener of [...this.listeners]) setTimeout(() => this.listeners.has(listener) && listener(change));
  }
}

/** A draft as `seed` takes it: the summary's facts, the rest optional. */
export interface SeedDraft {
  id: string;
  kind?: DraftKind;
  step?: number;
  steps?: number;
  updatedAt: number;
  /** Default: `updatedAt` plus the store's time to live. */
  expiresAt?: number;
  data?: Record<string, unknown>;
  files?: Draft['files'];
  setAside?: DraftProblemCode;
}

export interface MemoryDraftStoreOptions {
  /** Another tab's storage to share; default a new one. */
  storage?: MemoryDraftStorage;
  /** False: as when IndexedDB cannot be opened (private window, blocked storage). */
  available?: boolean;
  now?: () => number;
  ttlDays?: number;
  schemaVersion?: number;
  /** This tab's name in the changes it sends (`by`). */
  tab?: string;
}

type Operation = 'list' | 'delete' | 'save' | 'load';

let tabs = 0;

export class MemoryDraftStore implements DraftStore {
  readonly available: boolean;
  readonly storage: MemoryDraftStorage;
  readonly tab: string;
  /** What each operation was called with, for tests to read: `deleted` holds the ids given to `delete`. */
  readonly deleted: string[] = [];
  listCalls = 0;
  private readonly now: () => number;
  private readonly ttlMs: number;
  private readonly schemaVersion: number;
  private readonly failures = new Map<Operation, unknown>();
  private readonly own = new Set<(change: DraftChange) => void>();
  private closed = false;

  constructor(options: MemoryDraftStoreOptions = {}) {
    this.available = options.available ?? true;
    this.storage = options.storage ?? new MemoryDraftStorage();
    this.now = options.now ?? Date.now;
    this.ttlMs = (options.ttlDays ?? 30) * DAY_MS;
    this.schemaVersion = options.schemaVersion ?? 1;
    this.tab = options.tab ?? `tab-${++tabs}`;
    this.purgeExpired();
  }

  /** Puts a draft saved before this page opened, with its own times; tells nobody. */
  seed(...drafts: SeedDraft[]): this {
    for (const d of drafts) {
      this.storage.drafts.set(d.id, {
        draft: {
          id: d.id,
          kind: d.kind ?? 'resident',
          step: d.step ?? 0,
          steps: d.steps ?? 7,
          data: d.data ?? {},
          files: d.files ?? [],
          updatedAt: d.updatedAt,
          expiresAt: d.expiresAt ?? d.updatedAt + this.ttlMs,
          schemaVersion: this.schemaVersion,
        },
        ...(d.setAside ? { setAside: d.setAside } : {}),
      });
    }
    return this;
  }

  /** Marks a draft unreadable and tells every tab, as the real store does when a load finds it so. */
  setAside(id: string, code: DraftProblemCode): void {
    const stored = this.storage.drafts.get(id);
    if (!stored) return;
    stored.setAside = code;
    this.storage.broadcast({ type: 'set-aside', id, code, by: this.tab });
  }

  /** The next call of `operation` rejects with `error`. */
  failNext(operation: Operation, error: unknown = new DOMException('simulated', 'UnknownError')): void {
    this.failures.set(operation, error);
  }

  async save(input: DraftInput): Promise<SaveResult> {
    this.fail('save');
    if (!this.available) return { ok: false, code: 'draft-unavailable' };
    if (Object.keys(input.data).some((key) => SECRET_KEY.test(key))) return { ok: false, code: 'draft-secret' };
    const stored = this.storage.drafts.get(input.id);
    if (stored?.setAside) return { ok: false, code: stored.setAside };
    const updatedAt = this.now();
    const draft: Draft = {
      ...input,
      files: input.files ?? stored?.draft.files ?? [],
      updatedAt,
      expiresAt: updatedAt + this.ttlMs,
      schemaVersion: this.schemaVersion,
    };
    this.storage.drafts.set(input.id, { draft });
    this.storage.broadcast({ type: 'saved', id: input.id, updatedAt, by: this.tab });
    return { ok: true, draft: summaryOf({ draft }), droppedFiles: [] };
  }

  async load(id: string): Promise<LoadResult> {
    this.fail('load');
    if (!this.available) return { ok: false, code: 'draft-unavailable' };
    const stored = this.storage.drafts.get(id);
    if (!stored) return { ok: false, code: 'draft-missing' };
    if (stored.setAside) return { ok: false, code: stored.setAside };
    if (stored.draft.expiresAt <= this.now()) return { ok: false, code: 'draft-expired' };
    return { ok: true, draft: structuredClone(stored.draft) };
  }

  async list(): Promise<DraftSummary[]> {
    this.listCalls++;
    this.fail('list');
    if (!this.available) return [];
    this.purgeExpired();
    return [...this.storage.drafts.values()].map(summaryOf);
  }

  async delete(id: string): Promise<void> {
    this.deleted.push(id);
    this.fail('delete');
    if (!this.available) return;
    if (this.storage.drafts.delete(id)) this.storage.broadcast({ type: 'deleted', id, by: this.tab });
  }

  async clearAll(): Promise<void> {
    if (!this.available) return;
    this.storage.drafts.clear();
    this.storage.broadcast({ type: 'cleared', by: this.tab });
  }

  watch(listener: (change: DraftChange) => void): () => void {
    // Each call gets its own entry, so that one listener watching twice is unsubscribed once per call.
    const entry = (change: DraftChange) => listener(change);
    this.own.add(entry);
    this.storage.listeners.add(entry);
    return () => {
      this.own.delete(entry);
      this.storage.listeners.delete(entry);
    };
  }

  /** How many listeners this tab has now: 0 after every watcher unsubscribed. */
  get watchers(): number {
    return this.own.size;
  }

  async claim(id: string): Promise<DraftLock> {
    const { locks } = this.storage;
    if (!locks.has(id)) locks.set(id, this.tab);
    const store = this;
    return {
      get held() {
        return locks.get(id) === store.tab;
      },
      async takeOver() {
        locks.set(id, store.tab);
        store.storage.broadcast({ type: 'taken-over', id, by: store.tab });
      },
      release() {
        if (locks.get(id) === store.tab) locks.delete(id);
      },
    };
  }

  async persist(): Promise<boolean> {
    return this.available;
  }

  close(): void {
    this.closed = true;
    for (const entry of this.own) this.storage.listeners.delete(entry);
    this.own.clear();
  }

  /** True once `close()` was called. */
  get isClosed(): boolean {
    return this.closed;
  }

  private fail(operation: Operation): void {
    if (!this.failures.has(operation)) return;
    const error = this.failures.get(operation);
    this.failures.delete(operation);
    throw error;
  }

  /** The real store deletes expired drafts when it opens; this one also when it lists. */
  private purgeExpired(): void {
    const now = this.now();
    for (const [id, { draft }] of this.storage.drafts) if (draft.expiresAt <= now) this.storage.drafts.delete(id);
  }
}

function summaryOf({ draft, setAside }: StoredDraft): DraftSummary {
  return {
    id: draft.id,
    kind: draft.kind,
    step: draft.step,
    steps: draft.steps,
    updatedAt: draft.updatedAt,
    expiresAt: draft.expiresAt,
    fileCount: draft.files.length,
    ...(setAside ? { setAside } : {}),
  };
}
