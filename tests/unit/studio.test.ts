import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing, type Locale } from '@/i18n/routing';
import { AUTHOR_COMPONENTS } from '@/lib/content/components';
import { loadSiteData } from '@/lib/content/data/load';
import { loadContentTree } from '@/lib/content/load';
import { figureSchema, FIGURE_KINDS } from '@/lib/content/data/schema';
import { frontmatterSchema } from '@/lib/content/schema';
import { scaffoldPage } from '@/lib/content/scaffold';
import { withTranslatedFrom } from '@/lib/content/stamp';
import { studioChoices } from '@/studio/choices';
import { pageSchema, studioComponents } from '@/studio/config';
import { isFromThisMachine } from '@/studio/guard';
import { dataSingletons } from '@/studio/data-forms';
import { keepLayout } from '@/studio/keep-layout';
import { resave, resaveData } from './support/studio-round-trip';

const root = path.resolve('content');
const { data } = loadSiteData(root);
const choices = studioChoices(data);
const schema = pageSchema(choices);

/** Every page file of a language, as the studio names it (`cooperation-tools/index`). */
function entries(locale: Locale): string[] {
  const dir = path.join(root, locale);
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.mdx'))
    .map((file) =>
      file
        .split(path.sep)
        .join('/')
        .replace(/\.mdx$/, ''),
    )
    .sort();
}

describe('saving a page in the studio without changing it changes nothing', () => {
  for (const locale of routing.locales) {
    for (const slug of entries(locale)) {
      it(`content/${locale}/${slug}.mdx`, () => {
        const text = readFileSync(path.join(root, locale, `${slug}.mdx`), 'utf8');
        // Byte for byte: the file, hence its rendered page, stays as it is, and a later save shows in
        // `git diff` only what the editor changed.
        expect(resave(text, { locale, slug }, choices)).toBe(text);
      });
    }
  }
});

describe('saving a data file’s form in the studio', () => {
  const singletons = dataSingletons(choices.data);
  const save = (name: keyof typeof singletons, text: string) => {
    const form = singletons[name];
    return keepLayout(readFileSync(`${form!.path}.yaml`, 'utf8'), resaveData(text, form!.schema));
  };

  it('offers figures, tools and the world map', () => {
    expect(Object.values(singletons).map((form) => form.path)).toEqual(['content/data/figures', 'content/data/cooperation-tools', 'content/data/world-map']);
  });

  for (const name of ['figures', 'tools', 'worldMap'] as const) {
    it(`${name}: unchanged, the file stays byte for byte, its comments included`, () => {
      const text = readFileSync(`${singletons[name]!.path}.yaml`, 'utf8');
      expect(save(name, text)).toBe(text);
    });
  }

  it('a changed amount and a changed text change their lines only, and the comments stay', () => {
    const text = readFileSync('content/data/cooperation-tools.yaml', 'utf8');
    const edited = text.replace('fr: Lancer une collaboration nouvelle', 'fr: Lancer une nouvelle collaboration');
    const saved = save('tools', edited);
    expect(saved).toBe(edited);
    const figures = readFileSync('content/data/figures.yaml', 'utf8');
    const more = figures.replace(/(firstStepsAmount:[^]*?value: )10000/, '$112000');
    expect(more).not.toBe(figures);
    expect(save('figures', more)).toBe(more);
  });
});

describe('what the studio writes', () => {
  const strategy = readFileSync(path.join(root, 'en/strategy.mdx'), 'utf8');

  it('keeps the frontmatter fields it does not show (menu, sort, toc, translatedFrom)', () => {
    const extra = strategy.replace('draft: false\n', 'menu: footer\nsort: newest\ntoc: false\ndraft: false\n');
    const saved = resave(extra, { locale: 'en', slug: 'strategy' }, choices);
    for (const line of ['menu: footer', 'sort: newest', 'toc: false', /translatedFrom: [0-9a-f]{8}/]) expect(saved).toMatch(line);
  });

  it('changes only the lines of a changed title and paragraph', () => {
    // The page's first paragraph, whatever it says today: a body line that starts with a capital.
    const paragraph = strategy.split('\n').find((line) => /^[A-Z]/.test(line)) ?? '';
    expect(paragraph).not.toBe('');
    const edited = strategy.replace('title: Our international strategy', 'title: Our strategy abroad').replace(paragraph, `Edited: ${paragraph}`);
    const saved = resave(edited, { locale: 'en', slug: 'strategy' }, choices);
    const changed = saved.split('\n').filter((line, i) => line !== strategy.split('\n')[i]);
    expect(changed).toEqual(['title: Our strategy abroad', `Edited: ${paragraph}`]);
  });

  it('leaves a new page as `content:new` and the studio create it, and a stamped translation, unchanged', () => {
    const { pages } = loadContentTree(root, { label: 'content', includeDrafts: true });
    const files = scaffoldPage(
      { section: 'cooperation-tools', name: 'new-call', titles: { fr: 'Un appel : nouveau', en: 'A new call' }, slugs: { fr: 'nouvel-appel', en: 'new-call' }, today: '2026-11-25' },
      pages,
    );
    for (const { file, text } of files) {
      const [, locale, ...rest] = file.split('/');
      expect(resave(text, { locale: locale as Locale, slug: rest.join('/').replace(/\.mdx$/, '') }, choices)).toBe(text);
    }
    for (const fingerprint of ['0a1b2c3d', '12345678', '1234e567']) {
      const stamped = withTranslatedFrom(strategy, fingerprint);
      expect(resave(stamped, { locale: 'en', slug: 'strategy' }, choices)).toBe(stamped);
    }
  });
});

describe('one set of rules: the studio’s fields agree with the content schema', () => {
  type Field = { parse: (value: unknown) => unknown; validate: (value: unknown) => unknown };
  const studioAccepts = (name: string, value: unknown) => {
    const field = schema[name as keyof typeof schema] as unknown as Field;
    try {
      field.validate(field.parse(value));
      return true;
    } catch {
      return false;
    }
  };
  const zodAccepts = (name: string, value: unknown) => frontmatterSchema.shape[name as keyof typeof frontmatterSchema.shape].safeParse(value).success;

  it('has a field for each frontmatter field, in the same order, and the body', () => {
    expect(Object.keys(schema)).toEqual([...Object.keys(frontmatterSchema.shape), 'body']);
  });

  const samples: Record<string, unknown[]> = {
    navTitle: [undefined, 'Outils', 'x'.repeat(40), 'x'.repeat(41), ' ', ' Outils ', `${'x'.repeat(40)}  `],
    // (Counted as zod counts: once the spaces around are trimmed.)
    description: ['x'.repeat(49), 'x'.repeat(50), 'x'.repeat(220), 'x'.repeat(221), ` ${'x'.repeat(49)} `, `x${' '.repeat(48)}x`, `  ${'x'.repeat(220)}\n`, 'x\n'.repeat(60)],
    slug: [undefined, 'outils-de-cooperation', 'a1', 'Outils', 'outils de coopération', 'outils--x', '-outils', 'é'],
    order: [undefined, 0, 3, 1000, -1],
    // (A day that does not exist, 2026-02-30, cannot come from the studio: it picks dates on a calendar.)
    updated: ['2026-11-24', '24/11/2026', '2026-11', ''],
    draft: [true, false],
  };
  for (const [name, values] of Object.entries(samples)) {
    it(`${name}: the studio accepts a value exactly when the content check does`, () => {
      for (const value of values) expect([value, studioAccepts(name, value)]).toEqual([value, zodAccepts(name, value)]);
    });
  }

  it('title: the same length limits', () => {
    const field = schema.title as unknown as Field;
    for (const name of ['', 'x', 'x'.repeat(120), 'x'.repeat(121), '   ', ` ${'x'.repeat(120)} `]) {
      const length = name.length;
      let accepted = true;
      try {
        field.validate({ name, slug: 'strategy' });
      } catch {
        accepted = false;
      }
      expect([length, accepted]).toEqual([length, frontmatterSchema.shape.title.safeParse(name).success]);
    }
  });

  it('says what is wrong in French, with the limits of the content schema', () => {
    const messageOf = (name: 'title' | 'navTitle' | 'description', value: string) => {
      const field = schema[name] as unknown as Field;
      try {
        field.validate(name === 'title' ? { name: value, slug: 'strategy' } : value);
      } catch (error) {
        return (error as Error).message;
      }
      return undefined;
    };
    expect(messageOf('title', '')).toBe('Obligatoire, 120 caractères au plus (les espaces au début et à la fin ne comptent pas).');
    expect(messageOf('navTitle', 'x'.repeat(41))).toBe('Facultatif, 40 caractères au plus (les espaces au début et à la fin ne comptent pas).');
    expect(messageOf('description', 'Trop court.')).toBe('Obligatoire, de 50 à 220 caractères (les espaces au début et à la fin ne comptent pas).');
  });
});

describe('one set of rules: the studio’s data forms agree with the data schemas', () => {
  type Field = { parse: (value: unknown) => unknown; validate: (value: unknown) => unknown };
  // A form with one figure of each kind, as the studio builds it from a figures file.
  const figures = dataSingletons({ figures: FIGURE_KINDS.map((kind) => ({ name: kind, kind })), tools: [] }).figures.schema as unknown as Record<string, { fields: Record<string, Field> }>;
  const accepts = (field: Field, value: unknown) => {
    try {
      field.validate(field.parse(value));
      return true;
    } catch {
      return false;
    }
  };
  const numbers = [-1, 0, 0.5, 1, 4, 18.5, 99, 100, 101, 1899, 1900, 2026, 2100, 2101, 7000, 10000, null];

  for (const kind of FIGURE_KINDS) {
    it(`${kind}: each number field accepts a value exactly when the content check does`, () => {
      const option = figureSchema.options.find((o) => o.shape.kind.value === kind);
      const form = figures[kind]?.fields ?? {};
      const numeric = Object.keys(form).filter((name) => !['label', 'kind', 'moreThan', 'upTo'].includes(name));
      expect(numeric.length).toBeGreaterThan(0);
      for (const name of numeric) {
        const rule = (option?.shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>)[name];
        for (const value of numbers) expect([name, value, accepts(form[name] as Field, value)]).toEqual([name, value, rule?.safeParse(value ?? undefined).success]);
      }
    });
  }
});

describe('the studio’s menus', () => {
  it('offer every component an author may use, and only those', () => {
    expect(Object.keys(studioComponents(choices)).sort()).toEqual([...AUTHOR_COMPONENTS].sort());
  });

  it('list every figure and every tool of content/data, so a name cannot be mistyped', () => {
    expect(choices.figures.map((f) => f.value).sort()).toEqual(Object.keys(data.figures).sort());
    expect(choices.tools.map((t) => t.value)).toEqual(data.tools.map((t) => t.id));
  });
});

describe('the studio answers only this machine', () => {
  const request = (headers: Record<string, string>) => new Request('http://127.0.0.1:3000/api/keystatic/tree', { headers });
  it('accepts the browser of this machine', () => {
    expect(isFromThisMachine(request({ host: '127.0.0.1:3000' }))).toBe(true);
    expect(isFromThisMachine(request({ host: 'localhost:3000', origin: 'http://localhost:3000' }))).toBe(true);
  });
  it('refuses another host name pointed at this machine, and another site’s page', () => {
    expect(isFromThisMachine(request({ host: 'attacker.example:3000' }))).toBe(false);
    expect(isFromThisMachine(request({ host: '127.0.0.1:3000', origin: 'https://attacker.example' }))).toBe(false);
    expect(isFromThisMachine(request({}))).toBe(false);
  });
});
