// Key chords for browser tests, the same in every engine (tools/test/key-chord-plugin.mjs).
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

/** Presses `key` while holding `modifiers`: `await pressWith(['Shift'], 'Tab')`. */
export async function pressWith(modifiers: string[], key: string): Promise<void> {
  await executeServerCommand('tirkeu-key-chord', { keys: [...modifiers, key] });
}

/** Replaces a text box's text as a user does: focus, select all, type (or clear), leave. */
export async function retype(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  if (text) await sendKeys({ type: text });
  else await sendKeys({ press: 'Backspace' });
  input.blur();
}
