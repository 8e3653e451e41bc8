import type { ReactiveController, ReactiveElement } from 'lit';
import { FloatingController } from './floating-controller.js';

/**
 * Shows the hint tooltips of its host (rendered by `hint()` from `field.ts`): a tooltip opens
 * while its trigger is hovered or focused, stays while the pointer moves onto it, and closes on
 * Escape without moving focus (WCAG 1.4.13). One controller serves every hint of the host; one
 * tooltip is open at a time.
 */
export class HintController implements ReactiveController {
  /** The id of the open tooltip, if any. */
  active?: string;
  private trigger?: HTMLElement;
  private hideTimer?: ReturnType<typeof setTimeout>;
  private root?: Node;
  private readonly floating: FloatingController;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
    this.floating = new FloatingController(host, {
      anchor: () => this.trigger,
      floating: () => (this.active ? (this.root as ShadowRoot | undefined)?.getElementById(this.active) : undefined),
      placement: 'top',
      offset: 6,
    });
  }

  get open(): boolean {
    return this.floating.open;
  }

  hostConnected(): void {
    queueMicrotask(() => this.listen());
  }

  hostUpdated(): void {
    this.listen();
  }

  hostDisconnected(): void {
    const root = this.root;
    if (root) {
      root.removeEventListener('mouseover', this.onOver);
      root.removeEventListener('mouseout', this.onOut);
      root.removeEventListener('focusin', this.onOver);
      root.removeEventListener('focusout', this.onOut);
    }
    document.removeEventListener('keydown', this.onKey, true);
    this.root = undefined;
  }

  private listen(): void {
    const root = this.host.renderRoot;
    if (!root || root === this.root) return;
    this.root = root;
    root.addEventListener('mouseover', this.onOver);
    root.addEventListener('mouseout', this.onOut);
    root.addEventListener('focusin', this.onOver);
    root.addEventListener('focusout', this.onOut);
  }

  /** The hint trigger or tooltip an event happened on. */
  private hintOf(target: EventTarget | null): { trigger?: HTMLElement; tooltip?: string } {
    if (!(target instanceof Element)) return {};
    const trigger = target.closest<HTMLElement>('[data-hint]');
    if (trigger) return { trigger, tooltip: trigger.dataset.hint };
    const tooltip = target.closest<HTMLElement>('[role="tooltip"]');
    return tooltip ? { tooltip: tooltip.id } : {};
  }

  private onOver = (event: Event): void => {
    const { trigger, tooltip } = this.hintOf(event.target);
    if (!tooltip) return;
    clearTimeout(this.hideTimer);
    if (trigger) this.show(trigger, tooltip);
  };

  private onOut = (event: Event): void => {
    const from = this.hintOf(event.target);
    if (!from.tooltip || from.tooltip !== this.active) return;
    const to = this.hintOf((event as MouseEvent | FocusEvent).relatedTarget);
    if (to.tooltip === this.active) return;
    // A short grace period lets the pointer travel from the trigger onto the tooltip.
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), event.type === 'focusout' ? 0 : 120);
  };

  private onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      event.preventDefault();
      this.hide();
    }
  };

  show(trigger: HTMLElement, tooltip: string): void {
    if (this.active !== tooltip) this.floating.hide();
    this.trigger = trigger;
    this.active = tooltip;
    this.floating.show();
    this.host.requestUpdate();
    document.addEventListener('keydown', this.onKey, true);
  }

  hide(): void {
    clearTimeout(this.hideTimer);
    document.removeEventListener('keydown', this.onKey, true);
    this.floating.hide();
    this.active = undefined;
    this.trigger = undefined;
  }
}
