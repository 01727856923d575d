import type { NotFoundPages } from './not-found.mjs';
import type { IncomingMessage, ServerResponse } from 'node:http';

export function takeOver(req: IncomingMessage, res: ServerResponse, options?: { notFound?: NotFoundPages; retired?: { has(pathname: string): boolean } }): void;
