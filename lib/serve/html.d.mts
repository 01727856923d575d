export function withoutScripts(html: string): string;
export function scriptsIn(html: string): string[];
