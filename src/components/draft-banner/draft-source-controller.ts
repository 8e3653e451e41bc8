/**
 * The banner's store and what it lists: the host's `store`, or the one it opens by database name
 * (`drafts`), imported only then so that a banner given a store never downloads the drafts
 * module. Re-lists on every change another tab (or this one) makes, and stops listening when the
 * host leaves the page; a store it opened itself it also closes then.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftChange, DraftStore, DraftSummary } from '../../drafts/types.js';

export interface DraftSourceHost extends ReactiveControllerHost {
  store?: DraftStore;
  drafts?: string;
}

const openNamed = async (name: string): Promise<DraftStore> => (await import('../../drafts/index.js')).openDraftStore({ name });

/** The changes after which the list may differ (`taken-over` moves a lock, not a draft). */
const RELIST: ReadonlySet<DraftChange['type']> = new Set(['saved', 'deleted', 'cleared', 'set-aside']);

export class DraftSourceController implements ReactiveController {
  /** What the store listed last; `undefined` until it first answered. */
  summaries?: DraftSummary[];
  /** False when the store says drafts cannot be kept in this browser. */
  available = true;

  private store?: DraftStore;
  private owned = false;
  private unwatch?: () => void;
  /** The store and name connected to, to tell when the host's changed. */
  private source?: { store?: DraftStore; name?: string };
  /** Bumped on every (re)connection and listing: an answer for an older one is dropped. */
  private generation = 0;
  private listing = 0;
  private readonly work = new Set<Promise<unknown>>();

  constructor(private readonly host: DraftSourceHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connect();
  }

  hostDisconnected(): void {
    this.release();
  }

  /** Call before each update: reconnects when the host's `store` or `drafts` changed. */
  follow(): void {
    if (!this.source) return; // not connected
    if (this.source.store === this.host.store && this.source.name === this.host.drafts) return;
    this.release();
    this.connect();
  }

  /** Resolves when every listing asked for so far has answered (a change that comes later starts another). */
  async settled(): Promise<void> {
    while (this.work.size) await Promise.allSettled([...this.work]);
  }

  /** Deletes a draft; the list is read again afterwards. Rejects when the store does. */
  async delete(id: string): Promise<void> {
    const store = this.store;
    if (!store) return;
    await store.delete(id);
    await this.track(this.refresh());
  }

  private connect(): void {
    const generation = ++this.generation;
    const { store, drafts: name } = this.host;
    this.source = { store, name };
    if (store) return this.attach(store, false);
    if (!name) return this.show([], true);
    this.track(
      openNamed(name).then(
        (opened) => (generation === this.generation ? this.attach(opened, true) : opened.close()),
        // The drafts module did not load (offline, a chunk the server lost): nothing to say.
        () => generation === this.generation && this.show([], true),
      ),
    );
  }

  private attach(store: DraftStore, owned: boolean): void {
    this.store = store;
    this.owned = owned;
    this.unwatch = store.watch((change) => {
      if (RELIST.has(change.type)) void this.track(this.refresh());
    });
    void this.track(this.refresh());
  }

  private async refresh(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const listing = ++this.listing;
    let summaries: DraftSummary[] = [];
    if (store.available) {
      try {
        summaries = await store.list();
      } catch {
        // A store that cannot list now keeps what it listed before: the next change lists again.
        summaries = this.summaries ?? [];
      }
    }
    if (listing === this.listing && store === this.store) this.show(summaries, store.available);
  }

  private show(summaries: DraftSummary[], available: boolean): void {
    this.summaries = summaries;
    this.available = available;
    this.host.requestUpdate();
  }

  private release(): void {
    this.generation++;
    this.listing++;
    this.unwatch?.();
    this.unwatch = undefined;
    if (this.owned) this.store?.close();
    this.store = undefined;
    this.owned = false;
    this.source = undefined;
    this.summaries = undefined;
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.work.add(promise);
    const done = () => void this.work.delete(promise);
    promise.then(done, done);
    return promise;
  }
}
