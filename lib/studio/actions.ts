import path from 'node:path';
import { routing } from '../../i18n/routing';
import { loadContentTree } from '../content/load';
import { slugify, writeNewPage } from '../content/scaffold';
import { stampTranslation } from '../content/stamp';
import { studioEditPath } from './config';

/** What the studio's buttons do to content/: the same as `npm run content:stamp` and `npm run content:new`. */

const pagesNow = () => loadContentTree(path.resolve('content'), { label: 'content', includeDrafts: true }).pages;

/** Records that a translation now matches its original (`npm run content:stamp -- <file>`). */
export function recordTranslation(file: string): { ok: true } | { ok: false; problem: string } {
  return stampTranslation(pagesNow(), file) ? { ok: true } : { ok: false, problem: file };
}

/** Creates a page in both languages as drafts (`npm run content:new`); answers where to edit it, or what is wrong. */
export function createPage(form: { section: string; titleFr: string; titleEn: string }): { ok: true; edit: string } | { ok: false; problems: string[] } {
  const name = slugify(form.titleEn || form.titleFr);
  const { problems } = writeNewPage(
    {
      section: form.section,
      name,
      titles: { fr: form.titleFr, en: form.titleEn },
      slugs: { fr: slugify(form.titleFr), en: slugify(form.titleEn) },
      today: new Date().toISOString().slice(0, 10),
    },
    pagesNow(),
  );
  if (problems.length) return { ok: false, problems };
  return { ok: true, edit: studioEditPath(routing.defaultLocale, form.section ? `${form.section}/${name}` : name) };
}
