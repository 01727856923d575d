export function whyActive(html: string): string[];
