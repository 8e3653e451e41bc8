// Every Storybook story of the banner shows what it is named after, and passes axe.
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { TirkeuDraftBanner } from '../../../src/components/draft-banner/define.js';
import * as stories from '../../../stories/draft-banner.stories.js';
import { loadLocale } from '../../../src/i18n/localize.js';
import { partOf, partsOf, text } from './helpers.js';

type Args = Parameters<NonNullable<typeof stories.default.render>>[0];
type AnyStory = { args?: Partial<Args>; render?: (args: Args, context: never) => unknown };

/** What each story shows: the drafts offered, the set-aside ones (id:code), and a line to find. */
const EXPECTED: Record<string, { open?: string[]; setAside?: string[]; text?: string; confirm?: boolean; nothing?: boolean }> = {
  OneDraft: { open: ['resident-1'], text: 'Last saved 2 hours ago' },
  SeveralDrafts: { open: ['resident-1', 'non-resident-1', 'resident-2'], text: 'Last saved yesterday' },
  OnlyNonResident: { open: ['non-resident-1'] },
  ConfirmStartOver: { open: ['resident-1', 'non-resident-1'], confirm: true, text: 'Delete this draft?' },
  Expired: { open: ['resident-1'] },
  SetAside: { open: ['resident-1'], setAside: ['corrupt:draft-corrupt'], text: 'This draft is damaged' },
  SetAsideReasons: { setAside: ['newer:draft-newer', 'corrupt:draft-corrupt', 'key-lost:draft-key-lost'], text: 'Drafts that cannot be opened' },
  StorageUnavailable: { text: 'Drafts are not kept in this browser' },
  NoDrafts: { nothing: true },
  Dark: { open: ['resident-1', 'non-resident-1'], confirm: true },
  Russian: { open: ['resident-1', 'non-resident-1', 'resident-2'], text: 'Сохранено вчера' },
  RussianSetAside: { setAside: ['newer:draft-newer', 'corrupt:draft-corrupt', 'key-lost:draft-key-lost'], text: 'Черновики, которые не удаётся открыть' },
  Kazakh: { open: ['resident-1', 'non-resident-1', 'resident-2'], text: '5 күн бұрын' },
  KazakhStorageUnavailable: { text: 'Бұл браузерде өтініш жобалары сақталмайды' },
};

describe('draft banner stories', () => {
  const names = Object.keys(stories).filter((name) => name !== 'default');

  it('are all checked here', () => {
    expect(names.sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const name of Object.keys(EXPECTED)) {
    it(`${name} shows its state`, async () => {
      const story = (stories as unknown as Record<string, AnyStory>)[name]!;
      const args = { ...stories.default.args, ...story.args } as Args;
      if (args.locale === 'ru' || args.locale === 'kk') await loadLocale(args.locale);
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      render((story.render ?? stories.default.render)!(args, {} as never) as TemplateResult, container);
      const banner = container.querySelector<TirkeuDraftBanner>('tirkeu-draft-banner')!;
      await banner.settled();
      await stories.default.play!({ canvasElement: container, args } as never);
      const expected = EXPECTED[name]!;
      const open = partsOf(banner, 'draft').filter((row) => !row.matches('[part~="set-aside-draft"]'));
      expect(open.map((row) => row.dataset.id), 'offered').to.deep.equal(expected.open ?? []);
      expect(partsOf(banner, 'set-aside-draft').map((row) => `${row.dataset.id}:${row.dataset.code}`), 'set aside').to.deep.equal(expected.setAside ?? []);
      expect(!!partOf(banner, 'confirm'), 'the question').to.equal(!!expected.confirm);
      if (expected.text) expect(text(banner.shadowRoot)).to.include(expected.text);
      if (expected.nothing) expect(partOf(banner, 'base')).to.equal(undefined);
      await expect(banner).to.be.accessible();
    });
  }
});
