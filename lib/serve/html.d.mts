export function withoutScripts(html: string): string;
export function scriptsIn(html: string): string[];
export function attributesOf(source: string): Map<string, string>;
export function decoded(text: string): string;
export function markupPattern(): RegExp;
export const RAW_TEXT: Set<string>;
