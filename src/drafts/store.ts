/**
 * The IndexedDB draft store. Every answer is a value: a failure of the database, of WebCrypto or
 * of a record becomes a code (types.ts), never an exception in the page.
 */
import { context, isSealed, unseal } from './crypto.js';
import { DRAFTS, FILES, filesOf, KEYS, openDatabase, result, transaction, type Database } from './database.js';
import { fail, type Failure } from './failure.js';
import { asKey, CURRENT, type KeyEntry } from './keys.js';
import { migrate } from './migrations.js';
import { decodePayload, isExpired, isStoredDraft, sameWrite, summary, type Payload, type StoredDraft, type StoredFileBytes } from './records.js';
import { saveDraft } from './save.js';
import { createTabs, type Tabs } from './tabs.js';
import type { DraftFile, DraftProblemCode, DraftStore, LoadResult, Migration } from './types.js';

export interface StoreConfig {
  name: string;
  ttlMs: number;
  version: number;
  migrations: Record<number, Migration>;
  now: () => number;
  factory: IDBFactory;
}

export type Reading = { ok: true; record: StoredDraft; payload: Payload } | Failure;

/** What save.ts needs of the store around it. */
export interface StoreContext {
  config: StoreConfig;
  tabs: Tabs;
  /** Whether file bytes go in as Blobs (database.ts `takesBlobs`), asked at the first file saved. */
  blobs?: Promise<boolean>;
  read(db: Database, id: string): Promise<{ record: unknown; key?: KeyEntry }>;
  inspect(db: Database, record: unknown, key?: KeyEntry): Promise<Reading>;
}

/**
 * The store. index.ts opens it (`connect`, which also reopens it after a `versionchange`) and
 * sweeps it; one that could not open is closed with the cause, and is the unavailable store:
 * every answer `draft-unavailable`, nothing kept, not even in memory (a draft that vanishes with
 * the tab would promise what it cannot keep).
 */
export function createStore(config: StoreConfig) {
  const tabs = createTabs(config.name);
  let db: Promise<Database> | undefined;
  /** Why the store is closed (`close()`, or it could not open); undefined while open. */
  let closed: unknown;
  let persisted: Promise<boolean> | undefined;
  /** `id code` pairs already announced as set aside, so that every load of one does not announce it again. */
  const reported = new Set<string>();

  function connect(): Promise<Database> {
    if (closed) return Promise.reject(closed);
    if (db) return db;
    const opening: Promise<Database> = openDatabase(config.factory, config.name, () => db === opening && (db = undefined));
    opening.catch(() => db === opening && (db = undefined));
    return (db = opening);
  }

  /**
   * Runs one operation, once more on a fresh connection if it closed under it (`InvalidStateError`:
   * another tab upgraded or deleted the database), and answers `fallback(cause)` if it still fails.
   */
  async function answer<T>(op: (db: Database) => Promise<T>, fallback: (cause: unknown) => T): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await op(await connect());
      } catch (cause) {
        if ((cause as DOMException)?.name !== 'InvalidStateError' || attempt || closed) return fallback(cause);
        void db?.then((d) => d.close(), nothing);
        db = undefined;
      }
    }
  }
  const unavailable = (cause: unknown) => fail('draft-unavailable', cause);
  const nothing = () => undefined;

  /** One draft (or all, without `id`) and the key, in one transaction so that they agree. */
  async function read(db: Database, id: string): Promise<{ record: unknown; key?: KeyEntry }>;
  async function read(db: Database): Promise<{ record: StoredDraft[]; key?: KeyEntry }>;
  async function read(db: Database, id?: string): Promise<{ record: any; key?: KeyEntry }> {
    const { store } = transaction(db, [DRAFTS, KEYS]);
    const drafts = store(DRAFTS);
    const [record, key] = await Promise.all([result((id === undefined ? drafts.getAll() : drafts.get(id)) as IDBRequest<unknown>), result(store(KEYS).get(CURRENT))]);
    return { record, key: asKey(key) };
  }

  /** The drafts that have not expired, and the key; the expired ones are deleted on the way. */
  async function current(db: Database) {
    const { record: records, key } = await read(db);
    const now = config.now();
    for (const r of records) if (isExpired(r, now)) await remove(db, r.id);
    return { records: records.filter((r) => !isExpired(r, now)), key };
  }

  async function remove(db: Database, id: IDBValidKey) {
    const { store, done } = transaction(db, [DRAFTS, FILES], 'readwrite');
    store(DRAFTS).delete(id);
    store(FILES).delete(filesOf(String(id)));
    await done;
  }

  /** Why a record cannot be read, from its readable fields alone (no decryption). */
  function precheck(r: unknown, key?: KeyEntry): DraftProblemCode | undefined {
    // Before the shape: a newer version may have changed it.
    if ((r as StoredDraft)?.schemaVersion > config.version) return 'draft-newer';
    if (!isStoredDraft(r)) return 'draft-corrupt';
    if (r.keyId !== key?.id) return 'draft-key-lost';
  }

  function report(id: string, code: DraftProblemCode) {
    if (reported.has(`${id} ${code}`)) return;
    reported.add(`${id} ${code}`);
    tabs.announce({ type: 'set-aside', id, code });
  }

  /**
   * Writes down (or clears) `draft-corrupt` on the record that was read, and not on one another
   * tab saved meanwhile. Best effort: the caller answers the code whether or not it is written.
   * Only this code is written: newer and key-lost show in the readable fields, and a newer
   * version's record is never written to.
   */
  async function mark(db: Database, record: StoredDraft, code?: 'draft-corrupt') {
    if (code) report(String(record.id), code);
    if (record.setAside === code) return;
    try {
      const { store, done } = transaction(db, [DRAFTS], 'readwrite');
      const { setAside: _, ...rest } = record;
      if (sameWrite(await result(store(DRAFTS).get(record.id)), record)) store(DRAFTS).put(code ? { ...rest, setAside: code } : rest);
      await done;
    } catch {
      // the code is answered anyway
    }
  }

  /** Decrypts and checks a record's payload; one that fails is set aside and announced. */
  async function inspect(db: Database, record: unknown, key?: KeyEntry): Promise<Reading> {
    const code = precheck(record, key);
    const r = record as StoredDraft;
    const payload = code ? undefined : await unseal(key!.key, r, context('data', r.id, r.schemaVersion)).then(decodePayload, nothing);
    if (payload) return { ok: true, record: r, payload };
    if (code) report(summary(r).id, code);
    else await mark(db, r, 'draft-corrupt');
    return fail(code ?? 'draft-corrupt');
  }

  const context_: StoreContext = { config, tabs, read, inspect };

  const store = {
    available: true as boolean,
    connect,

    /** Purges expired drafts and finds the ones that no longer read, so that `list()` shows them set aside. */
    sweep: () =>
      answer(async (db) => {
        const { records, key } = await current(db);
        for (const record of records) await inspect(db, record, key);
      }, nothing),

    save: (input) => saveDraft(context_, input, (op) => answer(op, unavailable)),

    load: (id) =>
      answer(async (db): Promise<LoadResult> => {
        const { record, key } = await read(db, id);
        if (record === undefined) return fail('draft-missing');
        if (isExpired(record, config.now())) {
          await remove(db, id);
          return fail('draft-expired');
        }
        const reading = await inspect(db, record, key);
        if (!reading.ok) return reading;
        const { record: r, payload } = reading;
        const files = transaction(db, [FILES]).store(FILES);
        const stored = await Promise.all(payload.files.map((f) => result<Partial<StoredFileBytes> | undefined>(files.get([id, f.id]))));
        try {
          // File by file, so that reading one, decrypting the next (off the main thread) and
          // making the Blob of a third overlap.
          const files = await Promise.all(
            payload.files.map(async ({ id: fileId, ...meta }, i): Promise<DraftFile> => {
              const { iv, bytes } = stored[i] ?? {};
              const sealed = { iv, bytes: bytes instanceof Blob ? await bytes.arrayBuffer() : bytes };
              if (!isSealed(sealed)) throw new TypeError(`no file ${fileId}`);
              const plain = await unseal(key!.key, sealed, context('file', id, fileId));
              return { ...meta, blob: new File([plain], meta.name, { type: meta.type }) };
            }),
          );
          const data = migrate(payload.data, r.schemaVersion, config.version, config.migrations);
          if (r.setAside) await mark(db, r);
          const { kind, step, steps } = payload;
          return { ok: true, draft: { id, kind, step, steps, data, files, updatedAt: r.updatedAt, expiresAt: r.expiresAt, schemaVersion: config.version } };
        } catch (cause) {
          await mark(db, r, 'draft-corrupt');
          return fail('draft-corrupt', cause);
        }
      }, unavailable),

    list: () =>
      answer(async (db) => {
        const { records, key } = await current(db);
        return records
          .map((r) => summary(r, precheck(r, key) ?? (r.setAside === 'draft-corrupt' ? r.setAside : undefined)))
          .sort((a, b) => b.updatedAt - a.updatedAt);
      }, () => []),

    delete: (id) =>
      answer(async (db) => {
        await remove(db, id);
        tabs.announce({ type: 'deleted', id });
      }, nothing),

    /** Every draft, every file and the key: what is left anywhere (a failed delete, a backup) can no longer be read. */
    clearAll: () =>
      answer(async (db) => {
        const names = [DRAFTS, FILES, KEYS];
        const { store, done } = transaction(db, names, 'readwrite');
        for (const name of names) store(name).clear();
        await done;
        tabs.announce({ type: 'cleared' });
      }, nothing),

    watch: (listener) => tabs.watch(listener),
    claim: (id) => tabs.claim(id),

    persist: () =>
      (persisted ??= (async () => {
        try {
          return !closed && (await navigator.storage.persist()) === true;
        } catch {
          return false;
        }
      })()),

    close(cause: unknown = new DOMException('closed', 'InvalidStateError')) {
      closed ??= cause;
      tabs.close();
      void db?.then((d) => d.close(), nothing);
      db = undefined;
    },
  } satisfies DraftStore & Record<string, unknown>;
  return store;
}
