import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { routing } from '../../i18n/routing';
import { loadContentTree } from '../content/load';
import { type NewPage, problemsWithNewPage, scaffoldPage, slugify } from '../content/scaffold';
import { withTranslatedFrom } from '../content/stamp';
import { STUDIO_PATH } from './config';

/** What the studio's buttons do to content/: the same as `npm run content:stamp` and `npm run content:new`. */

const pagesNow = () => loadContentTree(path.resolve('content'), { label: 'content', includeDrafts: true }).pages;

/** Records that a translation now matches its original (`npm run content:stamp -- <file>`). */
export function recordTranslation(file: string): { ok: true } | { ok: false; problem: string } {
  const pages = pagesNow();
  const page = pages.find((p) => p.file === file && !p.isFallback && p.locale !== routing.defaultLocale);
  const original = page && pages.find((p) => p.key === page.key && p.locale === routing.defaultLocale && !p.isFallback);
  if (!page || !original) return { ok: false, problem: file };
  writeFileSync(page.file, withTranslatedFrom(readFileSync(page.file, 'utf8'), original.fingerprint));
  return { ok: true };
}

/** Creates a page in both languages as drafts (`npm run content:new`); answers where to edit it, or what is wrong. */
export function createPage(form: { section: string; titleFr: string; titleEn: string }): { ok: true; edit: string } | { ok: false; problems: string[] } {
  const pages = pagesNow();
  const request: NewPage = {
    section: form.section,
    name: slugify(form.titleEn || form.titleFr),
    titles: { fr: form.titleFr, en: form.titleEn },
    slugs: { fr: slugify(form.titleFr), en: slugify(form.titleEn) },
    today: new Date().toISOString().slice(0, 10),
  };
  const problems = problemsWithNewPage(request, pages);
  const files = problems.length ? [] : scaffoldPage(request, pages);
  for (const { file } of files) if (existsSync(file)) problems.push(`${file} already exists`);
  if (problems.length) return { ok: false, problems };
  for (const { file, text } of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const entry = `${form.section ? `${form.section}/` : ''}${request.name}`;
  return { ok: true, edit: `${STUDIO_PATH}/collection/${routing.defaultLocale}/item/${encodeURIComponent(entry)}` };
}
