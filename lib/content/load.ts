import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { routing, type Locale } from '@/i18n/routing';
import { type Heading, parseSource } from './parse';
import { type ContentProblem } from './problems';
import type { Frontmatter } from './schema';

export interface ContentPage {
  locale: Locale;
  /** Identifies a page across languages: its file path inside the locale folder, without `.mdx`
   *  and without a trailing `index` (`''` for the home page, `cooperation-tools/explore`). */
  key: string;
  /** Key of the page it belongs under, `null` for the home page. */
  parentKey: string | null;
  /** The file, relative to the project root, as an editor would look for it. */
  file: string;
  /** The file, relative to `content/<locale>/`, without `.mdx`: what the MDX import needs. */
  source: string;
  /** The address segments after the locale: `[]` for home, `['outils-de-cooperation', 'explorer']`. */
  segments: string[];
  /** Absolute path of the page on the site, locale included: `/fr/outils-de-cooperation`. */
  path: string;
  frontmatter: Frontmatter;
  headings: Heading[];
}

export interface ContentTree {
  pages: ContentPage[];
  problems: ContentProblem[];
}

type Draft = Omit<ContentPage, 'segments' | 'path'>;

function listMdx(dir: string, base = ''): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(dir, base), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) => {
      const rel = base ? `${base}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return listMdx(dir, rel);
      return entry.isFile() && entry.name.endsWith('.mdx') ? [rel] : [];
    })
    .sort();
}

function keyOf(source: string): string {
  if (source === 'index') return '';
  return source.endsWith('/index') ? source.slice(0, -'/index'.length) : source;
}

function parentOf(key: string): string | null {
  if (key === '') return null;
  const slash = key.lastIndexOf('/');
  return slash === -1 ? '' : key.slice(0, slash);
}

/**
 * Reads every page under `root/<locale>/`, validates it and works out its address.
 * Pure apart from reading files: the same tree gives the same result, problems included.
 */
export function loadContentTree(root: string, label = path.relative(process.cwd(), root)): ContentTree {
  const problems: ContentProblem[] = [];
  const pages: ContentPage[] = [];
  const relRoot = label || '.';

  for (const locale of routing.locales) {
    const drafts = new Map<string, Draft>();
    for (const rel of listMdx(path.join(root, locale))) {
      const file = `${relRoot}/${locale}/${rel}`.replace(/^\.\//, '');
      const parsed = parseSource(readFileSync(path.join(root, locale, rel), 'utf8'), file);
      problems.push(...parsed.problems);
      if (!parsed.frontmatter) continue;
      const source = rel.slice(0, -'.mdx'.length);
      const key = keyOf(source);
      drafts.set(key, { locale, key, parentKey: parentOf(key), file, source, frontmatter: parsed.frontmatter, headings: parsed.headings });
    }

    const resolved = new Map<string, string[] | null>();
    const segmentsOf = (draft: Draft): string[] | null => {
      const known = resolved.get(draft.key);
      if (known !== undefined) return known;
      let result: string[] | null = null;
      if (draft.key === '') {
        if (draft.frontmatter.slug) {
          problems.push({ file: draft.file, message: 'the home page has no `slug`: its address is the language alone (`/fr`, `/en`); remove the `slug` line' });
        }
        result = [];
      } else if (!draft.frontmatter.slug) {
        problems.push({ file: draft.file, line: 1, message: 'the field `slug` is missing: add the last part of the page address, for example `slug: cooperation-tools`' });
      } else {
        const parent = drafts.get(draft.parentKey ?? '');
        if (!parent) {
          problems.push({
            file: draft.file,
            message: `this page sits in a folder that has no page of its own: add \`${locale}/${draft.parentKey ? `${draft.parentKey}/` : ''}index.mdx\``,
          });
        } else {
          const parentSegments = segmentsOf(parent);
          if (parentSegments) result = [...parentSegments, draft.frontmatter.slug];
        }
      }
      resolved.set(draft.key, result);
      return result;
    };

    const byPath = new Map<string, Draft>();
    for (const draft of drafts.values()) {
      const segments = segmentsOf(draft);
      if (!segments) continue;
      const pagePath = `/${[locale, ...segments].join('/')}`;
      const twin = byPath.get(pagePath);
      if (twin) {
        problems.push({
          file: draft.file,
          message: `the address ${pagePath} is already used by ${twin.file}: give one of the two pages another \`slug\``,
        });
        continue;
      }
      byPath.set(pagePath, draft);
      pages.push({ ...draft, segments, path: pagePath });
    }
    if (!drafts.has('')) {
      problems.push({ file: `${relRoot}/${locale}/index.mdx`.replace(/^\.\//, ''), message: 'the home page is missing: create this file' });
    }
  }
  return { pages, problems };
}
