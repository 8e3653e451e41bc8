/**
 * tirkeu/drafts: unfinished registrations kept in the browser, encrypted, expiring, safe across
 * tabs (docs/drafts.md). No lit: the widgets import this, never the other way round.
 */
import { randomId } from './crypto.js';
import { createStore } from './store.js';
import type { DraftStore, DraftStoreOptions } from './types.js';

export type * from './types.js';

const DAY = 86_400_000;

/** A new draft id: 128 random bits as 32 hex digits. */
export const newDraftId: () => string = randomId;

/**
 * Opens (creating on first use) the drafts database, purges expired drafts and sets aside those
 * that no longer read. Never rejects: where drafts cannot be kept (no IndexedDB or WebCrypto,
 * storage blocked, options that make no sense) it resolves a store with `available: false` whose
 * every answer is `draft-unavailable`, with the reason as `cause`.
 */
export async function openDraftStore(options: DraftStoreOptions = {}): Promise<DraftStore> {
  const { name = 'tirkeu-drafts', ttlDays = 30, schemaVersion = 1, migrations = {}, now = Date.now } = options;
  let factory = options.indexedDB;
  try {
    factory ??= indexedDB;
  } catch {
    // reading `indexedDB` throws in some blocked-storage setups (Firefox with cookies off)
  }
  const store = createStore({ name, ttlMs: ttlDays * DAY, version: schemaVersion, migrations, now, factory: factory! });
  try {
    if (!crypto.subtle) throw new DOMException('no WebCrypto', 'NotSupportedError');
    if (!name || !(ttlDays > 0 && ttlDays < 1e5) || !Number.isSafeInteger(schemaVersion) || schemaVersion < 1) throw new RangeError('draft store options');
    // Opening for real is the only test: private windows and blocked storage are not to be guessed.
    await store.connect();
    await store.sweep();
  } catch (cause) {
    store.close(cause);
    store.available = false;
  }
  return store;
}
