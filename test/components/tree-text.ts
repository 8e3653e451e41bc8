// Reading text across shadow roots: where an error's words stand, and which of them a screen
// reader hears by itself (a polite live region).

/** Every text node in the composed tree under `node` (nested shadow roots included) that holds `text`. */
export function textNodesWith(node: Node, text: string): Text[] {
  const found: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE && (n as Text).data.includes(text)) found.push(n as Text);
    if ((n as Element).shadowRoot) walk((n as Element).shadowRoot!);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return found;
}

/** Whether a node is inside a polite live region (`aria-live="polite"` or `role="status"`), through shadow roots. */
export function inPoliteRegion(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n instanceof Element && (n.getAttribute('aria-live') === 'polite' || n.getAttribute('role') === 'status')) return true;
  }
  return false;
}
