export function whyNotVisible(html: string, options?: { title?: string }): string[];
