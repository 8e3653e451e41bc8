// The banner with the keyboard alone: Tab to each button, Enter and Space press them, Escape
// answers the question "keep it".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryDraftStore } from '../../../mocks/drafts/index.js';
import type { DraftDiscardDetail, DraftRestoreDetail } from '../../../src/components/draft-banner/define.js';
import { at, buttonOf, collect, focused, NOW, partOf, type TirkeuDraftBanner } from './helpers.js';
import '../../../src/components/draft-banner/define.js';

describe('tirkeu-draft-banner with the keyboard', () => {
  it('Continue, Start over, Escape, then deleting, with Tab, Enter and Space', async () => {
    const store = new MemoryDraftStore({ now: () => NOW }).seed(
      { id: 'a', kind: 'resident', step: 2, steps: 7, updatedAt: at(2025, 3, 12, 14, 30) },
      { id: 'b', kind: 'non-resident', step: 1, steps: 6, updatedAt: at(2025, 3, 11, 9, 5) },
    );
    const page = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <tirkeu-draft-banner locale="en" .store=${store} .now=${() => NOW}></tirkeu-draft-banner>
    </div>`);
    const el = page.querySelector<TirkeuDraftBanner>('tirkeu-draft-banner')!;
    await el.settled();
    const restored = collect<DraftRestoreDetail>(el, 'tirkeu-draft-restore');
    const discarded = collect<DraftDiscardDetail>(el, 'tirkeu-draft-discard');

    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'the "×" comes first, beside the title').to.equal(partOf(el, 'dismiss-button'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(buttonOf(el, 'a', 'continue-button'));
    await sendKeys({ press: 'Enter' });
    expect(restored).to.deep.equal([{ id: 'a', kind: 'resident', step: 2, steps: 7 }]);

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(buttonOf(el, 'a', 'start-over-button'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(focused(el), 'on "Keep it"').to.equal(partOf(el, 'keep-button'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(partOf(el, 'confirm')).to.equal(undefined);
    expect(focused(el), 'back on Start over').to.equal(buttonOf(el, 'a', 'start-over-button'));

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(partOf(el, 'confirm-delete-button'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => discarded.length === 1, 'deleted');
    await el.settled();
    expect(store.deleted).to.deep.equal(['a']);
    expect(focused(el), 'on the draft left').to.equal(buttonOf(el, 'b', 'continue-button'));
    await sendKeys({ press: 'Space' });
    expect(restored.map((d) => d.id)).to.deep.equal(['a', 'b']);
  });
});
