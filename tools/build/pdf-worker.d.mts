// Types for pdf-worker.mjs, for the TypeScript that imports it (.storybook/main.ts).
import type { Plugin } from 'vite';

export const WORKER_NAME: string;
export const WORKER_FILE: string;
export const WORKER_DEV_PATH: string;
export function pdfWorkerAsset(): Plugin;
export function pdfWorkerMiddleware(): (ctx: unknown, next: () => Promise<unknown>) => Promise<unknown>;
export function pdfWorkerVite(): Plugin;
