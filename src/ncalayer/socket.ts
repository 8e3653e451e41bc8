/**
 * What the client needs of a WebSocket. The browser's WebSocket satisfies it; tests and the
 * in-page fake (mocks/ncalayer) pass their own through `createSocket`.
 */
export interface NcaLayerSocket {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  /** 'message' events carry `data` (a MessageEvent); 'close' events may carry `code`/`reason`. */
  addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: (event: Event) => void): void;
}

export type CreateSocket = (url: string) => NcaLayerSocket;

export const createBrowserSocket: CreateSocket = (url) => new WebSocket(url);
