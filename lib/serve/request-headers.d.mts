import type { IncomingHttpHeaders } from 'node:http';

export function withoutFrameworkHeaders(headers: IncomingHttpHeaders): void;
