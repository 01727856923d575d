import { createHash } from 'node:crypto';

/**
 * A short fingerprint of what a translator translates: title, description and text. Changing the
 * order, the date or the slug of a page does not make its translations out of date.
 */
export function fingerprint(title: string, description: string, body: string): string {
  const normalized = [title.trim(), description.trim(), body.replace(/\r\n/g, '\n').trim()].join('\u0000');
  return createHash('sha256').update(normalized).digest('hex').slice(0, 8);
}
