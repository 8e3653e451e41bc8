// Mounting the banner on a store with a fixed clock, and reading what it shows.
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/components/draft-banner/define.js';
import type { TirkeuDraftBanner } from '../../../src/components/draft-banner/draft-banner.js';
import type { DraftKind, DraftStore } from '../../../src/drafts/types.js';
import { loadLocale } from '../../../src/i18n/localize.js';

export type { TirkeuDraftBanner };

/** A local time, as the page's clock reads it: the banner shows local times, whatever the machine's zone. */
export const at = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number =>
  new Date(year, month - 1, day, hour, minute, second).getTime();

/** "Now" in every test: 12 March 2025, 16:45. */
export const NOW = at(2025, 3, 12, 16, 45);

export async function mountBanner(
  options: { store?: DraftStore; locale?: string; kind?: DraftKind; now?: number; drafts?: string } = {},
): Promise<TirkeuDraftBanner> {
  const locale = options.locale ?? 'en';
  if (locale !== 'en') await loadLocale(locale as 'ru' | 'kk');
  const now = options.now ?? NOW;
  const el = await fixture<TirkeuDraftBanner>(html`<tirkeu-draft-banner
    locale=${locale}
    kind=${ifDefined(options.kind)}
    drafts=${ifDefined(options.drafts)}
    .store=${options.store}
    .now=${() => now}
  ></tirkeu-draft-banner>`);
  await el.settled();
  return el;
}

export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const partsOf = (el: HTMLElement, part: string, within: ParentNode = el.shadowRoot!) => [
  ...within.querySelectorAll<HTMLElement>(`[part~="${part}"]`),
];
export const partOf = (el: HTMLElement, part: string, within?: ParentNode) => partsOf(el, part, within)[0];

/** Each shown draft as words: what a sighted user reads, one line per part. */
export function draftsShown(el: HTMLElement, part = 'draft') {
  return partsOf(el, part).map((row) => ({
    id: row.dataset.id,
    kind: text(partOf(el, 'draft-kind', row)),
    step: text(partOf(el, 'draft-step', row)),
    saved: text(partOf(el, 'draft-saved', row)),
    kept: text(partOf(el, 'draft-kept', row)),
  }));
}

/** The draft of `id`, and its button of `part` (`continue-button`, `start-over-button`…). */
export const rowOf = (el: HTMLElement, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="draft"][data-id="${id}"]`)!;
export const buttonOf = (el: HTMLElement, id: string, part: string) => partOf(el, `${part}`, rowOf(el, id)) as HTMLButtonElement;

/** Collects the details of every `type` event the element fires. */
export function collect<T>(el: HTMLElement, type: string): T[] {
  const details: T[] = [];
  el.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

/** The element focused inside the banner's shadow root. */
export const focused = (el: HTMLElement): Element | null => el.shadowRoot!.activeElement;

/** The polite status region's words (zero-width spaces aside). */
export const status = (el: HTMLElement): string => text(el.shadowRoot!.querySelector('[role="status"]')).replace(/\u200b/g, '');
