/**
 * The page the screenshot test photographs (bundled and served by tools/test/screenshots.mjs):
 * one widget state at a time in `#stage`, whose width and `color-scheme` the test sets. The
 * widgets follow the stage's `color-scheme`, as they follow a host page's.
 */
import { renderState, settle, WIDGET_STATES, type WidgetState } from '../components/widget-states.js';

/** Time stands still at 2 March 2026, 09:00 UTC: dates shown relative to "today" never move. */
const NOW = Date.UTC(2026, 2, 2, 9);
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length) super(...(args as [number]));
    else super(NOW);
  }
  static override now(): number {
    return NOW;
  }
}
globalThis.Date = FixedDate as DateConstructor;

const stage = document.getElementById('stage')!;

declare global {
  interface Window {
    tirkeuShots: {
      states: readonly WidgetState[];
      render(state: WidgetState, locale: string): Promise<void>;
      frame(width: number, theme: 'light' | 'dark'): Promise<void>;
    };
  }
}

window.tirkeuShots = {
  states: WIDGET_STATES,
  async render(state, locale) {
    await renderState(stage, state, locale);
  },
  async frame(width, theme) {
    stage.style.width = `${width}px`;
    stage.style.colorScheme = theme;
    await settle(stage);
  },
};
document.documentElement.dataset.ready = 'true';
