import { expect } from '@open-wc/testing';
import { newDraftId } from '../../src/drafts/index.js';
import { bytesOf, cleanUp, dbName, documentFile, draftInput, formData, open, rawRecords } from './helpers.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 10, 9, 30);

describe('drafts: save, load, list, delete, clearAll', () => {
  afterEach(cleanUp);

  it('gives back every value and file, with the files’ metadata and bytes', async () => {
    const store = await open(dbName('round-trip'), { now: () => T0 });
    expect(store.available).to.equal(true);
    const passport = await documentFile('passport', 'passport');
    const charter = await documentFile('charter', 'charter', 1000);
    const saved = await store.save(draftInput('d1', { files: [passport, charter] }));
    expect(saved).to.deep.equal({
      ok: true,
      draft: { id: 'd1', kind: 'resident', step: 2, steps: 5, updatedAt: T0, expiresAt: T0 + 30 * DAY, fileCount: 2 },
      droppedFiles: [],
    });

    const loaded = await store.load('d1');
    if (!loaded.ok) throw new Error(loaded.code);
    const { files, ...rest } = loaded.draft;
    expect(rest).to.deep.equal({ id: 'd1', kind: 'resident', step: 2, steps: 5, data: formData(), updatedAt: T0, expiresAt: T0 + 30 * DAY, schemaVersion: 1 });
    expect(files.map(({ blob, ...meta }) => meta)).to.deep.equal([passport, charter].map(({ blob, ...meta }) => meta));
    expect(files[0].blob.type).to.equal('application/pdf');
    expect(await bytesOf(files[0].blob)).to.deep.equal(await bytesOf(passport.blob));
    expect(await bytesOf(files[1].blob)).to.deep.equal(await bytesOf(charter.blob));
  });

  it('lists drafts newest first without their data, and deletes one with its files', async () => {
    let now = T0;
    const name = dbName('list');
    const store = await open(name, { now: () => now });
    await store.save(draftInput('old', { kind: 'non-resident', step: 0, steps: 4, files: [await documentFile('passport', 'p')] }));
    now += 1000;
    await store.save(draftInput('new'));
    expect(await store.list()).to.deep.equal([
      { id: 'new', kind: 'resident', step: 2, steps: 5, updatedAt: T0 + 1000, expiresAt: T0 + 1000 + 30 * DAY, fileCount: 0 },
      { id: 'old', kind: 'non-resident', step: 0, steps: 4, updatedAt: T0, expiresAt: T0 + 30 * DAY, fileCount: 1 },
    ]);
    await store.delete('old');
    expect((await store.list()).map((d) => d.id)).to.deep.equal(['new']);
    expect(await store.load('old')).to.deep.equal({ ok: false, code: 'draft-missing' });
    expect((await rawRecords(name)).filter((r) => r.store === 'files')).to.have.length(0);
  });

  it('keeps the files saved before when a save has no `files`, without rewriting them', async () => {
    const name = dbName('keep-files');
    const store = await open(name);
    const passport = await documentFile('passport', 'passport');
    await store.save(draftInput('d1', { files: [passport] }));
    const before = (await rawRecords(name)).filter((r) => r.store === 'files');
    expect(before).to.have.length(1);

    const typed = { ...formData(), 'user.patronymic': 'Ерланқызы!' };
    const saved = await store.save(draftInput('d1', { step: 3, data: typed }));
    expect(saved.ok && saved.draft.fileCount).to.equal(1);
    const after = (await rawRecords(name)).filter((r) => r.store === 'files');
    // The same record, same IV: the file was not encrypted again.
    expect(after.map((r) => r.key)).to.deep.equal(before.map((r) => r.key));
    expect(Array.from(after[0].value.iv)).to.deep.equal(Array.from(before[0].value.iv));
    const loaded = await store.load('d1');
    if (!loaded.ok) throw new Error(loaded.code);
    expect(loaded.draft.step).to.equal(3);
    expect(loaded.draft.data).to.deep.equal(typed);
    expect(await bytesOf(loaded.draft.files[0].blob)).to.deep.equal(await bytesOf(passport.blob));
  });

  it('replaces the set of files: a file kept is not encrypted again, a file left out is deleted', async () => {
    const name = dbName('replace-files');
    const store = await open(name);
    const passport = await documentFile('passport', 'passport');
    const charter = await documentFile('charter', 'charter');
    const licence = await documentFile('licence', 'licence');
    await store.save(draftInput('d1', { files: [passport, charter] }));
    const fileRecords = async () => (await rawRecords(name)).filter((r) => r.store === 'files');
    const first = await fileRecords();

    // The uploader hands a new Blob with the same content (same sha256) after a restore.
    const passportAgain = { ...passport, blob: new Blob([await passport.blob.arrayBuffer()], { type: 'application/pdf' }) };
    await store.save(draftInput('d1', { files: [passportAgain, licence] }));
    const second = await fileRecords();
    expect(second).to.have.length(2);
    const loaded = await store.load('d1');
    if (!loaded.ok) throw new Error(loaded.code);
    expect(loaded.draft.files.map((f) => f.slot)).to.deep.equal(['passport', 'licence']);
    expect(await bytesOf(loaded.draft.files[1].blob)).to.deep.equal(await bytesOf(licence.blob));
    // Exactly one of the first two records survives untouched: the passport's.
    const kept = second.filter((r) => first.some((f) => String(f.key) === String(r.key)));
    expect(kept).to.have.length(1);
    const keptBefore = first.find((f) => String(f.key) === String(kept[0].key))!;
    expect(Array.from(kept[0].value.iv)).to.deep.equal(Array.from(keptBefore.value.iv));

    await store.save(draftInput('d1', { files: [] }));
    expect(await fileRecords()).to.have.length(0);
  });

  it('clearAll deletes every draft, every file and the key', async () => {
    const name = dbName('clear');
    const store = await open(name);
    await store.save(draftInput('a', { files: [await documentFile('passport', 'p')] }));
    await store.save(draftInput('b'));
    await store.clearAll();
    expect(await store.list()).to.deep.equal([]);
    expect(await rawRecords(name)).to.deep.equal([]);
    // A new draft after that gets a new key and reads back.
    await store.save(draftInput('c'));
    expect((await store.load('c')).ok).to.equal(true);
  });

  it('refuses what is not a draft, as a value', async () => {
    const store = await open(dbName('invalid'));
    const bad = [
      { ...draftInput('x'), kind: 'alien' },
      { ...draftInput('x'), step: -1 },
      { ...draftInput('x'), step: 1.5 },
      { ...draftInput(''), id: '' },
      { ...draftInput('x'), data: [] },
      { ...draftInput('x'), files: [{ name: 'x.pdf' }] },
      null,
    ];
    for (const input of bad) expect((await store.save(input as never)).ok, JSON.stringify(input)).to.equal(false);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(await store.save(draftInput('x', { data: cyclic }))).to.include({ ok: false, code: 'draft-corrupt' });
    expect(await store.list()).to.deep.equal([]);
    expect(await store.load(42 as never)).to.deep.equal({ ok: false, code: 'draft-missing' });
  });

  it('newDraftId makes 32 random hex digits', () => {
    const ids = new Set(Array.from({ length: 50 }, newDraftId));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{32}$/);
  });
});
