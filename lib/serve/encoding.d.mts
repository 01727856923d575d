export function isCompressible(type: unknown): boolean;
export const ENCODINGS: readonly { name: 'br' | 'gzip'; accepting: string }[];
export function chosenEncoding(acceptEncoding?: string | string[]): 'br' | 'gzip' | undefined;
export function encoded(body: Buffer, acceptEncoding: string | string[] | undefined, key?: string): { body: Buffer; encoding?: 'br' | 'gzip' };
export function precompressed(body: Buffer): Partial<Record<'br' | 'gzip', Buffer>>;
export function encodedETag(etag: string): string;
