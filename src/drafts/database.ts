/**
 * The drafts database: its stores, its upgrade, and a connection that steps aside for other tabs.
 *
 * - `drafts` (keyPath `id`): one record per draft, readable fields beside one sealed payload (records.ts).
 * - `files` (key `[draftId, fileId]`): one sealed file each, so that an autosave of typing rewrites
 *   a few kB and never the documents.
 * - `keys` (key `current`): the CryptoKey (keys.ts).
 */

export const DRAFTS = 'drafts';
export const FILES = 'files';
export const KEYS = 'keys';
/** The layout version of the database (not the data's schema version, which is the host's). */
const VERSION = 1;

export type Database = IDBDatabase;

/**
 * Opens the database, creating its stores on first use. Rejects where IndexedDB cannot be used
 * (a factory that throws, an `error` event as in Firefox's old private windows, a newer layout
 * left by a newer version of the widgets). `onClosed` runs when the connection goes away: another
 * tab upgrades or deletes the database (`versionchange`, answered by closing at once so that it
 * is not blocked), or the browser closes it; the store then reopens on its next use.
 */
export async function openDatabase(factory: IDBFactory, name: string, onClosed: () => void): Promise<Database> {
  const request = factory.open(name, VERSION);
  request.onupgradeneeded = (event) => {
    if (event.oldVersion >= 1) return;
    const db = request.result;
    db.createObjectStore(DRAFTS, { keyPath: 'id' });
    db.createObjectStore(FILES);
    db.createObjectStore(KEYS);
  };
  const db = await result(request);
  db.onversionchange = () => {
    db.close();
    onClosed();
  };
  db.onclose = onClosed;
  return db;
}

/*
 * The plain IndexedDB API with two promises, rather than the `idb` package: it would add about
 * 1 kB min+gzip to an entry whose budget is 5 kB, for what these dozen lines do.
 */

/** A request's result (or its error). Awaiting it keeps the transaction alive: promise jobs run before it can commit. */
export const result = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/**
 * A transaction and the promise of its end: resolved when it commits, rejected with its error when
 * it aborts (a full disk shows here, as a QuotaExceededError). Writes are left as plain requests:
 * their outcome is the transaction's, and a promise each would be one unhandled rejection each on
 * an abort.
 */
export function transaction(db: Database, names: string[], mode: IDBTransactionMode = 'readonly') {
  const tx = db.transaction(names, mode);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
  });
  done.catch(() => {}); // met by whoever awaits it
  return { tx, done, store: (name: string) => tx.objectStore(name) };
}

/** Every file record of one draft: array keys `[id, …]` sort after `[id]` and before `[id, []]`. */
export const filesOf = (id: string) => IDBKeyRange.bound([id], [id, []]);

/**
 * Ends a transaction whose work failed halfway (a put that threw, a stale read), so that none of
 * it commits. Aborting a finished transaction throws, which is ignored.
 */
export function abort(tx: IDBTransaction) {
  try {
    tx.abort();
  } catch {
    // already finished
  }
}

/**
 * Whether this browser keeps Blobs in IndexedDB. WebKit's private windows refuse them, and a
 * refusal amid other requests can leave that transaction hanging for good, so it is asked once,
 * alone: a lone put whose success means yes (it is then aborted: nothing is written), whose
 * error, throw or silence (a second) means no.
 */
export const takesBlobs = (db: Database) =>
  new Promise<boolean>((answer) => {
    setTimeout(answer, 1000, false);
    try {
      const { tx, store } = transaction(db, [FILES], 'readwrite');
      const request = store(FILES).put(new Blob(['?']), ['', '']);
      request.onsuccess = () => {
        answer(true);
        abort(tx);
      };
      request.onerror = () => answer(false);
    } catch {
      answer(false);
    }
  });
