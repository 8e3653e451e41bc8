import { expect } from '@open-wc/testing';
import type { DraftChange } from '../../src/drafts/index.js';
import { cleanUp, dbName, documentFile, draftInput, open, until } from './helpers.js';

/** Two stores on one database in one page stand for two tabs: BroadcastChannel and Web Locks treat them as two. */
async function twoTabs(label: string) {
  const name = dbName(label);
  const first = await open(name);
  const second = await open(name);
  const heard = { first: [] as DraftChange[], second: [] as DraftChange[] };
  first.watch((c) => heard.first.push(c));
  second.watch((c) => heard.second.push(c));
  return { first, second, heard };
}

const withoutBy = (changes: DraftChange[]) => changes.map(({ by, ...rest }) => rest);

describe('drafts: two tabs', () => {
  afterEach(cleanUp);

  it('watch hears the other tab’s saves, deletions and clearing, and this tab’s own', async () => {
    const { first, second, heard } = await twoTabs('watch');
    const saved = await second.save(draftInput('d1'));
    await second.delete('d1');
    await second.clearAll();
    await until(() => heard.first.length === 3, 'three changes in the first tab');
    const expected = [{ type: 'saved', id: 'd1', updatedAt: saved.ok ? saved.draft.updatedAt : 0 }, { type: 'deleted', id: 'd1' }, { type: 'cleared' }];
    expect(withoutBy(heard.first)).to.deep.equal(expected);
    expect(withoutBy(heard.second)).to.deep.equal(expected);
    // `by` says who: the same store each time, and not the first.
    const by = new Set(heard.first.map((c) => c.by));
    expect(by.size).to.equal(1);
    expect(heard.second[0].by).to.equal(heard.first[0].by);
    await first.save(draftInput('d2'));
    await until(() => heard.second.length === 4, 'the first tab’s save');
    expect(heard.second[3].by).not.to.equal(heard.first[0].by);
  });

  it('stops listening when watch’s unsubscribe is called; a listener that throws does not stop the store', async () => {
    const { first } = await twoTabs('unwatch');
    const heard: DraftChange[] = [];
    const stop = first.watch((c) => heard.push(c));
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.error);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    const previous = window.onerror;
    window.onerror = () => true;
    const stopThrowing = first.watch(() => {
      throw new Error('listener bug');
    });
    try {
      expect((await first.save(draftInput('d1'))).ok).to.equal(true);
      await until(() => errors.length === 1, 'the listener’s error reported');
    } finally {
      stopThrowing();
      window.removeEventListener('error', onError);
      window.onerror = previous;
    }
    stop();
    await first.save(draftInput('d1'));
    expect(heard.map((c) => c.type)).to.deep.equal(['saved']);
  });

  it('one tab holds a draft; the other is told it is held, cannot save it, and can take it over', async () => {
    const { first, second, heard } = await twoTabs('claim');
    const mine = await first.claim('d1');
    expect(mine.held).to.equal(true);
    const theirs = await second.claim('d1');
    expect(theirs.held).to.equal(false);
    expect(await second.save(draftInput('d1'))).to.deep.equal({ ok: false, code: 'draft-locked' });
    expect((await first.save(draftInput('d1'))).ok).to.equal(true);
    // Another draft is not held by anyone.
    expect((await second.save(draftInput('d2'))).ok).to.equal(true);

    await theirs.takeOver();
    expect(theirs.held).to.equal(true);
    await until(() => heard.first.some((c) => c.type === 'taken-over'), 'taken-over in the first tab');
    const taken = heard.first.find((c) => c.type === 'taken-over')!;
    expect(taken).to.include({ type: 'taken-over', id: 'd1' });
    expect(taken.by).to.equal(heard.second.find((c) => c.type === 'saved' && c.id === 'd2')!.by);
    expect(mine.held).to.equal(false);
    expect(await first.save(draftInput('d1'))).to.deep.equal({ ok: false, code: 'draft-locked' });
    expect((await second.save(draftInput('d1'))).ok).to.equal(true);

    // Released, it can be claimed again (once the browser has let it go: release() does not wait).
    theirs.release();
    expect(theirs.held).to.equal(false);
    let again = await first.claim('d1');
    for (let i = 0; !again.held && i < 100; i++) {
      again.release();
      await new Promise((r) => setTimeout(r, 10));
      again = await first.claim('d1');
    }
    expect(again.held).to.equal(true);
    expect((await first.save(draftInput('d1'))).ok).to.equal(true);
  });

  it('the lock is named tirkeu-draft:<database>:<id>', async () => {
    const name = dbName('lock-name');
    const store = await open(name);
    const lock = await store.claim('d1');
    const state = await navigator.locks.query();
    expect(state.held?.map((l) => l.name)).to.include(`tirkeu-draft:${name}:d1`);
    lock.release();
    const held = async () => !!(await navigator.locks.query()).held?.some((l) => l.name === `tirkeu-draft:${name}:d1`);
    for (let i = 0; (await held()) && i < 100; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await held()).to.equal(false);
  });

  it('a save that read before another tab wrote starts over, and keeps that tab’s files (same millisecond too)', async () => {
    const name = dbName('race');
    const first = await open(name, { now: () => 5 });
    const second = await open(name, { now: () => 5 });
    await first.save(draftInput('d1'));
    // Hold the first tab's sealing until the second tab has saved a file.
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    let held = false;
    const encrypt = crypto.subtle.encrypt;
    Object.defineProperty(crypto.subtle, 'encrypt', {
      configurable: true,
      value: async function (this: SubtleCrypto, ...args: Parameters<SubtleCrypto['encrypt']>) {
        if (!held) {
          held = true;
          await gate;
        }
        return encrypt.apply(crypto.subtle, args);
      },
    });
    try {
      const typing = first.save(draftInput('d1', { step: 3 }));
      await until(() => held, 'the first tab sealing');
      const file = await documentFile('passport', 'p');
      expect((await second.save(draftInput('d1', { files: [file] }))).ok).to.equal(true);
      release();
      expect((await typing).ok).to.equal(true);
    } finally {
      delete (crypto.subtle as { encrypt?: unknown }).encrypt;
    }
    expect(crypto.subtle.encrypt).to.equal(encrypt);
    const loaded = await first.load('d1');
    if (!loaded.ok) throw new Error(loaded.code);
    expect([loaded.draft.step, loaded.draft.files.map((f) => f.slot)]).to.deep.equal([3, ['passport']]);
  });

  describe('without Web Locks', () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'locks');
    beforeEach(() => Object.defineProperty(navigator, 'locks', { configurable: true, value: undefined }));
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'locks', original);
      else delete (navigator as { locks?: unknown }).locks;
    });

    it('every claim holds, so no tab is made read-only', async () => {
      const { first, second } = await twoTabs('no-locks');
      const a = await first.claim('d1');
      const b = await second.claim('d1');
      expect([a.held, b.held]).to.deep.equal([true, true]);
      await b.takeOver();
      expect((await first.save(draftInput('d1'))).ok).to.equal(true);
      expect((await second.save(draftInput('d1'))).ok).to.equal(true);
      a.release();
      b.release();
    });
  });
});
