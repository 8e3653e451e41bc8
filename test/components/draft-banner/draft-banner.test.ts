// <tirkeu-draft-banner> on the in-memory store: what it lists and how it says it (en/ru/kk, a
// fixed clock, the expected words written out here), Continue, Start over with its question,
// set-aside drafts, storage unavailable, dismiss, other tabs, axe.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryDraftStore, type SeedDraft } from '../../../mocks/drafts/index.js';
import type { DraftBannerDismissDetail, DraftDiscardDetail, DraftRestoreDetail } from '../../../src/components/draft-banner/define.js';
import { at, buttonOf, collect, draftsShown, focused, mountBanner, NOW, partOf, partsOf, rowOf, status, text } from './helpers.js';

/** Saved 2 hours before NOW, at step 3 of 7. */
const A: SeedDraft = { id: 'a', kind: 'resident', step: 2, steps: 7, updatedAt: at(2025, 3, 12, 14, 30), expiresAt: at(2025, 4, 11, 14, 30) };
/** Saved the day before, in the morning, at its first step. */
const B: SeedDraft = { id: 'b', kind: 'non-resident', step: 0, steps: 6, updatedAt: at(2025, 3, 11, 9, 5), expiresAt: at(2025, 4, 10, 9, 5) };
/** Saved 25 minutes before NOW. */
const C: SeedDraft = { id: 'c', kind: 'resident', step: 5, steps: 7, updatedAt: at(2025, 3, 12, 16, 20), expiresAt: at(2025, 4, 11, 16, 20) };

const storeWith = (...drafts: SeedDraft[]) => new MemoryDraftStore({ now: () => NOW }).seed(...drafts);

describe('tirkeu-draft-banner', () => {
  /** What each locale says about A, B and C: written out here, not computed. Kazakh is the same in every engine, with or without its locale data. */
  const LISTINGS = {
    en: {
      title: 'You have unfinished registrations',
      intro: 'Saved in this browser only: continue where you stopped, or start over.',
      buttons: ['Continue', 'Start over'],
      drafts: [
        { id: 'c', kind: 'Resident registration', step: 'Step 6 of 7', saved: 'Last saved 25 minutes ago (March 12, 2025 at 4:20 PM)', kept: 'Kept until April 11, 2025' },
        { id: 'a', kind: 'Resident registration', step: 'Step 3 of 7', saved: 'Last saved 2 hours ago (March 12, 2025 at 2:30 PM)', kept: 'Kept until April 11, 2025' },
        { id: 'b', kind: 'Non-resident registration', step: 'Step 1 of 6', saved: 'Last saved yesterday (March 11, 2025 at 9:05 AM)', kept: 'Kept until April 10, 2025' },
      ],
    },
    ru: {
      title: 'У вас есть незавершённые регистрации',
      intro: 'Сохранено только в этом браузере: продолжите с того места, где остановились, или начните заново.',
      buttons: ['Продолжить', 'Начать заново'],
      drafts: [
        { id: 'c', kind: 'Регистрация резидента', step: 'Шаг 6 из 7', saved: 'Сохранено 25 минут назад (12 марта 2025 г. в 16:20)', kept: 'Хранится до 11 апреля 2025 г.' },
        { id: 'a', kind: 'Регистрация резидента', step: 'Шаг 3 из 7', saved: 'Сохранено 2 часа назад (12 марта 2025 г. в 14:30)', kept: 'Хранится до 11 апреля 2025 г.' },
        { id: 'b', kind: 'Регистрация нерезидента', step: 'Шаг 1 из 6', saved: 'Сохранено вчера (11 марта 2025 г. в 09:05)', kept: 'Хранится до 10 апреля 2025 г.' },
      ],
    },
    kk: {
      title: 'Сізде аяқталмаған бірнеше тіркелу бар',
      intro: 'Тек осы браузерде сақталған: тоқтаған жерден жалғастырыңыз немесе басынан бастаңыз.',
      buttons: ['Жалғастыру', 'Басынан бастау'],
      drafts: [
        { id: 'c', kind: 'Резидент ретінде тіркелу', step: '6-қадам (барлығы 7)', saved: 'Соңғы рет сақталды: 25 минут бұрын (2025 ж. 12 наурыз, 16:20)', kept: 'Жойылатын күні: 2025 ж. 11 сәуір' },
        { id: 'a', kind: 'Резидент ретінде тіркелу', step: '3-қадам (барлығы 7)', saved: 'Соңғы рет сақталды: 2 сағат бұрын (2025 ж. 12 наурыз, 14:30)', kept: 'Жойылатын күні: 2025 ж. 11 сәуір' },
        { id: 'b', kind: 'Бейрезидент ретінде тіркелу', step: '1-қадам (барлығы 6)', saved: 'Соңғы рет сақталды: кеше (2025 ж. 11 наурыз, 09:05)', kept: 'Жойылатын күні: 2025 ж. 10 сәуір' },
      ],
    },
  };

  for (const [locale, expected] of Object.entries(LISTINGS)) {
    it(`lists the drafts newest first: kind, step, last save and expiry (${locale})`, async () => {
      const el = await mountBanner({ store: storeWith(A, B, C), locale });
      expect(text(partOf(el, 'title'))).to.equal(expected.title);
      expect(text(partOf(el, 'intro'))).to.equal(expected.intro);
      expect(draftsShown(el)).to.deep.equal(expected.drafts);
      for (const { id } of expected.drafts) {
        expect([buttonOf(el, id, 'continue-button'), buttonOf(el, id, 'start-over-button')].map(text)).to.deep.equal(expected.buttons);
      }
    });
  }

  it('says "just now" for a save under a minute ago, and counts days by the calendar', async () => {
    const justNow: SeedDraft = { id: 'n', updatedAt: at(2025, 3, 12, 16, 44, 30), expiresAt: at(2025, 4, 11) };
    // 41 hours before NOW, but two midnights ago.
    const twoDays: SeedDraft = { id: 'd', updatedAt: at(2025, 3, 10, 23, 45), expiresAt: at(2025, 4, 9) };
    const el = await mountBanner({ store: storeWith(justNow, twoDays) });
    expect(draftsShown(el).map((d) => d.saved)).to.deep.equal([
      'Last saved just now (March 12, 2025 at 4:44 PM)',
      'Last saved 2 days ago (March 10, 2025 at 11:45 PM)',
    ]);
    el.locale = 'ru';
    await el.updateComplete;
    expect(draftsShown(el).map((d) => d.saved)).to.deep.equal([
      'Сохранено только что (12 марта 2025 г. в 16:44)',
      // Russian has a word for two days back.
      'Сохранено позавчера (10 марта 2025 г. в 23:45)',
    ]);
    el.locale = 'kk';
    await el.updateComplete;
    expect(draftsShown(el)[0]!.saved).to.equal('Соңғы рет сақталды: жаңа ғана (2025 ж. 12 наурыз, 16:44)');
  });

  it('with one draft, says so in the singular and announces it politely', async () => {
    const el = await mountBanner({ store: storeWith(A) });
    expect(text(partOf(el, 'title'))).to.equal('You have an unfinished registration');
    expect(status(el)).to.equal('You have an unfinished registration');
  });

  it('shows only the drafts of `kind`', async () => {
    const store = storeWith(A, B, C);
    const el = await mountBanner({ store, kind: 'non-resident' });
    expect(draftsShown(el).map((d) => d.id)).to.deep.equal(['b']);
    el.kind = 'resident';
    await el.updateComplete;
    expect(draftsShown(el).map((d) => d.id)).to.deep.equal(['c', 'a']);
  });

  it('never offers a draft past its expiry, even one the store still lists', async () => {
    // The store's clock is a day behind: it has not purged the draft that expired an hour ago.
    const store = new MemoryDraftStore({ now: () => NOW - 24 * 3600_000 }).seed(A, { id: 'old', updatedAt: at(2025, 2, 10), expiresAt: NOW - 3600_000 });
    expect((await store.list()).map((d) => d.id)).to.include('old');
    const el = await mountBanner({ store });
    expect(draftsShown(el).map((d) => d.id)).to.deep.equal(['a']);
  });

  it('Continue fires tirkeu-draft-restore with the id, kind and step; the banner stays', async () => {
    const el = await mountBanner({ store: storeWith(A, B) });
    const seen: { detail: DraftRestoreDetail; bubbles: boolean; composed: boolean }[] = [];
    document.addEventListener(
      'tirkeu-draft-restore',
      (e) => seen.push({ detail: (e as CustomEvent<DraftRestoreDetail>).detail, bubbles: e.bubbles, composed: e.composed }),
      { once: true },
    );
    buttonOf(el, 'b', 'continue-button').click();
    expect(seen).to.deep.equal([{ detail: { id: 'b', kind: 'non-resident', step: 0, steps: 6 }, bubbles: true, composed: true }]);
    await el.updateComplete;
    expect(draftsShown(el)).to.have.length(2);
  });

  it('Start over asks first; "Keep it" keeps the draft and returns focus', async () => {
    const store = storeWith(A, B);
    const el = await mountBanner({ store });
    const discarded = collect<DraftDiscardDetail>(el, 'tirkeu-draft-discard');
    buttonOf(el, 'a', 'start-over-button').click();
    await el.updateComplete;
    const confirm = partOf(el, 'confirm', rowOf(el, 'a'))!;
    expect(confirm.getAttribute('role')).to.equal('group');
    expect(text(confirm.querySelector('p'))).to.equal(
      'Delete this draft? What you entered and the files you added are removed from this browser. This cannot be undone.',
    );
    expect(partsOf(el, 'button', confirm).map(text)).to.deep.equal(['Keep it', 'Delete the draft']);
    expect(focused(el), 'focus on the safe answer').to.equal(partOf(el, 'keep-button', confirm));
    expect(buttonOf(el, 'a', 'continue-button'), 'no Continue while asking').to.equal(undefined);
    expect(buttonOf(el, 'b', 'continue-button'), 'the other draft is untouched').to.exist;

    (partOf(el, 'keep-button', confirm) as HTMLButtonElement).click();
    await el.updateComplete;
    expect(partOf(el, 'confirm')).to.equal(undefined);
    expect(focused(el)).to.equal(buttonOf(el, 'a', 'start-over-button'));
    expect(store.deleted).to.deep.equal([]);
    expect(discarded).to.deep.equal([]);
  });

  it('Escape in the question keeps the draft and does not reach the page', async () => {
    const store = storeWith(A);
    const el = await mountBanner({ store });
    const escapes: KeyboardEvent[] = [];
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && escapes.push(e);
    document.addEventListener('keydown', onKey);
    try {
      buttonOf(el, 'a', 'start-over-button').click();
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(partOf(el, 'confirm')).to.equal(undefined);
      expect(focused(el)).to.equal(buttonOf(el, 'a', 'start-over-button'));
      expect(escapes, 'a dialog around the banner is not closed by it').to.deep.equal([]);
      expect(store.deleted).to.deep.equal([]);
    } finally {
      document.removeEventListener('keydown', onKey);
    }
  });

  it('"Delete the draft" deletes it in the store, fires tirkeu-draft-discard, says so and moves focus on', async () => {
    const store = storeWith(A, B, C);
    const el = await mountBanner({ store });
    const discarded = collect<DraftDiscardDetail>(el, 'tirkeu-draft-discard');
    buttonOf(el, 'a', 'start-over-button').click();
    await el.updateComplete;
    (partOf(el, 'confirm-delete-button', rowOf(el, 'a')) as HTMLButtonElement).click();
    await waitUntil(() => discarded.length === 1, 'discarded');
    await el.settled();
    expect(store.deleted).to.deep.equal(['a']);
    expect((await store.list()).map((d) => d.id).sort()).to.deep.equal(['b', 'c']);
    expect(discarded).to.deep.equal([{ id: 'a' }]);
    expect(draftsShown(el).map((d) => d.id)).to.deep.equal(['c', 'b']);
    expect(status(el)).to.equal('The draft is deleted.');
    expect(focused(el), 'on the draft that took its place').to.equal(buttonOf(el, 'b', 'continue-button'));
  });

  it('after the last draft is deleted, says so until hidden', async () => {
    const el = await mountBanner({ store: storeWith(A), locale: 'ru' });
    buttonOf(el, 'a', 'start-over-button').click();
    await el.updateComplete;
    (partOf(el, 'confirm-delete-button') as HTMLButtonElement).click();
    await waitUntil(() => partOf(el, 'notice'), 'the notice');
    expect(text(partOf(el, 'notice'))).to.equal('Черновик удалён.');
    expect(status(el)).to.equal('Черновик удалён.');
    expect(focused(el)).to.equal(partOf(el, 'dismiss-button'));
    expect(partOf(el, 'dismiss-button')!.getAttribute('aria-label')).to.equal('Скрыть');
    (partOf(el, 'dismiss-button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(partOf(el, 'base')).to.equal(undefined);
  });

  it('a delete the store refuses keeps the draft and says so', async () => {
    const store = storeWith(A);
    const el = await mountBanner({ store });
    const discarded = collect<DraftDiscardDetail>(el, 'tirkeu-draft-discard');
    store.failNext('delete');
    buttonOf(el, 'a', 'start-over-button').click();
    await el.updateComplete;
    (partOf(el, 'confirm-delete-button') as HTMLButtonElement).click();
    await waitUntil(() => status(el).includes('could not'), 'the failure is said');
    await el.updateComplete;
    expect(status(el)).to.equal('The draft could not be deleted. Try again.');
    expect(discarded).to.deep.equal([]);
    expect(draftsShown(el).map((d) => d.id)).to.deep.equal(['a']);
    expect(focused(el)).to.equal(buttonOf(el, 'a', 'start-over-button'));
  });

  it('shows set-aside drafts apart, each with what happened, with Delete only', async () => {
    const store = storeWith(
      A,
      { id: 'x', kind: 'resident', updatedAt: at(2025, 3, 5, 10, 0), expiresAt: at(2025, 4, 4), setAside: 'draft-corrupt' },
      { id: 'y', kind: 'non-resident', updatedAt: at(2025, 3, 9, 10, 0), expiresAt: at(2025, 4, 8), setAside: 'draft-key-lost' },
      { id: 'z', kind: 'resident', updatedAt: at(2025, 3, 12, 8, 0), expiresAt: at(2025, 4, 11), setAside: 'draft-newer' },
    );
    const el = await mountBanner({ store });
    expect(draftsShown(el, 'draft').map((d) => d.id), 'the open one first').to.deep.equal(['a', 'z', 'y', 'x']);
    expect(text(partOf(el, 'title'))).to.equal('You have an unfinished registration');
    const section = partOf(el, 'set-aside')!;
    expect(text(partOf(el, 'set-aside-title', section))).to.equal('Drafts that cannot be opened');
    const rows = partsOf(el, 'set-aside-draft');
    expect(rows.map((row) => [row.dataset.id, row.dataset.code, text(partOf(el, 'draft-kind', row)), text(partOf(el, 'draft-saved', row))])).to.deep.equal([
      ['z', 'draft-newer', 'Resident registration', 'Last saved 8 hours ago (March 12, 2025 at 8:00 AM)'],
      ['y', 'draft-key-lost', 'Non-resident registration', 'Last saved 3 days ago (March 9, 2025 at 10:00 AM)'],
      ['x', 'draft-corrupt', 'Resident registration', 'Last saved 7 days ago (March 5, 2025 at 10:00 AM)'],
    ]);
    expect(rows.map((row) => text(partOf(el, 'set-aside-reason', row)))).to.deep.equal([
      'This draft was saved by a newer version of the registration form and cannot be opened here. It is kept: open it again once this page is updated, or delete it.',
      'This draft can no longer be read: the key that protected it is gone from this browser (its site data was partly cleared). Delete it and start again.',
      'This draft is damaged and cannot be opened. Delete it and start again.',
    ]);
    for (const row of rows) {
      expect(partOf(el, 'continue-button', row), 'no Continue').to.equal(undefined);
      expect(partsOf(el, 'button', row).map(text)).to.deep.equal(['Delete']);
    }

    const discarded = collect<DraftDiscardDetail>(el, 'tirkeu-draft-discard');
    buttonOf(el, 'x', 'delete-button').click();
    await el.updateComplete;
    expect(focused(el)).to.equal(partOf(el, 'keep-button', rowOf(el, 'x')));
    (partOf(el, 'confirm-delete-button', rowOf(el, 'x')) as HTMLButtonElement).click();
    await waitUntil(() => discarded.length === 1, 'discarded');
    await el.settled();
    expect(store.deleted).to.deep.equal(['x']);
    expect(discarded).to.deep.equal([{ id: 'x' }]);
    expect(partsOf(el, 'set-aside-draft').map((row) => row.dataset.id)).to.deep.equal(['z', 'y']);
    expect(focused(el), 'on the last set-aside draft left').to.equal(buttonOf(el, 'y', 'delete-button'));
  });

  it('with set-aside drafts only, heads the banner with them (Russian, Kazakh)', async () => {
    const store = storeWith(
      { id: 'x', updatedAt: at(2025, 3, 12, 10, 0), expiresAt: at(2025, 4, 11), setAside: 'draft-corrupt' },
      { id: 'y', updatedAt: at(2025, 3, 11, 10, 0), expiresAt: at(2025, 4, 10), setAside: 'draft-key-lost' },
      { id: 'z', updatedAt: at(2025, 3, 10, 10, 0), expiresAt: at(2025, 4, 9), setAside: 'draft-newer' },
    );
    const el = await mountBanner({ store, locale: 'ru' });
    expect(text(partOf(el, 'title'))).to.equal('Черновики, которые не удаётся открыть');
    expect(partOf(el, 'set-aside-title'), 'said once').to.equal(undefined);
    expect(partOf(el, 'intro')).to.equal(undefined);
    expect(partsOf(el, 'set-aside-reason').map(text)).to.deep.equal([
      'Этот черновик повреждён и не открывается. Удалите его и начните заново.',
      'Этот черновик больше не прочитать: ключ, которым он был защищён, удалён из этого браузера (данные сайта были частично очищены). Удалите его и начните заново.',
      'Этот черновик сохранён более новой версией формы регистрации и здесь не открывается. Он не удалён: откройте его после обновления страницы или удалите.',
    ]);
    expect(partsOf(el, 'delete-button').map(text)).to.deep.equal(['Удалить', 'Удалить', 'Удалить']);
    el.locale = 'kk';
    await el.updateComplete;
    expect(text(partOf(el, 'title'))).to.equal('Ашылмайтын өтініш жобалары');
    expect(partsOf(el, 'set-aside-reason').map(text)).to.deep.equal([
      'Бұл өтініш жобасы зақымдалған, оны ашу мүмкін емес. Оны жойып, басынан бастаңыз.',
      'Бұл өтініш жобасын енді оқу мүмкін емес: оны қорғаған кілт осы браузерден жойылған (сайт деректері ішінара тазартылған). Оны жойып, басынан бастаңыз.',
      'Бұл өтініш жобасын тіркелу формасының жаңа нұсқасы сақтаған, оны мұнда ашу мүмкін емес. Ол жойылмады: бет жаңартылғаннан кейін қайта ашыңыз немесе жойыңыз.',
    ]);
    expect(partsOf(el, 'delete-button').map(text)).to.deep.equal(['Жою', 'Жою', 'Жою']);
  });

  it('without storage, says in one polite line that drafts are not kept; the line can be hidden', async () => {
    const store = new MemoryDraftStore({ available: false });
    const el = await mountBanner({ store });
    expect(text(partOf(el, 'unavailable'))).to.equal(
      'Drafts are not kept in this browser (a private window, or its storage is blocked): what you enter is lost if you leave the page.',
    );
    expect(status(el)).to.equal('Drafts are not kept in this browser.');
    expect(partOf(el, 'draft')).to.equal(undefined);
    expect(store.listCalls, 'nothing to list').to.equal(0);
    await expect(el).to.be.accessible();
    const dismissed = collect<DraftBannerDismissDetail>(el, 'tirkeu-dismiss');
    (partOf(el, 'dismiss-button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(dismissed).to.deep.equal([{ ids: [] }]);
    expect(partOf(el, 'base')).to.equal(undefined);
  });

  it('says the storage line in Russian and Kazakh', async () => {
    const el = await mountBanner({ store: new MemoryDraftStore({ available: false }), locale: 'ru' });
    expect(text(partOf(el, 'unavailable'))).to.equal(
      'Черновики в этом браузере не сохраняются (приватное окно или хранилище браузера заблокировано): если вы уйдёте со страницы, введённые данные пропадут.',
    );
    el.locale = 'kk';
    await el.updateComplete;
    expect(text(partOf(el, 'unavailable'))).to.equal(
      'Бұл браузерде өтініш жобалары сақталмайды (жасырын терезе немесе браузердің деректер қоймасы бұғатталған): беттен кетсеңіз, енгізілген деректер жоғалады.',
    );
  });

  it('renders nothing, and takes no room, with nothing to say', async () => {
    for (const el of [await mountBanner({ store: storeWith() }), await mountBanner({})]) {
      expect(partOf(el, 'base')).to.equal(undefined);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(status(el)).to.equal('');
    }
  });

  it('the "×" hides it and fires tirkeu-dismiss with the drafts it showed; `dismissed = false` shows it again', async () => {
    const el = await mountBanner({ store: storeWith(A, B) });
    const seen: DraftBannerDismissDetail[] = [];
    document.addEventListener('tirkeu-dismiss', (e) => seen.push((e as CustomEvent<DraftBannerDismissDetail>).detail), { once: true });
    const hide = partOf(el, 'dismiss-button') as HTMLButtonElement;
    expect(hide.getAttribute('aria-label')).to.equal('Hide');
    hide.click();
    await el.updateComplete;
    expect(seen).to.deep.equal([{ ids: ['a', 'b'] }]);
    expect(el.dismissed).to.equal(true);
    expect(el.hasAttribute('dismissed')).to.equal(true);
    expect(partOf(el, 'base')).to.equal(undefined);
    expect(el.getBoundingClientRect().height).to.equal(0);
    el.dismissed = false;
    await el.updateComplete;
    expect(draftsShown(el).map((d) => d.id)).to.deep.equal(['a', 'b']);
  });

  it('follows other tabs: a draft saved, set aside, deleted or all cleared there shows here', async () => {
    const store = storeWith(A);
    const el = await mountBanner({ store });
    const other = new MemoryDraftStore({ storage: store.storage, now: () => NOW - 3 * 60_000 });
    const ids = () => draftsShown(el).map((d) => d.id);

    await other.save({ id: 'new', kind: 'non-resident', step: 1, steps: 6, data: { name: 'x' } });
    await waitUntil(() => ids().length === 2, 'the new draft shows');
    expect(draftsShown(el)[0]).to.deep.equal({
      id: 'new',
      kind: 'Non-resident registration',
      step: 'Step 2 of 6',
      saved: 'Last saved 3 minutes ago (March 12, 2025 at 4:42 PM)',
      kept: 'Kept until April 11, 2025',
    });

    // A question open here on a draft the other tab sets aside, then deletes.
    buttonOf(el, 'new', 'start-over-button').click();
    await el.updateComplete;
    other.setAside('new', 'draft-corrupt');
    await waitUntil(() => partsOf(el, 'set-aside-draft').length === 1, 'set aside');
    await other.delete('new');
    await waitUntil(() => !el.shadowRoot!.querySelector('[data-id="new"]'), 'deleted there');
    expect(partOf(el, 'confirm'), 'nothing left to confirm').to.equal(undefined);
    expect(ids()).to.deep.equal(['a']);

    await other.clearAll();
    await waitUntil(() => !partOf(el, 'base'), 'cleared there: nothing to say');
    expect(partOf(el, 'notice'), 'no notice: the user did nothing here').to.equal(undefined);
  });

  it('stops listening when it leaves the page and listens again when it is back', async () => {
    const store = storeWith(A);
    const el = await mountBanner({ store });
    expect(store.watchers).to.equal(1);
    const parent = el.parentElement!;
    el.remove();
    expect(store.watchers).to.equal(0);
    expect(store.isClosed, 'a store the host gave is the host’s to close').to.equal(false);
    await store.save({ id: 'later', kind: 'resident', step: 0, steps: 7, data: {} });
    parent.append(el);
    await el.settled();
    expect(store.watchers).to.equal(1);
    expect(draftsShown(el).map((d) => d.id).sort()).to.deep.equal(['a', 'later']);
  });

  it('reads another store when given one, and leaves the old one', async () => {
    const first = storeWith(A);
    const el = await mountBanner({ store: first });
    const second = storeWith(B);
    el.store = second;
    await el.settled();
    expect(draftsShown(el).map((d) => d.id)).to.deep.equal(['b']);
    expect(first.watchers).to.equal(0);
    expect(second.watchers).to.equal(1);
  });

  it('never renders what the store holds as HTML', async () => {
    const id = '<img src=x onerror="window.__pwned=1">';
    const el = await mountBanner({ store: storeWith({ ...A, id }) });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    const seen = collect<DraftRestoreDetail>(el, 'tirkeu-draft-restore');
    (partOf(el, 'continue-button') as HTMLButtonElement).click();
    expect(seen[0]!.id).to.equal(id);
  });

  it('gives a failed listing no say: what was listed stays', async () => {
    const store = storeWith(A);
    const el = await mountBanner({ store });
    store.failNext('list');
    await store.save({ id: 'b', kind: 'resident', step: 0, steps: 7, data: {} });
    await waitUntil(() => store.listCalls === 2, 'listed again');
    await el.settled();
    expect(draftsShown(el).map((d) => d.id)).to.deep.equal(['a']);
  });

  it('is accessible: drafts, the question, set-aside drafts, dark', async () => {
    const store = storeWith(A, B, { id: 'x', updatedAt: at(2025, 3, 5), expiresAt: at(2025, 4, 4), setAside: 'draft-corrupt' });
    const el = await mountBanner({ store });
    await expect(el).to.be.accessible();
    buttonOf(el, 'a', 'start-over-button').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const button = buttonOf(el, 'b', 'continue-button');
    expect(getComputedStyle(button).fontFamily, 'font: inherit').to.equal(getComputedStyle(el).fontFamily);
  });
});
