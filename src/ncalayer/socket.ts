/**
 * What the client needs of a WebSocket. The browser's WebSocket satisfies it; tests and the
 * in-page fake (mocks/ncalayer) pass their own through `createSocket`.
 */
export interface NcaLayerSocket {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'error', listener: (event: Event) => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { code: number; reason: string }) => void): void;
}

export type CreateSocket = (url: string) => NcaLayerSocket;

export const createBrowserSocket: CreateSocket = (url) => new WebSocket(url);
