export const systemChromium: string;
export function hasBundledChromium(): boolean;
export function chromiumExecutable(): string | undefined;
export const CHROMIUM_FLAGS: string[];
