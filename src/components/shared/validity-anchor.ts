/**
 * Where the browser puts focus when a form submit (or `reportValidity()`) finds a Tirkeu element
 * invalid: its validity anchor. Every engine focuses the anchor given to
 * `ElementInternals.setValidity()`; with none, or one it cannot focus (removed by a re-render,
 * disabled, hidden, a nested element that is not focusable itself), the submit is blocked with
 * nothing focused and the console says "An invalid form control … is not focusable".
 *
 * `delegatesFocus` would make the host focusable too, but in Chromium it also moves focus (and
 * scrolls) to the first field whenever the user clicks any text of a long form: so the
 * elements aim an anchor instead, and this module makes sure it is one that can take focus.
 */

/** The anchor each form element aimed last, so that an element around it can aim through it. */
const anchors = new WeakMap<Element, HTMLElement | undefined>();

const FOCUSABLE =
  'input:not([type="hidden"]), select, textarea, button, a[href], [tabindex], [contenteditable]:not([contenteditable="false"])';

/** Whether `el` can take focus now. */
export function canFocus(el: HTMLElement): boolean {
  if (!el.isConnected || el.matches(':disabled')) return false;
  if (el.checkVisibility && !el.checkVisibility()) return false;
  return el.matches(FOCUSABLE) || !!el.shadowRoot?.delegatesFocus;
}

/** The first control that can take focus in `root`, nested shadow roots included. */
export function firstFocusable(root: ParentNode): HTMLElement | undefined {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (canFocus(el)) return el;
    const inner = el.shadowRoot && firstFocusable(el.shadowRoot);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * The control to aim at for `anchor` in `host`: through nested form elements to the anchor they
 * aimed at, else to their first control; when nothing given can take focus, the host's first
 * control. Undefined only when the host has nothing focusable.
 */
export function aimAt(host: HTMLElement, anchor: HTMLElement | undefined): HTMLElement | undefined {
  let target = anchor;
  // A nested form element's own anchor points at its invalid field.
  for (let depth = 0; target && anchors.has(target) && depth < 8; depth++) {
    const inner: HTMLElement | undefined = anchors.get(target);
    if (!inner || !canFocus(inner)) break;
    target = inner;
  }
  if (target && !isWithin(host, target)) target = undefined;
  if (target && canFocus(target)) return target;
  const within = target?.shadowRoot ? firstFocusable(target.shadowRoot) : undefined;
  return within ?? (host.shadowRoot ? firstFocusable(host.shadowRoot) : undefined);
}

/** Records what `host` aimed at, for elements around it. */
export function rememberAnchor(host: HTMLElement, anchor: HTMLElement | undefined): void {
  anchors.set(host, anchor);
}

/** Whether `node` is inside `host`'s shadow tree, nested ones included (the anchors `setValidity()` takes). */
export function isWithin(host: HTMLElement, node: Node | null): boolean {
  for (let root = node?.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    if (root.host === host) return true;
  }
  return false;
}

/** The focused element, through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The elements whose shadow roots lie between `node` and `host`, outermost first. */
function hostsBetween(host: HTMLElement, node: Node): HTMLElement[] {
  const hosts: HTMLElement[] = [];
  for (let root = node.getRootNode(); root instanceof ShadowRoot && root.host !== host; root = root.host.getRootNode()) {
    hosts.unshift(root.host as HTMLElement);
  }
  return hosts;
}

type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

/**
 * After an `invalid` event for which the browser focused `from`: once `host` and the elements
 * between it and `from` have rendered the errors, moves focus to `aim()` if that is another
 * control and focus is still on `from` (or was lost with it), not somewhere the user went.
 */
export async function followAnchor(host: Updating, from: HTMLElement, aim: () => HTMLElement | undefined): Promise<void> {
  // Other listeners of the same `invalid` event may still change something: let them.
  await null;
  await host.updateComplete;
  for (const inner of hostsBetween(host, from) as Updating[]) await inner.updateComplete;
  const to = aim();
  const active = deepActiveElement();
  const lost = !from.isConnected && (active === null || active === document.body);
  if (to && to !== from && (active === from || lost)) to.focus();
}
