import { expect } from '@open-wc/testing';
import type { DraftChange } from '../../src/drafts/index.js';
import { cleanUp, dbName, documentFile, draftInput, open, rawDelete, rawGet, rawPut, rawRecords } from './helpers.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 4, 1);

describe('drafts: expiry', () => {
  afterEach(cleanUp);

  it('keeps a draft ttlDays after its last save and deletes it, with its files, on the next open after that', async () => {
    const name = dbName('expiry');
    const first = await open(name, { ttlDays: 7, now: () => T0 });
    const saved = await first.save(draftInput('d1', { files: [await documentFile('passport', 'p')] }));
    expect(saved.ok && saved.draft.expiresAt).to.equal(T0 + 7 * DAY);
    first.close();

    const before = await open(name, { ttlDays: 7, now: () => T0 + 7 * DAY - 1 });
    expect((await before.list()).map((d) => d.id)).to.deep.equal(['d1']);
    before.close();

    await open(name, { ttlDays: 7, now: () => T0 + 7 * DAY });
    // Deleted by the open itself, before anything is asked: the draft and its file (the key stays for the next draft).
    expect((await rawRecords(name)).map((r) => r.store)).to.deep.equal(['keys']);
  });

  it('a draft that expires while the page is open is deleted when it is loaded, and answers draft-expired', async () => {
    let now = T0;
    const name = dbName('expiry-open');
    const store = await open(name, { now: () => now });
    await store.save(draftInput('d1'));
    now += 30 * DAY;
    expect(await store.load('d1')).to.deep.equal({ ok: false, code: 'draft-expired' });
    expect(await rawGet(name, 'drafts', 'd1')).to.equal(undefined);
  });

  it('a later save moves the expiry on', async () => {
    let now = T0;
    const store = await open(dbName('expiry-move'), { now: () => now });
    await store.save(draftInput('d1'));
    now += 20 * DAY;
    await store.save(draftInput('d1'));
    now += 20 * DAY;
    expect((await store.list()).map((d) => [d.id, d.expiresAt])).to.deep.equal([['d1', T0 + 50 * DAY]]);
  });
});

describe('drafts: schema versions and migrations', () => {
  afterEach(cleanUp);

  it('migrates a draft saved at version 1 on load, and rewrites it at version 2 on its next save', async () => {
    const name = dbName('migrate');
    const v1 = await open(name, { schemaVersion: 1 });
    await v1.save(draftInput('d1', { data: { fullName: 'Сейтқали Айгерім' } }));
    v1.close();

    const v3 = await open(name, {
      schemaVersion: 3,
      migrations: {
        1: ({ fullName, ...rest }) => ({ ...rest, surname: String(fullName).split(' ')[0], name: String(fullName).split(' ')[1] }),
        // 2 → 3 needs no change of shape
      },
    });
    const loaded = await v3.load('d1');
    if (!loaded.ok) throw new Error(loaded.code);
    expect(loaded.draft.data).to.deep.equal({ surname: 'Сейтқали', name: 'Айгерім' });
    expect(loaded.draft.schemaVersion).to.equal(3);
    expect(await rawGet(name, 'drafts', 'd1')).to.include({ schemaVersion: 1 });
    await v3.save(draftInput('d1', { data: loaded.draft.data }));
    expect(await rawGet(name, 'drafts', 'd1')).to.include({ schemaVersion: 3 });
    const again = await v3.load('d1');
    expect(again.ok && again.draft.data).to.deep.equal({ surname: 'Сейтқали', name: 'Айгерім' });
  });

  it('a migration that throws sets the draft aside as draft-corrupt; a fixed one recovers it', async () => {
    const name = dbName('migrate-throws');
    const v1 = await open(name);
    await v1.save(draftInput('d1', { data: { a: 1 } }));
    v1.close();
    const broken = await open(name, {
      schemaVersion: 2,
      migrations: {
        1: () => {
          throw new Error('bug');
        },
      },
    });
    expect(await broken.load('d1')).to.include({ ok: false, code: 'draft-corrupt' });
    expect((await broken.list())[0].setAside).to.equal('draft-corrupt');
    broken.close();
    const fixed = await open(name, { schemaVersion: 2, migrations: { 1: (d) => ({ ...d, b: 2 }) } });
    const loaded = await fixed.load('d1');
    expect(loaded.ok && loaded.draft.data).to.deep.equal({ a: 1, b: 2 });
    expect((await fixed.list())[0].setAside).to.equal(undefined);
  });

  it('sets aside a draft of a newer version, and never overwrites it', async () => {
    const name = dbName('newer');
    const v2 = await open(name, { schemaVersion: 2 });
    await v2.save(draftInput('d1', { files: [await documentFile('passport', 'p')] }));
    v2.close();
    const written = await rawRecords(name);

    const v1 = await open(name, { schemaVersion: 1 });
    expect((await v1.list()).map((d) => [d.id, d.setAside])).to.deep.equal([['d1', 'draft-newer']]);
    expect(await v1.load('d1')).to.deep.equal({ ok: false, code: 'draft-newer' });
    expect(await v1.save(draftInput('d1', { files: [] }))).to.deep.equal({ ok: false, code: 'draft-newer' });
    await v1.save(draftInput('d1'));
    const after = await rawRecords(name);
    expect(after.length).to.equal(written.length);
    const draftBytes = (records: typeof after) => Array.from(new Uint8Array(records.find((r) => r.store === 'drafts')!.value.bytes));
    expect(draftBytes(after)).to.deep.equal(draftBytes(written));
    expect(after.find((r) => r.store === 'drafts')!.value).not.to.have.property('setAside');
    // Another draft can still be saved beside it.
    expect((await v1.save(draftInput('d2'))).ok).to.equal(true);
  });
});

describe('drafts: records that no longer read', () => {
  afterEach(cleanUp);

  it('sets aside garbage ciphertext: list shows it, watch hears it, load and save answer the code, nothing throws, nothing is deleted', async () => {
    const name = dbName('garbage');
    const store = await open(name);
    await store.save(draftInput('d1'));
    const record = (await rawGet(name, 'drafts', 'd1')) as Record<string, unknown>;
    await rawPut(name, 'drafts', { ...record, bytes: crypto.getRandomValues(new Uint8Array(64)).buffer });
    const heard: DraftChange[] = [];
    const other = await open(name);
    other.watch((c) => heard.push(c));

    expect(await store.load('d1')).to.include({ ok: false, code: 'draft-corrupt' });
    expect(await store.save(draftInput('d1'))).to.include({ ok: false, code: 'draft-corrupt' });
    expect((await store.list()).map((d) => [d.id, d.setAside])).to.deep.equal([['d1', 'draft-corrupt']]);
    expect(await rawGet(name, 'drafts', 'd1')).to.include({ setAside: 'draft-corrupt' });
    // The other store (another tab) was told through the BroadcastChannel.
    await new Promise((r) => setTimeout(r, 100));
    expect(heard.filter((c) => c.type === 'set-aside').map((c) => c.type === 'set-aside' && [c.id, c.code])).to.deep.equal([['d1', 'draft-corrupt']]);
    // Start over deletes it.
    await store.delete('d1');
    expect(await store.list()).to.deep.equal([]);
  });

  it('sets aside records of the wrong shape, and a store opened over them sees them at once', async () => {
    const name = dbName('shape');
    const first = await open(name, { now: () => T0 });
    await first.save(draftInput('good'));
    first.close();
    await rawPut(name, 'drafts', { id: 'alien', kind: 'martian', step: 'two' });
    await rawPut(name, 'drafts', { id: 'no-iv', kind: 'resident', step: 0, steps: 1, updatedAt: T0, expiresAt: T0 + DAY, schemaVersion: 1, keyId: 'x', files: [], bytes: new ArrayBuffer(8) });
    const store = await open(name, { now: () => T0 });
    expect((await store.list()).map((d) => [d.id, d.setAside ?? 'ok'])).to.have.deep.members([
      ['good', 'ok'],
      ['alien', 'draft-corrupt'],
      ['no-iv', 'draft-corrupt'],
    ]);
    expect(await store.load('alien')).to.include({ ok: false, code: 'draft-corrupt' });
    expect((await store.load('good')).ok).to.equal(true);
  });

  it('a draft whose file record is gone is set aside on load, not given back without it', async () => {
    const name = dbName('sweep');
    const first = await open(name);
    await first.save(draftInput('d1', { files: [await documentFile('passport', 'p')] }));
    first.close();
    // The file record is gone: the draft can no longer be given back whole.
    const fileKey = (await rawRecords(name)).find((r) => r.store === 'files')!.key;
    await rawDelete(name, 'files', fileKey);
    const store = await open(name);
    expect(await store.load('d1')).to.include({ ok: false, code: 'draft-corrupt' });
    expect((await store.list())[0].setAside).to.equal('draft-corrupt');
  });

  it('a lost key sets every draft aside as draft-key-lost; new drafts get a new key', async () => {
    const name = dbName('key-lost');
    const first = await open(name);
    await first.save(draftInput('a'));
    await first.save(draftInput('b'));
    first.close();
    await rawDelete(name, 'keys', 'current');
    const heard: DraftChange[] = [];
    const watcher = await open(name);
    watcher.watch((c) => heard.push(c));
    const store = await open(name);
    expect((await store.list()).map((d) => d.setAside)).to.deep.equal(['draft-key-lost', 'draft-key-lost']);
    expect(await store.load('a')).to.deep.equal({ ok: false, code: 'draft-key-lost' });
    expect(await store.save(draftInput('a'))).to.deep.equal({ ok: false, code: 'draft-key-lost' });
    expect((await store.save(draftInput('c'))).ok).to.equal(true);
    expect((await store.load('c')).ok).to.equal(true);
    expect((await store.list()).find((d) => d.id === 'b')?.setAside).to.equal('draft-key-lost');
    await new Promise((r) => setTimeout(r, 100));
    expect(heard.filter((c) => c.type === 'set-aside').map((c) => c.type === 'set-aside' && c.code)).to.include('draft-key-lost');
  });
});
