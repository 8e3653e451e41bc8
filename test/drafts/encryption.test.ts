import { expect } from '@open-wc/testing';
import { bytesOf, cleanUp, dbName, documentFile, draftInput, open, PERSON, raw, rawGet, rawPut, rawRecords, request, utf16le } from './helpers.js';
import { findClear, webStorage } from './scan.js';
import { engine } from '../engine.js';

const NEEDLES = [PERSON.iin, PERSON.bin, PERSON.email, PERSON.phone, PERSON.iban, PERSON.iban2, PERSON.surname, PERSON.name];

const records = async (name: string) => (await rawRecords(name)).map((r) => ({ where: `${r.store}/${JSON.stringify(r.key)}`, value: [r.key, r.value] }));

describe('drafts: encrypted at rest', () => {
  afterEach(cleanUp);

  it('leaves no IIN, BIN, e-mail, phone, IBAN or name readable in IndexedDB, Web Storage or Cache Storage', async () => {
    const name = dbName('scan');
    const store = await open(name);
    const files = [await documentFile('passport', 'passport'), await documentFile('charter', 'charter', 5000)];
    expect((await store.save(draftInput('d1', { files }))).ok).to.equal(true);
    expect((await store.save(draftInput('d2', { kind: 'non-resident' }))).ok).to.equal(true);
    // The data went in: the store answers it back.
    const loaded = await store.load('d1');
    expect(loaded.ok && loaded.draft.data['user.iin']).to.equal(PERSON.iin);

    const stored = await records(name);
    expect(stored.map((r) => r.where.split('/')[0])).to.include.members(['drafts', 'files', 'keys']);
    expect(await findClear([...stored, ...(await webStorage())], NEEDLES)).to.deep.equal([]);
  });

  it('the same scan finds them when they are stored in the clear (the scan can fail)', async () => {
    const name = dbName('scan-control');
    // A database of the test's own, written in the clear in the three ways a leak could look.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name, 2);
      r.onupgradeneeded = () => r.result.createObjectStore('plain');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const write = (value: unknown, key: string) =>
      new Promise<void>((resolve, reject) => {
        const tx = db.transaction('plain', 'readwrite');
        tx.objectStore('plain').put(value, key);
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error);
      });
    await write({ note: `IIN ${PERSON.iin}` }, 'string');
    await write(new TextEncoder().encode(PERSON.iban).buffer, 'utf8-buffer');
    // WebKitGTK's MiniBrowser runs an ephemeral session, where WebKit refuses Blobs in IndexedDB
    // (as Safari's private windows do; the store keeps ArrayBuffers for that reason).
    const blobs = await write(new Blob([utf16le(PERSON.surname)]), 'utf16-blob').then(
      () => true,
      (error: DOMException) => (expect(engine).to.equal('webkit'), expect(error.name).to.equal('UnknownError'), false),
    );
    db.close();
    const found = await findClear(await records(name), NEEDLES);
    expect(found).to.include.members([
      `${PERSON.iin} (UTF-8) at plain/"string"[1].note`,
      `${PERSON.iin} (UTF-16LE) at plain/"string"[1].note`,
      `${PERSON.iban} (UTF-8) at plain/"utf8-buffer"[1]`,
      ...(blobs ? [`${PERSON.surname} (UTF-16LE) at plain/"utf16-blob"[1]`] : []),
    ]);
    // The Blob path of the scan, on a Blob in hand where the engine will not store one.
    expect(await findClear([{ where: 'blob', value: new Blob([utf16le(PERSON.surname)]) }], NEEDLES)).to.deep.equal([`${PERSON.surname} (UTF-16LE) at blob`]);
    // And in Web Storage.
    sessionStorage.setItem('tirkeu-test-control', PERSON.phone);
    try {
      expect(await findClear(await webStorage(), NEEDLES)).to.include(`${PERSON.phone} (UTF-8) at sessionStorage:tirkeu-test-control[1]`);
    } finally {
      sessionStorage.removeItem('tirkeu-test-control');
    }
  });

  it('keeps one non-extractable AES-GCM 256 key as a CryptoKey in the database', async () => {
    const name = dbName('key');
    const store = await open(name);
    await store.save(draftInput('d1'));
    const keys = (await rawRecords(name)).filter((r) => r.store === 'keys');
    expect(keys).to.have.length(1);
    const { key, id } = keys[0].value;
    expect(key).to.be.instanceOf(CryptoKey);
    expect(key.extractable).to.equal(false);
    expect(key.algorithm).to.deep.equal({ name: 'AES-GCM', length: 256 });
    expect([...key.usages].sort()).to.deep.equal(['decrypt', 'encrypt']);
    let exported: unknown;
    await crypto.subtle.exportKey('raw', key).catch((error: Error) => (exported = error.name));
    expect(exported).to.equal('InvalidAccessError');
    const draft = await rawGet(name, 'drafts', 'd1');
    expect((draft as { keyId: string }).keyId).to.equal(id);
  });

  it('uses a fresh IV for every encryption: two saves of the same data differ', async () => {
    const name = dbName('iv');
    const store = await open(name, { now: () => 1 });
    const file = await documentFile('passport', 'passport');
    await store.save(draftInput('a', { files: [file] }));
    const first = (await rawGet(name, 'drafts', 'a')) as { iv: Uint8Array; bytes: ArrayBuffer };
    await store.save(draftInput('a'));
    const second = (await rawGet(name, 'drafts', 'a')) as { iv: Uint8Array; bytes: ArrayBuffer };
    expect(second.iv).to.have.length(12);
    expect(Array.from(second.iv)).not.to.deep.equal(Array.from(first.iv));
    expect(Array.from(new Uint8Array(second.bytes))).not.to.deep.equal(Array.from(new Uint8Array(first.bytes)));
    // The same file in another draft is encrypted apart.
    await store.save(draftInput('b', { files: [file] }));
    const fileRecords = (await rawRecords(name)).filter((r) => r.store === 'files');
    expect(fileRecords).to.have.length(2);
    expect(Array.from(fileRecords[0].value.iv)).not.to.deep.equal(Array.from(fileRecords[1].value.iv));
    expect(await bytesOf(fileRecords[0].value.bytes)).not.to.deep.equal(await bytesOf(fileRecords[1].value.bytes));
  });

  it('binds the draft id: a draft’s ciphertext copied into another draft is set aside, not read, not deleted', async () => {
    const name = dbName('swap');
    const store = await open(name);
    await store.save(draftInput('victim', { data: { note: 'victim' } }));
    await store.save(draftInput('other', { data: { note: 'other' } }));
    const victim = (await rawGet(name, 'drafts', 'victim')) as Record<string, unknown>;
    const other = (await rawGet(name, 'drafts', 'other')) as Record<string, unknown>;
    await rawPut(name, 'drafts', { ...other, iv: victim.iv, bytes: victim.bytes });
    const changes: unknown[] = [];
    store.watch((c) => changes.push(c));

    expect(await store.load('other')).to.include({ ok: false, code: 'draft-corrupt' });
    expect((await store.list()).find((d) => d.id === 'other')?.setAside).to.equal('draft-corrupt');
    expect(changes).to.deep.include({ type: 'set-aside', id: 'other', code: 'draft-corrupt', by: (changes[0] as { by: string }).by });
    expect(await rawGet(name, 'drafts', 'other')).to.include({ setAside: 'draft-corrupt' });
    const still = await store.load('victim');
    expect(still.ok && still.draft.data).to.deep.equal({ note: 'victim' });
  });

  it('binds the schema version: a version rewritten in the clear is set aside (never migrated twice)', async () => {
    const name = dbName('version-tamper');
    const first = await open(name, { schemaVersion: 2 });
    await first.save(draftInput('d1', { data: { n: 1 } }));
    first.close();
    const record = (await rawGet(name, 'drafts', 'd1')) as Record<string, unknown>;
    await rawPut(name, 'drafts', { ...record, schemaVersion: 1 });
    const store = await open(name, { schemaVersion: 2, migrations: { 1: (d) => ({ ...d, n: Number(d.n) + 1 }) } });
    expect(await store.load('d1')).to.include({ ok: false, code: 'draft-corrupt' });
  });

  it('binds a file to its draft: a file record copied from another draft is set aside', async () => {
    const name = dbName('file-swap');
    const store = await open(name);
    await store.save(draftInput('a', { files: [await documentFile('passport', 'a')] }));
    await store.save(draftInput('b', { files: [await documentFile('passport', 'b')] }));
    const files = (await rawRecords(name)).filter((r) => r.store === 'files');
    const fromA = files.find((r) => (r.key as string[])[0] === 'a')!;
    const ofB = files.find((r) => (r.key as string[])[0] === 'b')!;
    await raw(name, (db) => request(db.transaction('files', 'readwrite').objectStore('files').put(fromA.value, ofB.key)));
    expect(await store.load('b')).to.include({ ok: false, code: 'draft-corrupt' });
    expect((await store.load('a')).ok).to.equal(true);
  });
});
