import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

export const PRERENDERED_MANIFEST: string;
export const PRERENDERED_DIR: string;
export function digestOf(body: Buffer): string;
export function isFresh(headers: IncomingHttpHeaders, etag: string): boolean;

/** A prerendered response as the build records it: the headers of its body as it is (no Content-Length), what a 304 sends, its body's files per encoding. */
export type RecordedResponse = {
  status: number;
  headers: Record<string, string>;
  notModified?: Record<string, string>;
  files: Partial<Record<'identity' | 'br' | 'gzip', string>>;
  digest: string;
};
export type PrerenderedManifest = { responses: Record<string, RecordedResponse> };

type Variant = { body: Buffer; headers: string[] };
export type PreparedResponse = { status: number; etag?: string; notModified?: string[]; variants: Partial<Record<'identity' | 'br' | 'gzip', Variant>> };
export type Prerendered = { answers: Map<string, PreparedResponse>; bytes: number; stale: string[] };
export function readPrerendered(distDir: string): Prerendered | undefined;

export type Answer = { status: number; headers: string[]; body?: Buffer };
export function answerFor(answers: Prerendered['answers'], request: { method?: string; url?: string; headers: IncomingHttpHeaders }): Answer | undefined;
export function answerFromMemory(answers: Prerendered['answers'], req: IncomingMessage, res: ServerResponse): boolean;
