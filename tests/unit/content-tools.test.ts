import { describe, expect, it } from 'vitest';
import { loadContentTree } from '@/lib/content/load';
import { problemsWithNewPage, scaffoldPage, writeNewPage } from '@/lib/content/scaffold';
import { existsSync } from 'node:fs';
import { slugify } from '@/lib/content/slug';
import { withTranslatedFrom } from '@/lib/content/stamp';
import { formatStatusTable } from '@/lib/content/status';
import { checkFolder, loadFixture, minimalSite, openFixture, page, writeFixture } from './helpers';

describe('content:new', () => {
  const { pages } = loadFixture(minimalSite);
  const request = {
    section: 'tools',
    name: 'integrate',
    titles: { fr: 'Intégrer : les réseaux', en: 'Integrate: networks' },
    slugs: { fr: slugify('Intégrer : les réseaux'), en: 'integrate' },
    today: '2026-11-24',
  };

  it('turns a French title into a URL-safe slug', () => {
    expect(slugify('Intégrer : programmes de coordination thématique (TCP)')).toBe('integrer-programmes-de-coordination-thematique-tcp');
    expect(slugify('L’Inserm à l’international')).toBe('linserm-a-linternational');
  });

  it('writes two draft pages that pass the content check, the translation marked up to date', async () => {
    const files = scaffoldPage(request, pages);
    expect(files.map((f) => f.file)).toEqual(['content/fr/tools/integrate.mdx', 'content/en/tools/integrate.mdx']);
    const fixture = { ...minimalSite, ...Object.fromEntries(files.map((f) => [f.file.replace('content/', ''), f.text])) };
    const root = writeFixture(fixture);
    const { errors, warnings } = await checkFolder(root);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.message)).not.toContainEqual(expect.stringMatching(/tools\/integrate/));
    const created = loadContentTree(root, { label: 'content' }).pages.find((p) => p.file === 'content/en/tools/integrate.mdx');
    expect(created).toMatchObject({ path: '/en/tools/integrate', translationState: 'current' });
    expect(created?.frontmatter).toMatchObject({ draft: true, order: 2 });
  });

  it('says a title another page of the language has before writing anything when asked to, and writes the page once allowed', () => {
    const content = openFixture(minimalSite);
    const same = { ...request, titles: { fr: 'explorer', en: 'Integrate: networks' } };
    const asked = writeNewPage(content, same, { sameTitle: 'ask' });
    expect(asked.files).toEqual([]);
    expect(asked.sameTitles).toEqual([
      {
        fr: 'le titre en français «\u202fexplorer\u202f» est déjà celui d’une autre page (/fr/outils/explorer)\u202f: les lecteurs ne pourront pas les distinguer',
        en: 'the French title "explorer" is already that of another page (/fr/outils/explorer): readers will not be able to tell them apart',
      },
    ]);
    expect(existsSync(content.pathOf('content/fr/tools/integrate.mdx'))).toBe(false);
    const allowed = writeNewPage(content, same);
    expect(allowed.files).toEqual(['content/fr/tools/integrate.mdx', 'content/en/tools/integrate.mdx']);
    expect(allowed.sameTitles).toHaveLength(1);
  });

  it('refuses a slug already used, an unknown section or an unsafe name, saying which', () => {
    expect(problemsWithNewPage({ ...request, slugs: { fr: 'explorer', en: 'Explore' }, section: 'tools' }, pages)).toEqual([
      {
        fr: 'l’adresse en français «\u202fexplorer\u202f» est déjà celle de la page «\u202fExplorer\u202f»\u202f: choisissez un autre titre',
        en: 'the French slug "explorer" is already used by the page "Explorer": choose another title',
      },
      {
        fr: 'l’adresse en anglais «\u202fExplore\u202f» ne peut contenir que des minuscules sans accent, des chiffres et des tirets',
        en: 'the English slug "Explore": lowercase letters, digits and hyphens only',
      },
    ]);
    expect(problemsWithNewPage({ ...request, section: 'nowhere', name: 'Bad name' }, pages).map((problem) => problem.en)).toEqual([
      'file name "Bad name": lowercase letters, digits and hyphens only',
      'section "nowhere" does not exist',
    ]);
  });
});

describe('content:stamp', () => {
  it('adds the fingerprint to the frontmatter, or replaces the one there', () => {
    const text = page({ slug: 'strategy' });
    const once = withTranslatedFrom(text, '0123abcd');
    expect(once).toContain('slug: strategy\ntranslatedFrom: 0123abcd\n---\n');
    expect(withTranslatedFrom(once, 'ffffeeee')).toBe(once.replace('0123abcd', 'ffffeeee'));
    // A fingerprint that would read as a number is quoted, so that it stays a text.
    expect(withTranslatedFrom(text, '12345678')).toContain("translatedFrom: '12345678'\n");
  });
});

describe('content:status', () => {
  it('gives each page’s versions: original, current, untracked, outdated, missing, draft', () => {
    const content = openFixture({
      ...minimalSite,
      'fr/only.mdx': page({ slug: 'seulement' }),
      'fr/soon.mdx': page({ slug: 'bientot', draft: true }),
      'en/soon.mdx': page({ slug: 'soon', draft: true }),
      'en/strategy.mdx': page({ title: 'Strategy', slug: 'strategy', order: 1, translatedFrom: '"00000000"' }),
    });
    const table = formatStatusTable(content.translationTable());
    expect(table.split('\n').map((line) => line.replace(/\s+/g, ' '))).toEqual([
      'page fr en',
      expect.stringMatching(/^-+ -+ -+$/),
      '(home) ✓ original ? untracked',
      'legal ✓ original ? untracked',
      'only ✓ original ✗ missing',
      'soon … draft … draft',
      'strategy ✓ original ✗ outdated',
      'tools ✓ original ? untracked',
      'tools/explore ✓ original ? untracked',
    ]);
  });
});
