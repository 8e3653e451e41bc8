/**
 * What a widget carries to write a draft: its part (a name, what to save, how to restore) and
 * a lazy link to the draft session, loaded only once the widget is given a store (`drafts` or
 * `draftStore`), so a page without drafts downloads none of it.
 */
import type { Draft, DraftFile, DraftKind, DraftStore } from '../../drafts/types.js';
import type { DraftAttachment } from './draft-controller.js';
import type { Lookup } from '../../i18n/lookup.js';

export interface DraftHost extends HTMLElement {
  /** The draft database's name: the widget opens that store itself. */
  drafts?: string;
  /** A store the host opened (`openDraftStore` of `tirkeu/drafts`); wins over `drafts`. */
  draftStore?: DraftStore;
  /** The draft to continue; unset, the widget starts a new one (and sets it). */
  draftId?: string;
}

export interface DraftPart {
  /** Where in the draft's data this widget's values go: `form`, `documents`. */
  readonly name: string;
  kind(): DraftKind;
  /** The values to save (no secrets). */
  data(): unknown;
  /** The files to save (the uploader's). */
  files?(): Promise<DraftFile[]>;
  /** Puts a saved draft back. */
  restore(draft: Draft): void | Promise<void>;
  /** The widget's lookup, for what it says when the draft cannot be kept. */
  lookup(): Lookup;
  /** Where the registration stands (`<tirkeu-registration>`'s step), for the banner's "step N of M". */
  place?(): { step: number; steps: number };
  /** Another tab holds the draft (`true`), or this tab took it over (`false`): a widget may offer to continue here. */
  locked?(held: boolean): void;
}

export class DraftLink {
  private attachment?: Promise<DraftAttachment | undefined>;
  private target?: string;
  /** The id this link gave a new draft: the host's `draftId` changing to it is no new target. */
  private ownId?: string;

  constructor(
    private readonly host: DraftHost,
    private readonly part: DraftPart,
  ) {}

  /** Call after each update: (re)connects when the store or the draft id changed. */
  follow(): void {
    const { host } = this;
    const id = host.draftId === this.ownId ? '' : (host.draftId ?? '');
    const target = host.draftStore || host.drafts ? `${host.drafts ?? ''}|${id}|${host.draftStore ? 'store' : ''}` : undefined;
    if (target === this.target) return;
    this.target = target;
    this.attachment = target
      ? import('./draft-controller.js')
          .then(({ attachDraft }) => attachDraft(host, this.part, (newId) => (this.ownId = newId)))
          .catch(() => undefined)
      : undefined;
  }

  /** The values changed (typing): saved after a pause. */
  changed(): void {
    void this.attachment?.then((a) => a?.changed());
  }

  /** The step changed: saved at once. */
  saveNow(): void {
    void this.attachment?.then((a) => a?.saveNow());
  }

  /** The files changed: saved at once. */
  filesChanged(): void {
    void this.attachment?.then((a) => a?.filesChanged());
  }

  /** This tab takes the draft over from another that holds it. */
  takeOver(): Promise<void> {
    return this.attachment?.then((a) => a?.takeOver()) ?? Promise.resolve();
  }

  /** Submitted, or started over: the draft is deleted. */
  finish(): Promise<void> {
    return this.attachment?.then((a) => a?.finish()) ?? Promise.resolve();
  }
}
