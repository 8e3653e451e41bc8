import type { ReactiveElement } from 'lit';

/**
 * Capture-phase listeners on a host's shadow root, for controllers that watch every control of
 * a widget (formatting, validation). Capture, because a control may stop its events from
 * leaving it, and because the controller must run before the element's own handlers.
 * The root exists only after the first connection, so `attach()` is called again after updates
 * and does nothing once attached.
 */
export class RenderRootListeners {
  private root?: Node;

  constructor(
    private readonly host: ReactiveElement,
    private readonly listeners: Record<string, EventListener>,
  ) {}

  attach(): void {
    const root = this.host.renderRoot;
    if (!root || root === this.root) return;
    this.detach();
    this.root = root;
    for (const [type, listener] of Object.entries(this.listeners)) root.addEventListener(type, listener, true);
  }

  detach(): void {
    for (const [type, listener] of Object.entries(this.listeners)) this.root?.removeEventListener(type, listener, true);
    this.root = undefined;
  }
}
