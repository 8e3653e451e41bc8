/**
 * What a widget says when its draft cannot be kept as asked, in the widget's language. Loaded
 * with the draft controller, never by a page without drafts.
 */
import { str } from '@lit/localize';
import type { Lookup } from '../../i18n/lookup.js';
import type { DraftProblemCode } from '../../drafts/types.js';

export function draftProblemMessage(code: DraftProblemCode, t: Lookup, files: readonly string[] = []): string {
  switch (code) {
    case 'draft-unavailable':
      return t('This browser does not keep drafts here (a private window, or storage is blocked). Everything works, but nothing is saved if you leave the page.', {
        id: 'drafts.problem.unavailable',
      });
    case 'draft-quota': {
      const names = files.join(', ');
      return files.length
        ? t(str`The browser has no room for every file: the draft keeps what you typed, but not: ${names}. Add them again when you come back.`, {
            id: 'drafts.problem.quota-files',
          })
        : t('The browser has no room left for the draft: what you type now is not saved. Free some space or finish the registration.', {
            id: 'drafts.problem.quota',
          });
    }
    case 'draft-locked':
      return t('This registration is open in another tab, which saves it. Changes made here are not saved.', { id: 'drafts.problem.locked' });
    default:
      return t('The draft could not be saved. Everything still works; finish the registration before leaving the page.', {
        id: 'drafts.problem.other',
      });
  }
}
