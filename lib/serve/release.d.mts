export const RELEASE_RECORD: string;
export const RELEASE_PATH: string;
export function readRelease(distDir: string, startedAt?: Date): string;
