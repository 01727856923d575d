import type { NotFoundPages } from './not-found.mjs';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

export function withoutFrameworkHeaders(headers: IncomingHttpHeaders): void;
export function chosenEncoding(acceptEncoding?: string | string[]): 'br' | 'gzip' | undefined;
export function takeOver(req: IncomingMessage, res: ServerResponse, options?: { notFound?: NotFoundPages }): void;
