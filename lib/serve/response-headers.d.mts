import type { ServerResponse } from 'node:http';

export function tidyHeaders(res: ServerResponse, options: { isCompressible: boolean }): void;
