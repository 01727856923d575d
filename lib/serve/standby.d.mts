import type { EventEmitter } from 'node:events';
import type { Server, ServerResponse } from 'node:http';

export type ServerMode = { mode: 'live' } | { mode: 'standby'; connections: number };

export function standbyControl(
  server: Server,
  options?: { signals?: Pick<EventEmitter, 'on'>; mode?: string },
): {
  onRequest(res: ServerResponse): void;
  describe(): ServerMode | Record<string, never>;
};
