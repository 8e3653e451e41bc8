// Key chords for browser tests, the same in every engine (tools/test/key-chord-plugin.mjs).
import { executeServerCommand } from '@web/test-runner-commands';

/** Presses `key` while holding `modifiers`: `await pressWith(['Shift'], 'Tab')`. */
export async function pressWith(modifiers: string[], key: string): Promise<void> {
  await executeServerCommand('tirkeu-key-chord', { keys: [...modifiers, key] });
}
