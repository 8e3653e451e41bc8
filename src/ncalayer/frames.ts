/** The text NCALayer echoes to a heartbeat; it and other non-JSON text are never answers. */
export const HEARTBEAT = '--heartbeat--';

export type Frame =
  | { kind: 'noise' }
  | { kind: 'json'; value: unknown }
  | { kind: 'garbage'; reason: string };

/**
 * Sorts an incoming frame. Text that does not even try to be JSON (heartbeats, banners) is
 * noise and ignored; text that starts like JSON but does not parse, and binary frames, are
 * garbage: a corrupted answer that must fail the call rather than be skipped.
 */
export function classifyFrame(data: unknown): Frame {
  if (typeof data !== 'string') return { kind: 'garbage', reason: 'binary frame' };
  const text = data.trim();
  if (text === HEARTBEAT || !(text.startsWith('{') || text.startsWith('['))) return { kind: 'noise' };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'garbage', reason: `unparseable frame: ${text.slice(0, 60)}` };
  }
}

/** The unsolicited first frame: {"result":{"version":"…"}}. */
export function greetingVersion(value: unknown): string | undefined {
  const result = isRecord(value) ? value['result'] : undefined;
  const version = isRecord(result) ? result['version'] : undefined;
  return typeof version === 'string' || typeof version === 'number' ? String(version) : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
