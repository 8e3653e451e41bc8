import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Placement } from '@floating-ui/dom';

export interface FloatingOptions {
  /** The element the popup sits against (an input, a hint button). */
  anchor: () => Element | null | undefined;
  /** The popup. Give it `popover="manual"` to lift it into the top layer (never clipped). */
  floating: () => HTMLElement | null | undefined;
  placement?: Placement;
  /** Distance from the anchor in px. */
  offset?: number;
  /** Make the popup at least as wide as the anchor (listboxes). */
  matchWidth?: boolean;
  /** Cap the popup's height to the room left in the viewport (listboxes). */
  fitHeight?: boolean;
}

/**
 * floating-ui is loaded the first time a popup opens: most users never open a tooltip or a list,
 * and its ~6 kB would otherwise sit in every widget's eager bytes.
 */
type FloatingUi = typeof import('./floating-position.js');
let floatingUi: Promise<FloatingUi> | undefined;
const loadFloatingUi = () => (floatingUi ??= import('./floating-position.js'));

const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/**
 * Positions a popup (tooltip, listbox) next to its anchor with floating-ui, keeping it there
 * while anything scrolls or resizes (autoUpdate), flipping to the other side and shifting along
 * it when there is no room.
 *
 * The host renders the popup and reads `open` to know whether it is shown; the controller shows
 * and hides it (the top layer when the popup has `popover="manual"`, `display` otherwise), so a
 * render never fights the controller.
 */
export class FloatingController implements ReactiveController {
  /** Whether the popup is shown. */
  open = false;
  private cleanup?: () => void;
  private shownOn?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FloatingOptions,
  ) {
    host.addController(this);
  }

  show(): void {
    if (this.open) return;
    this.open = true;
    this.host.requestUpdate();
  }

  hide(): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
  }

  toggle(force = !this.open): void {
    if (force) this.show();
    else this.hide();
  }

  hostUpdated(): void {
    const floating = this.options.floating() ?? undefined;
    const anchor = this.options.anchor() ?? undefined;
    if (this.open && floating && anchor) {
      if (this.shownOn !== floating) this.attach(anchor, floating);
    } else {
      const shown = this.shownOn;
      this.detach();
      if (shown) this.setShown(shown, false);
      if (floating && floating !== shown) this.setShown(floating, false);
    }
  }

  hostDisconnected(): void {
    this.detach();
    this.open = false;
  }

  private attach(anchor: Element, floating: HTMLElement): void {
    if (this.shownOn && this.shownOn !== floating) this.setShown(this.shownOn, false);
    this.detach();
    this.shownOn = floating;
    // Hidden, not undisplayed, until placed: it takes its size but never flashes at 0,0.
    floating.style.visibility = 'hidden';
    this.setShown(floating, true);
    void loadFloatingUi().then((ui) => {
      if (this.shownOn === floating) this.cleanup = this.follow(ui, anchor, floating);
    });
  }

  /** Keeps the popup against its anchor while anything scrolls or resizes; returns the stop. */
  private follow(ui: FloatingUi, anchor: Element, floating: HTMLElement): () => void {
    const { placement = 'bottom-start', matchWidth, fitHeight } = this.options;
    const middleware = [ui.offset(this.options.offset ?? 4), ui.flip({ padding: 8 }), ui.shift({ padding: 8 })];
    return ui.autoUpdate(anchor, floating, () => {
      if (matchWidth || fitHeight) {
        // Sized before placing, so that flip() sees the final size (cheaper than size()).
        const rect = anchor.getBoundingClientRect();
        if (matchWidth) floating.style.minWidth = `${rect.width}px`;
        if (fitHeight) {
          const room = Math.max(rect.top, innerHeight - rect.bottom) - 16;
          floating.style.maxHeight = `${Math.max(120, Math.min(room, 320))}px`;
        }
      }
      void ui.computePosition(anchor, floating, { placement, strategy: 'fixed', middleware }).then(({ x, y, placement: side }) => {
        Object.assign(floating.style, { left: `${x}px`, top: `${y}px`, visibility: '' });
        floating.dataset.placement = side;
      });
    });
  }

  private detach(): void {
    this.cleanup?.();
    this.cleanup = undefined;
    this.shownOn = undefined;
  }

  private setShown(floating: HTMLElement, shown: boolean): void {
    if (supportsPopover && floating.hasAttribute('popover')) {
      const isOpen = floating.matches(':popover-open');
      if (shown && !isOpen && floating.isConnected) floating.showPopover();
      else if (!shown && isOpen) floating.hidePopover();
    } else {
      floating.style.display = shown ? '' : 'none';
    }
  }
}
