export const RELEASE_RECORD: string;
export const RELEASE_PATH: string;
export function readRelease(distDir: string, startedAt?: Date): { commit: string | null; builtAt: string | null; release: string | null; startedAt: string };
