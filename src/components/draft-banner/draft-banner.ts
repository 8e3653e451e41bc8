import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TirkeuElement } from '../shared/tirkeu-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { fieldControlStyles } from '../shared/field.styles.js';
import type { DraftKind, DraftStore, DraftSummary } from '../../drafts/types.js';
import { DraftSourceController } from './draft-source-controller.js';
import { arrangeDrafts, type DraftLists } from './draft-list.js';
import { draftRow, type DraftRowHandlers } from './draft-templates.js';
import { draftBannerStyles } from './draft-banner.styles.js';

/** Detail of `tirkeu-draft-restore`: the draft to continue, and where it stopped (`step` is 0-based). */
export interface DraftRestoreDetail {
  id: string;
  kind: DraftKind;
  step: number;
  steps: number;
}

/** Detail of `tirkeu-draft-discard`: the draft the user deleted ("Start over", or a set-aside one). */
export interface DraftDiscardDetail {
  id: string;
}

/** Detail of `tirkeu-dismiss`: the drafts shown when the user hid the banner (none for the "not kept" line). */
export interface DraftBannerDismissDetail {
  ids: string[];
}

/** Which list a draft is in: its buttons' ids and where focus goes after a change. */
type ListName = 'open' | 'set-aside';

/** What the banner shows: drafts, the "not kept" line, the line left after the last delete, or nothing. */
type Content = 'drafts' | 'unavailable' | 'notice' | '';

/**
 * "You have an unfinished registration": the unfinished drafts of the draft store, newest
 * first, each with its kind, its step, when it was last saved and until when it is kept, and
 * Continue and Start over. Start over asks first (inline: "Delete the draft" / "Keep it",
 * Escape keeps it), then deletes the draft and its files. Drafts the store set aside (damaged,
 * their key lost, saved by a newer version) are shown apart, with what happened, and can only
 * be deleted. When the browser keeps no drafts (a private window, blocked storage) the banner
 * says so in one line. It follows other tabs: a draft saved, deleted or set aside there shows
 * here at once. With nothing to say it renders nothing and takes no room.
 *
 * Works alone (a portal's landing page) with the `drafts` attribute, the database name the
 * forms save into, or inside the flow with the `store` the flow opened. Continue only asks:
 * the host (or `<tirkeu-registration>`) loads the draft and hides or removes the banner.
 *
 * Nothing from the store is rendered as HTML; the store gives only ids, kinds, steps and times.
 *
 * @summary Lists the unfinished registrations kept in this browser: Continue or Start over.
 *
 * @fires {CustomEvent<DraftRestoreDetail>} tirkeu-draft-restore - Continue: `detail: { id, kind, step, steps }` (`step` 0-based); the host loads the draft.
 * @fires {CustomEvent<DraftDiscardDetail>} tirkeu-draft-discard - A draft was deleted from the store after the user confirmed: `detail: { id }`.
 * @fires {CustomEvent<DraftBannerDismissDetail>} tirkeu-dismiss - The user hid the banner (`dismissed` is now true): `detail: { ids }`, the drafts it showed. The banner keeps nothing: a host that wants it to stay hidden on its other pages remembers this, and it may move focus, since the button that had it is gone.
 *
 * @csspart base - The banner's box.
 * @csspart title - Its first line: "You have an unfinished registration".
 * @csspart intro - The line under the title.
 * @csspart drafts - The list of drafts that can be continued.
 * @csspart draft - One draft; with `set-aside-draft` for a set-aside one.
 * @csspart draft-kind - The draft's kind: resident or non-resident registration.
 * @csspart facts - The draft's step, last save and expiry.
 * @csspart draft-step - "Step 3 of 7".
 * @csspart draft-saved - "Last saved 2 hours ago (…)".
 * @csspart draft-kept - "Kept until …".
 * @csspart actions - A draft's buttons.
 * @csspart button - Every button but the "×".
 * @csspart continue-button - Continue.
 * @csspart start-over-button - Start over.
 * @csspart confirm - The question after Start over (or Delete), with its buttons.
 * @csspart delete-button - Delete, of a set-aside draft (it asks first).
 * @csspart confirm-delete-button - "Delete the draft", in the question.
 * @csspart keep-button - "Keep it".
 * @csspart set-aside - The drafts that cannot be opened.
 * @csspart set-aside-title - Their heading.
 * @csspart set-aside-reason - Why one cannot be opened; with `data-code` on its draft.
 * @csspart unavailable - The line that drafts are not kept in this browser.
 * @csspart notice - The line left after the last draft was deleted.
 * @csspart dismiss-button - The "×" that hides the banner.
 *
 * @cssprop --tirkeu-draft-banner-background - Background of the banner (default: `--tirkeu-color-surface-alt`).
 * @cssprop --tirkeu-draft-banner-border-color - Its border and the lines between drafts (default: `--tirkeu-color-border`).
 * @cssprop --tirkeu-draft-banner-accent-color - Its thick start edge (default: `--tirkeu-color-primary`; `--tirkeu-color-warning` for the "not kept" line).
 * @cssprop --tirkeu-draft-banner-max-width - Widest the banner grows (default: 48rem).
 * @cssprop --tirkeu-color-primary - Global tier: buttons.
 * @cssprop --tirkeu-color-danger - Global tier: the delete question and its button.
 * @cssprop --tirkeu-radius - Global tier: corner radius.
 * @cssprop --tirkeu-font - Global tier: font (default: inherited from the host).
 */
export class TirkeuDraftBanner extends TirkeuElement {
  static override styles = [themeStyles, fieldControlStyles, draftBannerStyles];

  /** The draft store to read (`openDraftStore` of `tirkeu/drafts`); wins over `drafts`. */
  @property({ attribute: false }) store?: DraftStore;

  /** The draft database's name: without a `store`, the banner opens that store itself. */
  @property({ reflect: true }) drafts?: string;

  /** Only the drafts of this kind: `resident` or `non-resident`; unset, both. */
  @property({ reflect: true }) kind?: DraftKind;

  /** `light` or `dark` pins one; unset, the page's `color-scheme` decides. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Hidden by the user ("×"); set it back to false to show the banner again. */
  @property({ type: Boolean, reflect: true }) dismissed = false;

  /** The clock, in milliseconds: "saved 2 hours ago" and expiry are reckoned from it (tests and stories fix it). */
  @property({ attribute: false }) now: () => number = () => Date.now();

  /** The draft whose Start over (or Delete) asks for confirmation. */
  @state() private confirming?: string;
  /** The draft being deleted: its buttons wait. */
  @state() private deleting?: string;
  /** The user deleted the last draft: "The draft is deleted." stays until something else is shown. */
  @state() private deletedLast = false;
  /** What the status region says: what changed. */
  @state() private announcement = '';

  private readonly source = new DraftSourceController(this);
  private lists: DraftLists = { open: [], setAside: [] };
  /** What was shown last: to announce the banner when it appears, not at every update. */
  private showing: Content = '';
  private focusAfterUpdate?: () => HTMLElement | null | undefined;

  /** Resolves when the store has answered what the banner asked and the answer is rendered. */
  async settled(): Promise<void> {
    await this.source.settled();
    await this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('store') || changed.has('drafts')) this.source.follow();
    this.lists = arrangeDrafts(this.source.summaries ?? [], { kind: this.kind, now: this.now() });
    const ids = new Set([...this.lists.open, ...this.lists.setAside].map((d) => d.id));
    // Another tab deleted the draft whose question is open: nothing is left to confirm.
    if (this.confirming && !ids.has(this.confirming)) this.confirming = undefined;
    if (ids.size || this.dismissed) this.deletedLast = false;
    this.announceAppearance();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    focus?.()?.focus();
  }

  protected override render(): TemplateResult {
    // The status region is always there, even with nothing shown: a live region that appears
    // together with its text is not announced everywhere.
    return html`${this.renderBanner()}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  private renderBanner(): TemplateResult | typeof nothing {
    const t = this.localize.msg;
    switch (this.content) {
      case 'unavailable':
        return this.box(
          'unavailable',
          html`<p part="unavailable">
            ${t('Drafts are not kept in this browser (a private window, or its storage is blocked): what you enter is lost if you leave the page.', {
              id: 'draft-banner.unavailable',
            })}
          </p>`,
        );
      case 'notice':
        return this.box('', html`<p part="notice">${this.deletedText()}</p>`);
      case 'drafts':
        return this.renderDrafts();
      default:
        return nothing;
    }
  }

  private renderDrafts(): TemplateResult {
    const t = this.localize.msg;
    const { open, setAside } = this.lists;
    return this.box(
      '',
      html`<p class="title" part="title" id="title">${this.heading()}</p>
        ${open.length
          ? html`<p class="intro" part="intro">
              ${t('Saved in this browser only: continue where you stopped, or start over.', { id: 'draft-banner.intro' })}
            </p>`
          : nothing}`,
      html`${open.length
        ? html`<ul class="drafts" part="drafts" aria-labelledby="title">
            ${open.map((draft, index) => this.renderDraft(draft, 'open', index))}
          </ul>`
        : nothing}
      ${setAside.length
        ? html`<section class="set-aside" part="set-aside" aria-labelledby=${open.length ? 'set-aside-title' : 'title'}>
            ${open.length ? html`<p class="set-aside-title" part="set-aside-title" id="set-aside-title">${this.setAsideTitle()}</p>` : nothing}
            <ul class="drafts">
              ${setAside.map((draft, index) => this.renderDraft(draft, 'set-aside', index))}
            </ul>
          </section>`
        : nothing}`,
    );
  }

  /** The banner's box: its first line(s) beside the "×", then the rest. */
  private box(modifier: string, head: TemplateResult, body?: TemplateResult): TemplateResult {
    const t = this.localize.msg;
    const hide = t('Hide', { id: 'draft-banner.hide' });
    return html`<div class="banner ${modifier}" part="base">
      <div class="header">
        <div>${head}</div>
        <button type="button" class="dismiss" part="dismiss-button" aria-label=${hide} title=${hide} @click=${this.dismiss}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      ${body ?? nothing}
    </div>`;
  }

  private renderDraft(draft: DraftSummary, list: ListName, index: number): TemplateResult {
    return draftRow(
      {
        draft,
        key: `${list === 'open' ? 'd' : 's'}${index}`,
        confirming: this.confirming === draft.id,
        busy: this.deleting === draft.id,
        now: this.now(),
        locale: this.localize.locale,
        t: this.localize.msg,
      },
      this.rowHandlers,
    );
  }

  private readonly rowHandlers: DraftRowHandlers = {
    restore: (draft) => this.restore(draft),
    ask: (draft, key) => this.askToDelete(draft, key),
    keep: (key) => this.keep(key),
    discard: (draft, key) => void this.discard(draft, key),
    confirmKey: (event, key) => this.confirmKey(event, key),
  };

  // ————— what the user does —————

  private restore({ id, kind, step, steps }: DraftSummary): void {
    this.emit<DraftRestoreDetail>('tirkeu-draft-restore', { id, kind, step, steps });
  }

  private askToDelete(draft: DraftSummary, key: string): void {
    this.confirming = draft.id;
    // The question's safe answer: pressing Enter twice by mistake keeps the draft.
    this.focusAfterUpdate = () => this.byId(`${key}-keep`);
  }

  private keep(key: string): void {
    this.confirming = undefined;
    this.focusAfterUpdate = () => this.byId(`${key}-start-over`);
  }

  private confirmKey(event: KeyboardEvent, key: string): void {
    if (event.key !== 'Escape' || this.deleting) return;
    // Escape answers the question, so it must not also close a dialog the banner sits in.
    event.stopPropagation();
    this.keep(key);
  }

  private async discard(draft: DraftSummary, key: string): Promise<void> {
    const t = this.localize.msg;
    const list: ListName = draft.setAside ? 'set-aside' : 'open';
    const index = (list === 'open' ? this.lists.open : this.lists.setAside).indexOf(draft);
    this.deleting = draft.id;
    try {
      await this.source.delete(draft.id);
    } catch {
      this.deleting = undefined;
      this.announce(t('The draft could not be deleted. Try again.', { id: 'draft-banner.delete-failed' }));
      this.keep(key);
      return;
    }
    this.deleting = undefined;
    this.confirming = undefined;
    this.announce(this.deletedText());
    this.emit<DraftDiscardDetail>('tirkeu-draft-discard', { id: draft.id });
    // With nothing else to show, the banner stays to say so until the user hides it. What is
    // left is reckoned without the deleted draft whether or not the new list has come yet.
    const left = [...this.lists.open, ...this.lists.setAside].filter((d) => d.id !== draft.id);
    if (!left.length) this.deletedLast = true;
    this.focusAfterUpdate = () => this.focusTargetAfterDelete(list, index);
  }

  private dismiss = (): void => {
    const ids = [...this.lists.open, ...this.lists.setAside].map((d) => d.id);
    this.dismissed = true;
    this.confirming = undefined;
    this.emit<DraftBannerDismissDetail>('tirkeu-dismiss', { ids });
  };

  // ————— internals —————

  /** What the banner shows now. */
  private get content(): Content {
    if (this.dismissed || !this.source.summaries) return '';
    if (!this.source.available) return 'unavailable';
    if (this.lists.open.length || this.lists.setAside.length) return 'drafts';
    return this.deletedLast ? 'notice' : '';
  }

  /** The banner appearing is announced (politely): it comes after the page, when the store answers. */
  private announceAppearance(): void {
    const content = this.content;
    if (content === this.showing) return;
    const appeared = !this.showing && content !== 'notice';
    this.showing = content;
    if (!appeared) return;
    const t = this.localize.msg;
    if (content === 'unavailable') this.announce(t('Drafts are not kept in this browser.', { id: 'draft-banner.unavailable.short' }));
    else if (content === 'drafts') this.announce(this.heading());
  }

  /** The banner's first line: about the drafts that can be continued, else about the set-aside ones. */
  private heading(): string {
    const t = this.localize.msg;
    const count = this.lists.open.length;
    if (!count) return this.setAsideTitle();
    return count === 1
      ? t('You have an unfinished registration', { id: 'draft-banner.title.one' })
      : t('You have unfinished registrations', { id: 'draft-banner.title.many' });
  }

  private deletedText(): string {
    return this.localize.msg('The draft is deleted.', { id: 'draft-banner.deleted' });
  }

  private setAsideTitle(): string {
    return this.localize.msg('Drafts that cannot be opened', { id: 'draft-banner.set-aside.title' });
  }

  /**
   * Where focus goes when a draft is gone: the first button of the draft that took its place
   * (or of the last one), else of the other list's first draft, else the "×" beside the notice.
   */
  private focusTargetAfterDelete(list: ListName, index: number): HTMLElement | null {
    const first = (prefix: string, at: number) => this.byId(`${prefix}${at}-continue`) ?? this.byId(`${prefix}${at}-start-over`);
    const [prefix, count, other] =
      list === 'open' ? ['d', this.lists.open.length, 's'] : ['s', this.lists.setAside.length, 'd'];
    if (count) return first(prefix, Math.min(index, count - 1));
    return first(other, 0) ?? this.renderRoot.querySelector<HTMLElement>('[part~="dismiss-button"]');
  }

  private byId(id: string): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById(id);
  }

  private announce(text: string): void {
    // The same words twice in a row would not be announced again: a zero-width space differs.
    this.announcement = this.announcement === text ? `${text}\u200b` : text;
  }
}
