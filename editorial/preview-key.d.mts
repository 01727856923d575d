import type { IncomingHttpHeaders } from 'node:http';

export const PREVIEW_KEY_HEADER: 'x-editorial-preview-key';
export function newPreviewKey(): string;
export function holdsPreviewKey(headers: IncomingHttpHeaders, key: string): boolean;
export function isPlainAddress(path: string): boolean;
export function isDevelopmentTool(path: string): boolean;
