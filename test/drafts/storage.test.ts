import { expect } from '@open-wc/testing';
import { openDraftStore } from '../../src/drafts/index.js';
import { engine } from '../engine.js';
import { bytesOf, cleanUp, dbName, documentFile, draftInput, open, rawGet, rawRecords, request } from './helpers.js';

const put = IDBObjectStore.prototype.put;
/** Puts every IndexedDB put through `check` (which throws to refuse it) until `restore()`, or the end of the test. */
function checkPuts(check: (store: IDBObjectStore, value: any) => void) {
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: any, key?: IDBValidKey) {
    check(this, value);
    return put.call(this, value, key);
  };
}
const restore = () => (IDBObjectStore.prototype.put = put);
afterEach(restore);

/**
 * Stands for an origin whose quota is `limit` bytes per transaction: a put that would go past it
 * throws the DOMException a full disk gives, as browsers do when a write does not fit.
 */
function quota(limit: number) {
  const used = new WeakMap<IDBTransaction, number>();
  const size = (value: any) => (value?.bytes instanceof Blob ? value.bytes.size : value?.bytes instanceof ArrayBuffer ? value.bytes.byteLength : 0);
  return checkPuts((store, value) => {
    const total = (used.get(store.transaction) ?? 0) + size(value);
    if (total > limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    used.set(store.transaction, total);
  });
}

describe('drafts: quota', () => {
  afterEach(cleanUp);

  it('keeps the text without the largest files when the space runs out, and says which', async () => {
    const name = dbName('quota');
    const store = await open(name);
    const small = await documentFile('passport', 'small', 100_000);
    const large = await documentFile('charter', 'large', 3_000_000);
    const medium = await documentFile('licence', 'medium', 1_000_000);
    quota(1_500_000);
    const saved = await store.save(draftInput('d1', { files: [small, large, medium] }));
    restore();
    expect(saved.ok && saved.droppedFiles).to.deep.equal([large.name]);
    expect(saved.ok && saved.draft.fileCount).to.equal(2);
    const loaded = await store.load('d1');
    if (!loaded.ok) throw new Error(loaded.code);
    expect(loaded.draft.files.map((f) => f.slot)).to.deep.equal(['passport', 'licence']);
    expect(loaded.draft.data['user.iin']).to.equal('900101300017');
  });

  it('drops files largest first until the text fits', async () => {
    const store = await open(dbName('quota-order'));
    const files = [await documentFile('a', 'a', 200_000), await documentFile('b', 'b', 600_000), await documentFile('c', 'c', 400_000)];
    quota(250_000);
    const saved = await store.save(draftInput('d1', { files }));
    expect(saved.ok && saved.droppedFiles).to.deep.equal([files[1].name, files[2].name]);
  });

  it('answers draft-quota when even the text does not fit, and leaves the draft saved before as it was', async () => {
    const name = dbName('quota-text');
    const store = await open(name);
    await store.save(draftInput('d1', { files: [await documentFile('passport', 'p', 10_000)] }));
    const before = await rawRecords(name);
    quota(100);
    const saved = await store.save(draftInput('d1', { step: 4, files: [await documentFile('charter', 'c', 10_000)] }));
    expect(saved.ok).to.equal(false);
    expect(saved).to.include({ code: 'draft-quota' });
    expect(!saved.ok && (saved.cause as DOMException).name).to.equal('QuotaExceededError');
    restore();
    const after = await rawRecords(name);
    expect(after.map((r) => JSON.stringify(r.key))).to.deep.equal(before.map((r) => JSON.stringify(r.key)));
    const loaded = await store.load('d1');
    expect(loaded.ok && [loaded.draft.step, loaded.draft.files.map((f) => f.slot)]).to.deep.equal([2, ['passport']]);
  });
});

describe('drafts: an engine that refuses Blobs in IndexedDB', () => {
  afterEach(cleanUp);

  it('keeps the files as bytes instead (WebKit’s private windows), asking once per store', async () => {
    let refused = 0;
    // As WebKit refuses them: the request fails (here it throws, which the store takes alike).
    checkPuts((_, value) => {
      if (!(value instanceof Blob || value?.bytes instanceof Blob)) return;
      refused++;
      throw new DOMException('Error preparing Blob/File data to be stored in object store', 'UnknownError');
    });
    const name = dbName('no-blobs');
    const store = await open(name);
    const passport = await documentFile('passport', 'passport');
    const saved = await store.save(draftInput('d1', { files: [passport] }));
    expect(saved.ok && saved.droppedFiles).to.deep.equal([]);
    await store.save(draftInput('d2', { files: [await documentFile('charter', 'charter')] }));
    expect(refused).to.equal(1);
    restore();
    const files = (await rawRecords(name)).filter((r) => r.store === 'files');
    expect(files.map((r) => r.value.bytes instanceof ArrayBuffer)).to.deep.equal([true, true]);
    const loaded = await store.load('d1');
    if (!loaded.ok) throw new Error(loaded.code);
    expect(await bytesOf(loaded.draft.files[0].blob)).to.deep.equal(await bytesOf(passport.blob));
  });

  it('keeps them as Blobs where the engine takes them, and the probe leaves nothing behind', async () => {
    const name = dbName('blobs');
    const store = await open(name);
    await store.save(draftInput('d1', { files: [await documentFile('passport', 'passport')] }));
    const files = (await rawRecords(name)).filter((r) => r.store === 'files');
    expect(files.map((r) => JSON.stringify(r.key).startsWith('["d1",'))).to.deep.equal([true]);
    // WebKitGTK's MiniBrowser runs an ephemeral session, which refuses Blobs (as Safari's private windows).
    expect(files[0].value.bytes instanceof Blob).to.equal(engine !== 'webkit');
  });
});

describe('drafts: IndexedDB unavailable', () => {
  afterEach(cleanUp);

  async function expectUnavailable(factory: IDBFactory) {
    const store = await openDraftStore({ name: dbName('unavailable'), indexedDB: factory });
    expect(store.available).to.equal(false);
    expect(await store.save(draftInput('d1'))).to.include({ ok: false, code: 'draft-unavailable' });
    expect(await store.load('d1')).to.include({ ok: false, code: 'draft-unavailable' });
    expect(await store.list()).to.deep.equal([]);
    await store.delete('d1');
    await store.clearAll();
    expect(await store.persist()).to.equal(false);
    expect((await store.claim('d1')).held).to.equal(true);
    store.watch(() => {})();
    store.close();
  }

  it('a factory that throws (blocked storage) gives a store that answers draft-unavailable', async () => {
    await expectUnavailable({
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory);
  });

  it('an open that fires `error` (Firefox’s old private windows) gives the same', async () => {
    await expectUnavailable({
      open() {
        const r = new EventTarget() as EventTarget & { error: DOMException; onerror: ((e: Event) => void) | null; onsuccess: unknown; onupgradeneeded: unknown };
        r.error = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
        setTimeout(() => r.onerror?.(new Event('error')));
        return r;
      },
    } as unknown as IDBFactory);
  });

  it('options that make no sense give an unavailable store rather than a wrong one', async () => {
    for (const options of [{ schemaVersion: 0 }, { schemaVersion: 1.5 }, { ttlDays: 0 }, { ttlDays: Number.NaN }, { name: '' }]) {
      expect((await openDraftStore({ ...options })).available, JSON.stringify(options)).to.equal(false);
    }
  });
});

describe('drafts: connection', () => {
  afterEach(cleanUp);

  it('closes on another tab’s versionchange, so that it is not blocked, and reopens on next use', async () => {
    const name = dbName('versionchange');
    const store = await open(name);
    await store.save(draftInput('d1'));
    let blocked = false;
    const deletion = indexedDB.deleteDatabase(name);
    deletion.onblocked = () => (blocked = true);
    await request(deletion);
    expect(blocked).to.equal(false);
    expect(await store.load('d1')).to.deep.equal({ ok: false, code: 'draft-missing' });
    expect((await store.save(draftInput('d2'))).ok).to.equal(true);
    expect((await store.load('d2')).ok).to.equal(true);
    expect(await rawGet(name, 'drafts', 'd2')).to.include({ id: 'd2' });
  });

  it('a connection that closed under a call (InvalidStateError) is opened again and the call made once more', async () => {
    const name = dbName('closed-under');
    const store = await open(name);
    const transaction = IDBDatabase.prototype.transaction;
    let thrown = 0;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      if (!thrown++) throw new DOMException('The database connection is closing.', 'InvalidStateError');
      return transaction.apply(this, args);
    };
    try {
      expect((await store.save(draftInput('d1'))).ok).to.equal(true);
    } finally {
      IDBDatabase.prototype.transaction = transaction;
    }
    expect(thrown).to.be.greaterThan(1);
    expect((await store.load('d1')).ok).to.equal(true);
  });

  it('answers draft-unavailable after close()', async () => {
    const store = await open(dbName('closed'));
    store.close();
    expect(await store.save(draftInput('d1'))).to.include({ ok: false, code: 'draft-unavailable' });
    expect(await store.list()).to.deep.equal([]);
  });
});

describe('drafts: persist()', () => {
  afterEach(cleanUp);
  const original = Object.getOwnPropertyDescriptor(navigator, 'storage');
  afterEach(() => {
    if (original) Object.defineProperty(navigator, 'storage', original);
    else delete (navigator as { storage?: unknown }).storage;
  });

  it('asks navigator.storage.persist() once and gives its answer', async () => {
    let calls = 0;
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { persist: async () => (calls++, true) } });
    const store = await open(dbName('persist'));
    expect(await store.persist()).to.equal(true);
    expect(await store.persist()).to.equal(true);
    expect(calls).to.equal(1);
  });

  it('resolves false where the browser refuses or has no StorageManager', async () => {
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { persist: async () => false } });
    expect(await (await open(dbName('persist-no'))).persist()).to.equal(false);
    Object.defineProperty(navigator, 'storage', { configurable: true, value: undefined });
    expect(await (await open(dbName('persist-none'))).persist()).to.equal(false);
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { persist: () => Promise.reject(new Error('denied')) } });
    expect(await (await open(dbName('persist-throws'))).persist()).to.equal(false);
  });
});
