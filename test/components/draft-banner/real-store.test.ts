// <tirkeu-draft-banner> on the real draft store (IndexedDB, encrypted): what it saved is listed,
// a delete reaches it, the banner opens a store by name and hears another tab, set-aside and
// expired drafts, and a browser that cannot keep drafts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { openDraftStore, type DraftInput } from '../../../src/drafts/index.js';
import type { DraftDiscardDetail } from '../../../src/components/draft-banner/define.js';
import { cleanUp, dbName, formData, open } from '../../drafts/helpers.js';
import { buttonOf, collect, draftsShown, mountBanner, NOW, partOf, partsOf, text, type TirkeuDraftBanner } from './helpers.js';

const HOUR = 3600_000;
const input = (id: string, extra: Partial<DraftInput> = {}): DraftInput => ({ id, kind: 'resident', step: 2, steps: 7, data: formData(), ...extra });

describe('tirkeu-draft-banner on the real draft store', () => {
  afterEach(cleanUp);

  it('lists what the store saved, and Start over deletes it there', async () => {
    const store = await open(dbName('banner-list'), { now: () => NOW });
    await store.save(input('a'));
    await store.save(input('b', { kind: 'non-resident', step: 0, steps: 6 }));
    const el = await mountBanner({ store, now: NOW + 2 * HOUR });
    expect(draftsShown(el).map(({ id, kind, step, saved, kept }) => [id, kind, step, saved, kept]).sort()).to.deep.equal([
      ['a', 'Resident registration', 'Step 3 of 7', 'Last saved 2 hours ago (March 12, 2025 at 4:45 PM)', 'Kept until April 11, 2025'],
      ['b', 'Non-resident registration', 'Step 1 of 6', 'Last saved 2 hours ago (March 12, 2025 at 4:45 PM)', 'Kept until April 11, 2025'],
    ]);
    const discarded = collect<DraftDiscardDetail>(el, 'tirkeu-draft-discard');
    buttonOf(el, 'a', 'start-over-button').click();
    await el.updateComplete;
    (partOf(el, 'confirm-delete-button') as HTMLButtonElement).click();
    await waitUntil(() => discarded.length === 1, 'discarded');
    await el.settled();
    expect(discarded).to.deep.equal([{ id: 'a' }]);
    expect(await store.load('a')).to.deep.equal({ ok: false, code: 'draft-missing' });
    expect((await store.list()).map((d) => d.id)).to.deep.equal(['b']);
    expect(draftsShown(el).map((d) => d.id)).to.deep.equal(['b']);
  });

  it('opens the store itself from `drafts`, and hears another tab save and delete', async () => {
    const name = dbName('banner-by-name');
    const otherTab = await open(name);
    await otherTab.save(input('a'));
    const el = await fixture<TirkeuDraftBanner>(html`<tirkeu-draft-banner locale="en" drafts=${name}></tirkeu-draft-banner>`);
    await waitUntil(() => partsOf(el, 'draft').length === 1, 'listed');
    expect(text(partOf(el, 'draft-kind'))).to.equal('Resident registration');

    await otherTab.save(input('b', { kind: 'non-resident' }));
    await waitUntil(() => partsOf(el, 'draft').length === 2, 'the other tab’s new draft shows');
    await otherTab.delete('a');
    await waitUntil(() => draftsShown(el).map((d) => d.id).join() === 'b', 'the other tab’s delete shows');
    // The store it opened closes with it. Seen from outside through the store's BroadcastChannel
    // (named after the database), the one thing a closed store gives up that a test can watch.
    const closed: string[] = [];
    const close = BroadcastChannel.prototype.close;
    BroadcastChannel.prototype.close = function (this: BroadcastChannel) {
      closed.push(this.name);
      return close.call(this);
    };
    try {
      el.remove();
    } finally {
      BroadcastChannel.prototype.close = close;
    }
    expect(closed).to.deep.equal([`tirkeu-draft:${name}`]);
  });

  it('shows a draft of a newer version set aside, and deletes it', async () => {
    const name = dbName('banner-newer');
    const newer = await open(name, { schemaVersion: 2 });
    await newer.save(input('n'));
    newer.close();
    const store = await open(name, { schemaVersion: 1 });
    const el = await mountBanner({ store });
    const rows = partsOf(el, 'set-aside-draft');
    expect(rows.map((row) => [row.dataset.id, row.dataset.code])).to.deep.equal([['n', 'draft-newer']]);
    expect(text(partOf(el, 'set-aside-reason'))).to.match(/^This draft was saved by a newer version/);
    expect(partOf(el, 'continue-button')).to.equal(undefined);
    buttonOf(el, 'n', 'delete-button').click();
    await el.updateComplete;
    (partOf(el, 'confirm-delete-button') as HTMLButtonElement).click();
    await waitUntil(() => partOf(el, 'notice'), 'deleted');
    expect((await store.list()).length).to.equal(0);
  });

  it('does not offer a draft that expired: the store purged it', async () => {
    const name = dbName('banner-expired');
    const then = await open(name, { now: () => NOW - 31 * 24 * HOUR });
    await then.save(input('old'));
    then.close();
    const store = await open(name, { now: () => NOW });
    await store.save(input('new'));
    const el = await mountBanner({ store });
    expect(draftsShown(el).map((d) => d.id)).to.deep.equal(['new']);
  });

  it('says drafts are not kept where IndexedDB cannot be opened', async () => {
    const blocked = { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } } as unknown as IDBFactory;
    const store = await openDraftStore({ name: dbName('banner-blocked'), indexedDB: blocked });
    expect(store.available).to.equal(false);
    const el = await mountBanner({ store, locale: 'kk' });
    expect(text(partOf(el, 'unavailable'))).to.equal(
      'Бұл браузерде өтініш жобалары сақталмайды (жасырын терезе немесе браузердің деректер қоймасы бұғатталған): беттен кетсеңіз, енгізілген деректер жоғалады.',
    );
    await expect(el).to.be.accessible();
  });
});
