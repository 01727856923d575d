export function whyNotVisible(html: string, options?: { shows?: string[] }): string[];
