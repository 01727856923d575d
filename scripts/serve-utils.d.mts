import type { ChildProcess } from 'node:child_process';

export function startNode(port: number, env?: Record<string, string>): ChildProcess;
export function waitFor(url: string, tries?: number): Promise<void>;
export function nginxBinary(): string | undefined;
export function rss(pid: number): Promise<number>;
export function freePorts(count: number): Promise<number[]>;
