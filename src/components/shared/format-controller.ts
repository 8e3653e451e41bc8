import type { ReactiveController, ReactiveElement } from 'lit';
import { reformatKeepingCaret, type Format, type ReformatOptions } from './caret-format.js';
import { RenderRootListeners } from './render-root-listeners.js';

/**
 * Formats text inputs of its host as the user types (IBAN in groups of four, phone numbers),
 * keeping the caret where the user is typing.
 *
 * An input opts in with `data-format="<key>"`, the key naming one of the formatters given to
 * the controller. The controller listens in the capture phase on the host's shadow root, so the
 * input already shows the formatted text when the element's own `@input` handler reads it.
 *
 * ```ts
 * private formats = new FormatController(this, { iban: groupsOfFour, phone: formatPhone });
 * // render(): html`<input data-format="iban" @input=${this.onIban}>`
 * ```
 */
export class FormatController implements ReactiveController {
  private previous = new WeakMap<HTMLInputElement, string>();
  private readonly listeners: RenderRootListeners;

  constructor(
    private readonly host: ReactiveElement,
    private readonly formats: Record<string, Format>,
    private readonly options: Pick<ReformatOptions, 'significant'> = {},
  ) {
    this.listeners = new RenderRootListeners(host, { input: this.onInput, focusin: this.onFocus });
    host.addController(this);
  }

  hostConnected(): void {
    // renderRoot exists once the element is connected for the first time.
    queueMicrotask(() => this.listen());
  }

  hostUpdated(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.listeners.detach();
  }

  private listen(): void {
    this.listeners.attach();
  }

  private onFocus = (event: Event): void => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.dataset.format) this.previous.set(input, input.value);
  };

  private onInput = (event: Event): void => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    const format = this.formats[input.dataset.format ?? ''];
    if (!format) return;
    this.apply(input, format, (event as InputEvent).inputType);
  };

  /** Formats one input now (also usable after setting its value from code). */
  apply(input: HTMLInputElement, format: Format, inputType?: string): void {
    const caret = input.selectionStart ?? input.value.length;
    const { value, caret: next } = reformatKeepingCaret(input.value, caret, format, {
      ...this.options,
      previous: this.previous.get(input),
      inputType,
    });
    if (value !== input.value) {
      input.value = value;
      input.setSelectionRange(next, next);
    } else if (next !== caret) {
      input.setSelectionRange(next, next);
    }
    this.previous.set(input, value);
  }
}
