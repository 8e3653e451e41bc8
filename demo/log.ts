/**
 * The page's event log. It shows what the widgets tell a host, and never a secret: the widgets
 * keep passwords and e-mail codes out of their events, and the log still hides any key that
 * could hold one (a host's own events, a future detail), at any depth. Entries are text only.
 */
const SECRET_KEY = /password|passcode|secret|emailcode|confirmationcode|^code$|^pin$|token/i;
const HIDDEN = '[hidden]';
const MAX_LENGTH = 400;

/**
 * `detail` as the log writes it, secrets replaced. `code` is a secret (an e-mail code) except as
 * the top-level code of a `tirkeu-error`, which is a stable error code such as `ncalayer-cancelled`.
 */
export function describeDetail(type: string, detail: unknown): string {
  if (detail === undefined) return '';
  const keepCode = type === 'tirkeu-error';
  const text = JSON.stringify(detail, function (this: unknown, key, value: unknown) {
    if (key && SECRET_KEY.test(key) && !(keepCode && key === 'code' && this === detail)) return HIDDEN;
    // A file as what it is, not `{}`.
    if (typeof File !== 'undefined' && value instanceof File) return `File ${value.name} (${value.size} bytes)`;
    return value;
  });
  if (text === undefined) return '';
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}

/** Adds one line, newest first, as text. */
export function logEvent(list: HTMLElement, event: Event): void {
  const item = document.createElement('li');
  const target = (event.composedPath()[0] as Element | undefined)?.localName ?? '';
  item.textContent = `${new Date().toLocaleTimeString()} ${target} ${event.type} ${describeDetail(event.type, (event as CustomEvent).detail)}`.trim();
  list.prepend(item);
}

/** Every event a host of these widgets would listen to. */
export const LOGGED_EVENTS = [
  'tirkeu-step-change',
  'tirkeu-submit',
  'tirkeu-complete',
  'tirkeu-registration-accept',
  'tirkeu-certificate-select',
  'tirkeu-document-add',
  'tirkeu-document-remove',
  'tirkeu-draft-restore',
  'tirkeu-draft-discard',
  'tirkeu-dismiss',
  'tirkeu-error',
  'change',
] as const;
