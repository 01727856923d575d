import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Locale } from '@/i18n/routing';
import { AUTHOR_COMPONENTS } from '@/lib/content/components';
import { figureSchema, FIGURE_KINDS } from '@/lib/content/data/schema';
import { frontmatterSchema } from '@/lib/content/schema';
import { scaffoldPage } from '@/lib/content/scaffold';
import { withTranslatedFrom } from '@/lib/content/stamp';
import { studioChoices } from '@/studio/choices';
import { pageSchema, studioComponents } from '@/studio/config';
import { isFromThisMachine } from '@/studio/guard';
import { dataSingletons } from '@/studio/data-forms';
import { keepLayout } from '@/studio/keep-layout';
import { writingWhole } from '@/studio/save-whole';
import { resave, resaveData } from '../support/studio-round-trip';
import { minimalData, minimalSite, openFixture, writeFixture } from './helpers';

// The studio's forms on a small site written here, in the form the studio itself writes: whatever
// today's pages and data say (their own round trip is in tests/content/studio.test.ts).

/** A page as the studio writes it, with every kind of Markdown and every component an author may use. */
const strategy = `---
title: Our international strategy
navTitle: Strategy
description: >-
  Two complementary lines guide our work abroad: strengthening our international
  reach, and fostering the collaborations at the heart of biomedical research.
slug: strategy
order: 1
updated: 2026-11-29
draft: false
translatedFrom: 45c727e3
---
## Two complementary lines

Our international strategy follows two complementary lines:

1. **Strengthening our international reach.**
2. **Meeting the needs of the research community**, with our [cooperation tools](/en/tools).

<Callout title="Find out more">
  Our leaflet “Inserm abroad” gives an overview of our work around the world.
</Callout>

## Present on every continent

Our teams report more than <Figure id="collaborationsPerYear" /> collaborations a year.

* **Europe** first.
* **The United States** next.

### Around the world

<WorldMap />

| Partner              | Country   | Fields                   |
| -------------------- | --------- | ------------------------ |
| University of Sydney | Australia | prevention, data science |

<KeyFigures>
  <KeyFigure figure="collaborationsPerYear">
    collaborations with foreign partners every year
  </KeyFigure>
</KeyFigures>

<Facts>
  <Fact term="Publisher">
    Inserm – Institut national de la santé et de la recherche médicale
  </Fact>
</Facts>

<ToolFacts tool="explore" />

<ToolsComparison />

<ToolFinder />

<SectionPages />

<SiteMap />

## See also

<Cards>
  <Card href="/en/tools" title="Our cooperation tools">
    Explore: <Figure id="firstStepsAmount" /> in total.
  </Card>
</Cards>
`;

/** A data file of the fixture laid out as the studio writes it: `{ fr: …, en: … }` as a block. */
const asWritten = (rel: string) => (minimalData[rel] ?? '').replace(/^( *)(\w+): \{ fr: (.*), en: (.*) \}$/gm, '$1$2:\n$1  fr: $3\n$1  en: $4');
/** The data files as an editor finds them: comments for editors, blank lines, short lists on one line. */
const data = {
  figures: [
    "# The site's figures: change a value here, every page follows.\n",
    asWritten('data/figures.yaml'),
    // One figure of each other kind, as the studio's figures form shows each.
    ...[
      ['usaShare', 'kind: percent', 'value: 18.5', 'moreThan: true'],
      ['irpDuration', 'kind: years', 'value: 5'],
      ['copublicationYear', 'kind: year', 'value: 2022'],
      ['strategicPlan', 'kind: yearSpan', 'from: 2021', 'to: 2025'],
      ['tcpPartners', 'kind: range', 'min: 4', 'max: 5'],
    ].map(([name, ...fields]) => [`${name}:`, '  label:', `    fr: Chiffre ${name}`, `    en: Figure ${name}`, ...fields.map((field) => `  ${field}`), ''].join('\n')),
  ].join('\n'),
  tools: `# The cooperation tools.\n\n${asWritten('data/cooperation-tools.yaml').replace('  name:\n', '  # Its name, as pages show it.\n  name:\n')}`,
  worldMap: `# The world map.\n\n${asWritten('data/world-map.yaml')}`,
};
const files = { ...minimalSite, 'en/strategy.mdx': strategy, 'data/figures.yaml': data.figures, 'data/cooperation-tools.yaml': data.tools, 'data/world-map.yaml': data.worldMap };
const site = openFixture(files);
const choices = studioChoices(site.data);
const schema = pageSchema(choices);

describe('the fixture', () => {
  it('is a valid site, its page of every component included', async () => {
    expect(site.problems().filter((problem) => problem.severity === 'error')).toEqual([]);
    for (const name of AUTHOR_COMPONENTS) expect(strategy).toContain(`<${name}`);
  });
});

describe('saving a page in the studio without changing it changes nothing', () => {
  it('a page with every kind of Markdown and every component, byte for byte', () => {
    // The file, hence its rendered page, stays as it is, and a later save shows in `git diff` only what the editor changed.
    expect(resave(strategy, { locale: 'en', slug: 'strategy' }, choices)).toBe(strategy);
  });
});

describe('saving a data file’s form in the studio', () => {
  const singletons = dataSingletons(choices.data);
  const save = (name: keyof typeof data, text: string) => keepLayout(data[name], resaveData(text, singletons[name]!.schema));

  it('offers figures, tools and the world map', () => {
    expect(Object.values(singletons).map((form) => form.path)).toEqual(['content/data/figures', 'content/data/cooperation-tools', 'content/data/world-map']);
  });

  for (const name of ['figures', 'tools', 'worldMap'] as const) {
    it(`${name}: unchanged, the file stays byte for byte, its comments included`, () => {
      expect(save(name, data[name])).toBe(data[name]);
    });
  }

  it('a changed amount and a changed text change their lines only, and the comments stay', () => {
    const edited = data.tools.replace('fr: Texte purpose', 'fr: Lancer une collaboration nouvelle');
    expect(edited).not.toBe(data.tools);
    expect(save('tools', edited)).toBe(edited);
    const more = data.figures.replace(/(firstStepsAmount:[^]*?value: )10000/, '$112000');
    expect(more).not.toBe(data.figures);
    expect(save('figures', more)).toBe(more);
  });
});

describe('what the studio writes', () => {
  it('keeps the frontmatter fields it does not show (menu, sort, toc, translatedFrom)', () => {
    const extra = strategy.replace('draft: false\n', 'menu: footer\nsort: newest\ntoc: false\ndraft: false\n');
    expect(extra).not.toBe(strategy);
    const saved = resave(extra, { locale: 'en', slug: 'strategy' }, choices);
    for (const line of ['menu: footer', 'sort: newest', 'toc: false', 'translatedFrom: 45c727e3']) expect(saved).toContain(line);
  });

  it('changes only the lines of a changed title and paragraph', () => {
    const paragraph = 'Our international strategy follows two complementary lines:';
    const edited = strategy.replace('title: Our international strategy', 'title: Our strategy abroad').replace(paragraph, `Edited: ${paragraph}`);
    const saved = resave(edited, { locale: 'en', slug: 'strategy' }, choices);
    const changed = saved.split('\n').filter((line, i) => line !== strategy.split('\n')[i]);
    expect(changed).toEqual(['title: Our strategy abroad', `Edited: ${paragraph}`]);
  });

  it('leaves a new page as `content:new` and the studio create it, and a stamped translation, unchanged', () => {
    const files = scaffoldPage({ section: 'tools', name: 'new-call', titles: { fr: 'Un appel : nouveau', en: 'A new call' }, slugs: { fr: 'nouvel-appel', en: 'new-call' }, today: '2026-11-25' }, [
      ...site.pages,
    ]);
    expect(files).toHaveLength(2);
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

  it('list every figure and every tool of the data, so a name cannot be mistyped', () => {
    expect(choices.figures.map((f) => f.value)).toEqual(['collaborationsPerYear', 'firstStepsAmount', 'usaShare', 'irpDuration', 'copublicationYear', 'strategicPlan', 'tcpPartners']);
    expect(choices.tools).toEqual([{ value: 'explore', label: 'Texte name (explore)' }]);
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

describe('a save in the studio is written whole, never in place', () => {
  const FILE = 'content/fr/strategie.mdx';
  const french = strategy.replace('slug: strategy', 'slug: strategie');
  const update = (additions: { path: string; text: string }[], deletions: { path: string }[] = []) =>
    new Request('http://127.0.0.1:3000/api/keystatic/update', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'no-cors': '1' },
      body: JSON.stringify({ additions: additions.map(({ path: file, text }) => ({ path: file, contents: Buffer.from(text).toString('base64url') })), deletions }),
    });
  const files = (root: string, dir: string) => readdirSync(path.join(root, dir)).sort();

  it('writes each file by a rename, leaves nothing beside it, and hands Keystatic the deletions only', async () => {
    const root = writeFixture({ [FILE]: 'old\n', 'content/fr/gone.mdx': 'old\n' });
    const edited = french.replace('Two complementary lines guide', 'Two lines guide');
    const passed = await writingWhole(update([{ path: FILE, text: edited }], [{ path: 'content/fr/gone.mdx' }]), root);
    expect(passed).toBeInstanceOf(Request);
    expect(await (passed as Request).json()).toEqual({ additions: [], deletions: [{ path: 'content/fr/gone.mdx' }] });
    expect(readFileSync(path.join(root, FILE), 'utf8')).toBe(edited);
    expect(files(root, 'content/fr')).toEqual(['gone.mdx', 'strategie.mdx']);
  });

  it('writes nothing of a save when one of its files may not be written, or holds what no page may hold', async () => {
    const root = writeFixture({ [FILE]: 'old\n' });
    for (const refused of [
      [
        { path: FILE, text: french },
        { path: 'package.json', text: '{}' },
      ],
      [
        { path: FILE, text: french },
        { path: 'content/fr/../../x.mdx', text: french },
      ],
      [
        { path: FILE, text: french },
        { path: 'content/en/strategy.mdx', text: `${strategy}\n<script>alert(1)</script>\n` },
      ],
    ]) {
      const answer = await writingWhole(update(refused), root);
      expect(answer).toBeInstanceOf(Response);
      expect([403, 422]).toContain((answer as Response).status);
      expect(await (answer as Response).text()).toMatch(/^Enregistrement refusé.*Rien n’a été écrit\.$|rien n’a été écrit\.$/);
    }
    expect(readFileSync(path.join(root, FILE), 'utf8')).toBe('old\n');
    expect(files(root, 'content')).toEqual(['fr']);
  });
});
