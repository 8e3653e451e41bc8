import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/draft-banner/define.js';
import type { TirkeuDraftBanner } from '../src/components/draft-banner/draft-banner.js';
import type { DraftKind } from '../src/drafts/types.js';
import { MemoryDraftStore, type SeedDraft } from '../mocks/drafts/index.js';

/** Every story's clock: 12 March 2025, 16:45, so that "2 hours ago" stays 2 hours ago in every screenshot. */
const NOW = new Date(2025, 2, 12, 16, 45).getTime();
const HOUR = 3600_000;
const DAY = 24 * HOUR;

const RESIDENT: SeedDraft = { id: 'resident-1', kind: 'resident', step: 2, steps: 7, updatedAt: NOW - 2 * HOUR - 15 * 60_000 };
const NON_RESIDENT: SeedDraft = { id: 'non-resident-1', kind: 'non-resident', step: 0, steps: 6, updatedAt: NOW - DAY - 7 * HOUR };
const OLDER: SeedDraft = { id: 'resident-2', kind: 'resident', step: 5, steps: 7, updatedAt: NOW - 5 * DAY };

interface Args {
  drafts: SeedDraft[];
  /** False: the browser keeps no drafts (private window, blocked storage). */
  available: boolean;
  kind?: DraftKind;
  locale?: string;
  theme?: 'light' | 'dark';
  /** Opens the first draft's "Start over" question once it is shown. */
  confirm: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Draft banner',
  component: 'tirkeu-draft-banner',
  args: { drafts: [RESIDENT], available: true, confirm: false },
  argTypes: {
    kind: { control: 'inline-radio', options: [undefined, 'resident', 'non-resident'] },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'ru', 'kk'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) => {
    // A store of the story's own, in memory, on the story's clock (mocks/drafts/).
    const store = new MemoryDraftStore({ available: args.available, now: () => NOW }).seed(...args.drafts);
    return html`<tirkeu-draft-banner
      .store=${store}
      .now=${() => NOW}
      kind=${ifDefined(args.kind)}
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
    ></tirkeu-draft-banner>`;
  },
  play: async ({ canvasElement, args }) => {
    if (!args.confirm) return;
    const banner = canvasElement.querySelector<TirkeuDraftBanner>('tirkeu-draft-banner')!;
    await banner.settled();
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-over-button"]')?.click();
    await banner.updateComplete;
  },
  parameters: {
    docs: {
      description: {
        component:
          'The unfinished registrations kept in this browser, newest first, with Continue and Start over. Each story gives ' +
          'the banner an in-memory store (mocks/drafts/) and a fixed clock: 12 March 2025, 16:45.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** One resident draft, saved two hours ago at step 3 of 7. */
export const OneDraft: Story = {};

/** Several drafts, newest first: a resident one, a non-resident one from yesterday, an older one. */
export const SeveralDrafts: Story = { args: { drafts: [OLDER, NON_RESIDENT, RESIDENT] } };

/** Only the non-resident drafts (`kind="non-resident"`), as a non-resident registration page shows them. */
export const OnlyNonResident: Story = { args: { drafts: [OLDER, NON_RESIDENT, RESIDENT], kind: 'non-resident' } };

/** Start over asks first: "Delete the draft" or "Keep it" (Escape keeps it). */
export const ConfirmStartOver: Story = { args: { drafts: [NON_RESIDENT, RESIDENT], confirm: true } };

/**
 * The store holds an expired draft (saved 40 days ago, kept 30) beside the one of two hours ago:
 * the expired one is gone, only the other is offered.
 */
export const Expired: Story = {
  args: { drafts: [RESIDENT, { id: 'expired', kind: 'non-resident', step: 4, steps: 6, updatedAt: NOW - 40 * DAY, expiresAt: NOW - 10 * DAY }] },
};

/** A draft that no longer decrypts (damaged) is shown apart, with what happened, and can only be deleted. */
export const SetAside: Story = {
  args: { drafts: [RESIDENT, { id: 'corrupt', kind: 'resident', step: 3, steps: 7, updatedAt: NOW - 3 * DAY, setAside: 'draft-corrupt' }] },
};

/** Every reason a draft is set aside: damaged, its key lost, saved by a newer version; nothing to continue. */
export const SetAsideReasons: Story = {
  args: {
    drafts: [
      { id: 'corrupt', updatedAt: NOW - 3 * DAY, setAside: 'draft-corrupt' },
      { id: 'key-lost', kind: 'non-resident', updatedAt: NOW - 6 * DAY, setAside: 'draft-key-lost' },
      { id: 'newer', updatedAt: NOW - 4 * HOUR, setAside: 'draft-newer' },
    ],
  },
};

/** The browser keeps no drafts (a private window, blocked storage): one line, which can be hidden. */
export const StorageUnavailable: Story = { args: { available: false, drafts: [] } };

/** Nothing to say: no drafts. The banner renders nothing and takes no room. */
export const NoDrafts: Story = { args: { drafts: [] } };

/** Dark: the page's `color-scheme` (or `theme="dark"` on the element), with the question open. */
export const Dark: Story = { args: { theme: 'dark', drafts: [NON_RESIDENT, RESIDENT], confirm: true }, globals: { theme: 'dark' } };

export const Russian: Story = { args: { locale: 'ru', drafts: [OLDER, NON_RESIDENT, RESIDENT] } };

export const RussianSetAside: Story = { args: { locale: 'ru', drafts: SetAsideReasons.args!.drafts! } };

export const Kazakh: Story = { args: { locale: 'kk', drafts: [OLDER, NON_RESIDENT, RESIDENT] } };

export const KazakhStorageUnavailable: Story = { args: { locale: 'kk', available: false, drafts: [] } };
