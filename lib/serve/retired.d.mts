export const RETIRED_RECORD: string;
export function readRetired(distDir: string): { has(pathname: string): boolean };
