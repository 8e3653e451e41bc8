import { TirkeuDraftBanner, type DraftBannerDismissDetail, type DraftDiscardDetail, type DraftRestoreDetail } from './draft-banner.js';
import { defineElement } from '../shared/define-element.js';

export { TirkeuDraftBanner };
export type { DraftBannerDismissDetail, DraftDiscardDetail, DraftRestoreDetail } from './draft-banner.js';

defineElement('tirkeu-draft-banner', TirkeuDraftBanner);

declare global {
  interface HTMLElementTagNameMap {
    'tirkeu-draft-banner': TirkeuDraftBanner;
  }
  interface HTMLElementEventMap {
    /** Continue on a draft of `<tirkeu-draft-banner>`: the host loads it (`detail.id`) at its step. */
    'tirkeu-draft-restore': CustomEvent<DraftRestoreDetail>;
    /** `<tirkeu-draft-banner>` deleted a draft after the user confirmed. */
    'tirkeu-draft-discard': CustomEvent<DraftDiscardDetail>;
    /** The user hid `<tirkeu-draft-banner>`. */
    'tirkeu-dismiss': CustomEvent<DraftBannerDismissDetail>;
  }
}
