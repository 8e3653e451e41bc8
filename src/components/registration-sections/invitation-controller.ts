import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isBackendError, type Invitation, type RegistrationBackend } from '../../backend/index.js';
import type { TirkeuErrorDetail } from '../shared/events.js';
import type { Lookup } from '../../i18n/lookup.js';
import { fieldLabel, invitationTexts } from './labels.js';
import { fromInvitation } from './prefill.js';
import type { FieldKey, FieldValues, SectionConfig } from './rules.js';

/** Where an invitation link stands: loading, applied (with the keys it filled), or refused. */
export type InvitationState =
  | { state: 'pending'; token: string }
  | { state: 'applied'; token: string; invitedBy?: string; keys: FieldKey[] }
  | { state: 'expired' | 'not-found' | 'failed'; token: string };

export interface InvitationOptions {
  backend: () => RegistrationBackend | undefined;
  /** The invitation token the host was given. */
  token: () => string | undefined;
  /** Fills the form from an answered invitation; returns the values it filled in. */
  fill: (invitation: Invitation) => FieldValues;
  /** The invitation's values are in and its state is `applied`. */
  filled: (values: FieldValues) => void;
  /** Reports a refused invitation (the host's `tirkeu-error`). */
  error: (detail: TirkeuErrorDetail) => void;
  /** The host's lookup: the note and the error's message are in the host's locale. */
  t: Lookup;
}

/**
 * An invitation link (seed 002): resolves the host's token through the backend once per token,
 * hands the invitation to the host to fill the form, keeps where it stands and renders the note
 * about it. A pending request is cancelled when the host leaves the page, and asked again when it
 * comes back.
 */
export class InvitationController implements ReactiveController {
  state?: InvitationState;
  /** Settles when the pending invitation has been answered and applied. */
  complete: Promise<void> = Promise.resolve();
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly hasUpdated: boolean },
    private readonly options: InvitationOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page while the invitation was loading: ask again.
    if (this.host.hasUpdated) this.load();
  }

  hostDisconnected(): void {
    if (this.state?.state === 'pending') {
      this.abort?.abort();
      this.setState(undefined);
    }
  }

  /** Keys the invitation filled in, while it is applied. */
  get prefilled(): Set<FieldKey> | undefined {
    return this.state?.state === 'applied' ? new Set(this.state.keys) : undefined;
  }

  /** Resolves the token once per token, when a backend is there to ask. */
  load(): void {
    const token = this.options.token()?.trim();
    if (!token) {
      this.abort?.abort();
      this.setState(undefined);
      return;
    }
    const backend = this.options.backend();
    if (!backend || this.state?.token === token) return;
    this.complete = this.resolve(backend, token);
  }

  /** The note above the form: loading, what was filled in, or why the link could not be used. */
  render(config: SectionConfig, locale: string): TemplateResult | typeof nothing {
    const invitation = this.state;
    const { t } = this.options;
    if (!invitation) return nothing;
    if (invitation.state === 'pending') {
      return html`<p class="notice invitation" part="invitation" role="status">${invitationTexts.pending(t)}</p>`;
    }
    if (invitation.state === 'applied') {
      if (!invitation.keys.length) return nothing;
      const labels = invitation.keys.map((key) => fieldLabel(key, config, t));
      const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(labels);
      return html`<p class="notice invitation applied" part="invitation" role="status" data-state="applied">
        ${invitation.invitedBy ? invitationTexts.appliedBy(invitation.invitedBy, list, t) : invitationTexts.applied(list, t)}
      </p>`;
    }
    return html`<p class="notice invitation problem" part="invitation invitation-problem" role="status" data-state=${invitation.state}>
      ${invitationProblem(invitation.state, t)}
    </p>`;
  }

  private async resolve(backend: RegistrationBackend, token: string): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.setState({ state: 'pending', token });
    let invitation: Invitation;
    try {
      invitation = await backend.resolveInvitation(token, { signal: abort.signal });
    } catch (error) {
      if (abort.signal.aborted || isBackendError(error, 'aborted')) return;
      const state = isBackendError(error, 'invitation-expired') ? 'expired' : isBackendError(error, 'not-found') ? 'not-found' : 'failed';
      this.setState({ state, token });
      const code = state === 'failed' ? (isBackendError(error) ? error.code : 'network') : `invitation-${state}`;
      this.options.error({ code, message: invitationProblem(state, this.options.t), cause: error });
      return;
    }
    if (abort.signal.aborted) return;
    const values = this.options.fill(invitation);
    this.setState({ state: 'applied', token, invitedBy: invitation.invitedBy, keys: Object.keys(values) as FieldKey[] });
    this.options.filled(values);
  }

  private setState(state: InvitationState | undefined): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

/**
 * The invitation's values for the fields the form shows: never a field the certificate fixes, nor
 * one the user typed something in (`typed`).
 */
export function invitationValues(
  invitation: Invitation,
  shown: ReadonlySet<FieldKey>,
  locked: ReadonlySet<FieldKey>,
  typed: (key: FieldKey) => boolean,
): FieldValues {
  const values: FieldValues = {};
  for (const [key, value] of Object.entries(fromInvitation(invitation)) as [FieldKey, string][]) {
    if (shown.has(key) && !locked.has(key) && !typed(key)) values[key] = value;
  }
  return values;
}

/** The notice for an invitation that could not be used. */
function invitationProblem(state: 'expired' | 'not-found' | 'failed', t: Lookup): string {
  return state === 'expired' ? invitationTexts.expired(t) : state === 'not-found' ? invitationTexts.notFound(t) : invitationTexts.failed(t);
}
