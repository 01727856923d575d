import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContentTree } from '@/lib/content/load';

/** Frontmatter lines that pass the schema, to be overridden field by field. */
export function frontmatter(fields: Record<string, string | number | boolean | undefined>): string {
  const base: Record<string, string | number | boolean | undefined> = {
    title: 'A page',
    description: 'A description long enough to satisfy the fifty character minimum.',
    order: 1,
    updated: '2026-11-24',
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

export const page = (fields: Record<string, string | number | boolean | undefined>, body = '\nSome text.\n') => frontmatter(fields) + body;

/** Writes a content tree to a fresh temporary folder; returns the folder. */
export function writeFixture(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

/** Loads a fixture content tree, labelled `content`, drafts included unless told otherwise. */
export const loadFixture = (files: Record<string, string>, { includeDrafts = true } = {}) =>
  loadContentTree(writeFixture(files), { label: 'content', includeDrafts });

/** A minimal valid site: a home page and one section with one child, in both languages. */
export const minimalSite: Record<string, string> = {
  'fr/index.mdx': page({ title: 'Accueil', order: 0 }),
  'en/index.mdx': page({ title: 'Home', order: 0 }),
  'fr/tools/index.mdx': page({ title: 'Outils', slug: 'outils', order: 2 }),
  'en/tools/index.mdx': page({ title: 'Tools', slug: 'tools', order: 2 }),
  'fr/tools/explore.mdx': page({ title: 'Explorer', slug: 'explorer' }),
  'en/tools/explore.mdx': page({ title: 'Explore', slug: 'explore' }),
  'fr/strategy.mdx': page({ title: 'Stratégie', slug: 'strategie', order: 1 }),
  'en/strategy.mdx': page({ title: 'Strategy', slug: 'strategy', order: 1 }),
  'fr/legal.mdx': page({ title: 'Mentions légales', slug: 'mentions-legales', menu: 'footer' }),
  'en/legal.mdx': page({ title: 'Legal notice', slug: 'legal-notice', menu: 'footer' }),
};
