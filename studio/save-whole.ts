import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { refusedInSave } from '@/lib/content';
import { isContentPath, writeWhole } from '@/lib/editorial/files';
import { keepLayout } from './keep-layout';
import { editorialWords, studioText } from '@/lib/editorial/words';

const DATA_FILE = /^content\/data\/[a-z-]+\.yaml$/;
/** What the studio's configuration lets Keystatic write (studio/config.ts): the pages of both languages and the data files. */
const writable = (root: string, file: string) => (/^content\/(fr|en)\/.+\.mdx$/.test(file) || DATA_FILE.test(file)) && isContentPath(root, file);

/**
 * A save, written here rather than by Keystatic: its local mode writes a file in place (truncated,
 * then filled), so the preview, the check or a test reading it at that moment found it empty. Each
 * file is written whole (lib/write-whole.ts: a file beside it, then one rename); Keystatic is then
 * given what is left (the deletions) and answers with the list of files, as it always does.
 *
 * A data file keeps its comments and layout (studio/keep-layout.ts). What is written is checked
 * again, as the editorial server checked what was sent: nothing it would refuse is written, and
 * nothing at all when one file is refused (a refused file answers why).
 */
export async function writingWhole(request: Request, root: string): Promise<Request | Response> {
  const body = await request.text();
  let update: { additions?: unknown; deletions?: unknown };
  try {
    update = JSON.parse(body);
  } catch {
    return new Request(request.url, { method: 'POST', headers: request.headers, body });
  }
  const additions = update.additions;
  // What is not a list of files goes to Keystatic as it came (it refuses it); a file it may not write is refused here.
  if (!Array.isArray(additions)) return new Request(request.url, { method: 'POST', headers: request.headers, body });
  if (!additions.every((a) => a && typeof a.path === 'string' && writable(root, a.path) && typeof a.contents === 'string'))
    return new Response(studioText.saveRefused.outside, {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  const texts: { path: string; text: string }[] = [];
  for (const addition of additions as { path: string; contents: string }[]) {
    let text = Buffer.from(addition.contents, 'base64url').toString('utf8');
    const full = path.join(root, addition.path);
    if (DATA_FILE.test(addition.path) && existsSync(full)) text = keepLayout(readFileSync(full, 'utf8'), text);
    if (refusedInSave(addition.path, text).refusals.length > 0) return new Response(editorialWords.saves.nothingWritten, { status: 422, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    texts.push({ path: addition.path, text });
  }
  for (const { path: file, text } of texts) writeWhole(path.join(root, file), text);
  return new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify({ ...update, additions: [] }) });
}
