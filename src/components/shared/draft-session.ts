/**
 * One draft as the widgets of a page write it together: the forms put their values under their
 * part's name, the uploader its files; typing is saved after a pause (at most `SAVE_DELAY_MS` of
 * it can be lost), files and a page being hidden or left are saved at once. Widgets with the
 * same store and draft id share one session, so neither overwrites what the other wrote.
 * Loaded only by widgets that are given a draft store (`drafts` / `draftStore`).
 */
import type { Draft, DraftFile, DraftKind, DraftLock, DraftStore, LoadResult, SaveResult } from '../../drafts/types.js';

/** Under a second, so that a crash or a closed tab loses less than a second of typing. */
export const SAVE_DELAY_MS = 700;

const stores = new Map<string, Promise<DraftStore>>();

/** The page's store for a database name, opened once and shared. */
export function storeNamed(name: string): Promise<DraftStore> {
  let store = stores.get(name);
  if (!store) {
    store = import('../../drafts/index.js').then(({ openDraftStore }) => openDraftStore({ name }));
    stores.set(name, store);
  }
  return store;
}

const sessions = new WeakMap<DraftStore, Map<string, DraftSession>>();
/** The draft this page started on each store (not one it continues), until it is finished. */
const started = new WeakMap<DraftStore, string>();

export class DraftSession {
  /** The session of `id` in `store`, shared by every widget of the page that writes it. */
  static of(store: DraftStore, id: string): DraftSession {
    let byId = sessions.get(store);
    if (!byId) sessions.set(store, (byId = new Map()));
    let session = byId.get(id);
    if (!session) byId.set(id, (session = new DraftSession(store, id)));
    return session;
  }

  /** The id of the draft this page started on `store`, for a widget that joins it. */
  static newOn(store: DraftStore): string | undefined {
    return started.get(store);
  }

  /** Marks `id` as the draft this page started on its store. */
  markStarted(): void {
    if (!started.has(this.store)) started.set(this.store, this.id);
  }

  /** What the draft held when loaded, part by part. */
  private readonly parts: Record<string, unknown> = {};
  /**
   * How to read each widget's part now. Read when the save happens, not on every keystroke: a
   * form's value is a whole evaluation, and only the last one before the pause is saved.
   */
  private readonly readers = new Map<string, () => unknown>();
  private kind: DraftKind = 'resident';
  private step = 0;
  private steps = 1;
  /** Files to write with the next save; undefined: keep the saved ones. */
  private files?: DraftFile[];
  private timer?: ReturnType<typeof setTimeout>;
  private loading?: Promise<LoadResult>;
  private saving: Promise<unknown> = Promise.resolve();
  /** After a successful submit: nothing is saved any more. */
  private finished = false;
  /** Another tab holds the draft: this one saves nothing, so neither overwrites the other. */
  paused = false;
  private readonly onHide = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
  private readonly onPageHide = () => void this.flush();
  /** Told of every save's outcome (the first widget attached says what went wrong, once). */
  reporter?: (result: SaveResult) => void;

  private constructor(
    readonly store: DraftStore,
    readonly id: string,
  ) {
    document.addEventListener('visibilitychange', this.onHide);
    window.addEventListener('pagehide', this.onPageHide);
  }

  /**
   * Holds the draft for this tab (Web Locks), once for all its widgets; when another tab holds
   * it or takes it over, this tab stops saving and `onLost` says so.
   */
  claim(onLost: () => void): Promise<void> {
    this.claiming ??= this.store.claim(this.id).then((lock) => {
      this.lock = lock;
      if (!lock.held) {
        this.paused = true;
        onLost();
      }
      this.unwatch = this.store.watch((change) => {
        if (change.type === 'taken-over' && change.id === this.id && lock.held === false) {
          this.paused = true;
          onLost();
        }
      });
    });
    return this.claiming;
  }
  private claiming?: Promise<void>;
  private lock?: DraftLock;

  /**
   * This tab takes the draft from the one that holds it (that tab stops saving and is told), and
   * saves what it has now: what the user chose when told the draft was open elsewhere.
   */
  async takeOver(): Promise<void> {
    await this.claiming;
    await this.lock?.takeOver();
    this.paused = false;
    await this.flush();
  }
  private unwatch?: () => void;

  /**
   * The draft as saved: one read for the widgets that restore from it together. Only the read
   * in flight is shared: a widget that comes later (a flow's next step, a widget put back on the
   * page) reads what has been saved since, not what was there when the first one looked.
   */
  load(): Promise<LoadResult> {
    this.loading ??= this.store.load(this.id).then((result) => {
      this.loading = undefined;
      if (result.ok) this.adopt(result.draft);
      return result;
    });
    return this.loading;
  }

  /** A widget's values changed: saved after a pause in the typing, read from `read` then. */
  update(part: string, read: () => unknown, where: { kind: DraftKind; step?: number; steps?: number }): void {
    if (this.finished) return;
    this.readers.set(part, read);
    this.kind = where.kind;
    if (where.step !== undefined) this.step = where.step;
    if (where.steps !== undefined) this.steps = where.steps;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** The documents changed: saved at once, bytes and all. */
  updateFiles(files: DraftFile[], kind: DraftKind): Promise<SaveResult | undefined> {
    if (this.finished) return Promise.resolve(undefined);
    this.files = files;
    this.kind = kind;
    return this.flush();
  }

  /** Saves now what is pending (also when the page is hidden or left). */
  flush(): Promise<SaveResult | undefined> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.finished || this.paused || (!this.readers.size && !this.files)) return Promise.resolve(undefined);
    for (const [part, read] of this.readers) this.parts[part] = read();
    const files = this.files;
    this.files = undefined;
    const draft = { id: this.id, kind: this.kind, step: this.step, steps: this.steps, data: { ...this.parts }, ...(files ? { files } : {}) };
    // One save at a time, in order: a slow file save must not land after the typing that followed it.
    const saved = this.saving.then(() => this.store.save(draft));
    this.saving = saved.catch(() => undefined);
    void saved.then((result) => this.reporter?.(result), () => undefined);
    return saved;
  }

  /** The registration was submitted (or started over): the draft and its files go. */
  async finish(): Promise<void> {
    this.finished = true;
    clearTimeout(this.timer);
    await this.saving;
    await this.store.delete(this.id);
    this.dispose();
  }

  private adopt(draft: Draft): void {
    Object.assign(this.parts, draft.data);
    this.kind = draft.kind;
    this.step = draft.step;
    this.steps = draft.steps;
  }

  private dispose(): void {
    this.unwatch?.();
    if (started.get(this.store) === this.id) started.delete(this.store);
    document.removeEventListener('visibilitychange', this.onHide);
    window.removeEventListener('pagehide', this.onPageHide);
    sessions.get(this.store)?.delete(this.id);
  }
}
