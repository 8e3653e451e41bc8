/**
 * What the banner says about one draft, in the element's locale: its kind, its step, when it
 * was saved and until when it is kept, and why a set-aside draft cannot be opened. Every string
 * goes through the element's lookup `t`.
 */
import { str } from '@lit/localize';
import type { Lookup } from '../../i18n/lookup.js';
import type { DraftKind, DraftProblemCode } from '../../drafts/types.js';
import { agoOf, formatAgo, formatDateTime, formatDay } from './draft-times.js';

export function kindName(kind: DraftKind, t: Lookup): string {
  return kind === 'non-resident'
    ? t('Non-resident registration', { id: 'draft-banner.kind.non-resident' })
    : t('Resident registration', { id: 'draft-banner.kind.resident' });
}

/** `step` is 0-based, as the store keeps it; people count from 1. */
export function stepText(step: number, steps: number, t: Lookup): string {
  const number = step + 1;
  return t(str`Step ${number} of ${steps}`, { id: 'draft-banner.step' });
}

export function savedText(updatedAt: number, now: number, locale: string, t: Lookup): string {
  const ago = agoOf(updatedAt, now);
  const when = ago ? formatAgo(ago, locale) : t('just now', { id: 'draft-banner.just-now' });
  const at = formatDateTime(updatedAt, locale);
  return t(str`Last saved ${when} (${at})`, { id: 'draft-banner.saved' });
}

export function keptText(expiresAt: number, locale: string, t: Lookup): string {
  const day = formatDay(expiresAt, locale);
  return t(str`Kept until ${day}`, { id: 'draft-banner.kept' });
}

/** Why a set-aside draft cannot be opened, and what the user can do. */
export function setAsideText(code: DraftProblemCode, t: Lookup): string {
  switch (code) {
    case 'draft-corrupt':
      return t('This draft is damaged and cannot be opened. Delete it and start again.', { id: 'draft-banner.set-aside.corrupt' });
    case 'draft-key-lost':
      return t(
        'This draft can no longer be read: the key that protected it is gone from this browser (its site data was partly cleared). Delete it and start again.',
        { id: 'draft-banner.set-aside.key-lost' },
      );
    case 'draft-newer':
      return t(
        'This draft was saved by a newer version of the registration form and cannot be opened here. It is kept: open it again once this page is updated, or delete it.',
        { id: 'draft-banner.set-aside.newer' },
      );
    default:
      return t('This draft cannot be opened.', { id: 'draft-banner.set-aside.other' });
  }
}
