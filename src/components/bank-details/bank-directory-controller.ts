import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KzBank } from '../../model/banks.js';
import type { ModelLocale } from '../../model/reference/locale.js';
import { autofillFromBic, autofillFromIban, type AccountDraft, type BankDirectory } from './account-draft.js';

/**
 * The Kazakh bank directory, loaded on demand: it is needed only for Kazakh accounts, and its
 * names in three languages are a good part of the element's size. Nothing here may import the
 * model's banks or bank-lookup modules statically, or the directory is back in the bundle.
 */
export type LoadedDirectory = NonNullable<BankDirectory> & { readonly kzBanks: readonly KzBank[] };

/** What a draft was typed into before the directory came. */
export type AwaitedField = 'account' | 'bic';

/** What waits for the bank directory once it came. */
export interface DirectoryArrival {
  readonly directory: LoadedDirectory;
  /** Drafts typed into before it came (by key). */
  readonly awaiting: ReadonlyMap<string, AwaitedField>;
}

let directory: LoadedDirectory | undefined;
let directoryLoading: Promise<unknown> | undefined;
function loadDirectory(): Promise<unknown> {
  return (directoryLoading ??= Promise.all([import('../../model/banks.js'), import('../../model/bank-lookup.js')]).then(
    ([banks, lookup]) => (directory = { kzBanks: banks.kzBanks, ...lookup }),
    () => {
      // Offline or a failed chunk: the next element tries again; until then no autofill.
      directoryLoading = undefined;
    },
  ));
}

/**
 * Loads the bank directory (once for all elements) when its host connects, remembers what the
 * host's drafts were waiting for, and hands that over when the directory came; then the host
 * updates (and its bank names follow its locale: see TirkeuBankDetails.willUpdate).
 */
export class BankDirectoryController implements ReactiveController {
  private awaiting = new Map<string, AwaitedField>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onArrival: (arrival: DirectoryArrival) => void,
  ) {
    host.addController(this);
  }

  /** The directory, once loaded. */
  get directory(): LoadedDirectory | undefined {
    return directory;
  }

  /** The load in progress, if the directory is not there yet. */
  get loading(): Promise<unknown> | undefined {
    return directory ? undefined : directoryLoading;
  }

  /** A draft was typed into: redo its autofill when the directory comes, if it is not there yet. */
  awaitFor(key: string, fieldName: AwaitedField): void {
    if (!directory) this.awaiting.set(key, fieldName);
  }

  hostConnected(): void {
    if (!directory) void loadDirectory().then(() => this.arrived());
  }

  private arrived(): void {
    if (!directory) return;
    const awaiting = this.awaiting;
    this.awaiting = new Map();
    this.onArrival({ directory, awaiting });
    this.host.requestUpdate();
  }
}

/**
 * Does to the drafts what the directory was missing for: autofill of what was typed, in `locale`.
 * Unchanged drafts keep their identity; `autofilled` is the last draft whose bank name was
 * filled from its IBAN.
 */
export function catchUpWithDirectory(
  drafts: readonly AccountDraft[],
  { directory: loaded, awaiting }: DirectoryArrival,
  locale: ModelLocale,
): { drafts: AccountDraft[]; changed: boolean; autofilled?: AccountDraft } {
  let changed = false;
  let autofilled: AccountDraft | undefined;
  const next = drafts.map((d) => {
    let draft = d;
    const typed = awaiting.get(d.key);
    if (typed === 'account') {
      const { draft: filled, filled: didFill } = autofillFromIban(draft, locale, loaded);
      if (didFill && filled.autofilled.bankName) autofilled = filled;
      draft = filled;
    } else if (typed === 'bic') {
      draft = autofillFromBic(draft, locale, loaded);
    }
    if (JSON.stringify(draft) === JSON.stringify(d)) return d;
    changed = true;
    return draft;
  });
  return { drafts: next, changed, autofilled };
}
