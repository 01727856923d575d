export interface Probe {
  kind: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
}
export interface RawRequest {
  name: string;
  bytes: string;
  expected: number | 'closed';
}
export const PROBES: Probe[];
export const RAW_REQUESTS: RawRequest[];
export function sendProbe(port: number, probe: Probe): Promise<{ status: number; type: string; body: string; ms: number }>;
export function sendRaw(port: number, bytes: string): Promise<{ outcome: number | 'closed' | 'no answer'; answer: string; ms: number }>;
