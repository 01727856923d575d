import type { Dialect } from './dialect.mjs';

/**
 * The components an author may write as `<Name>` in a page, each with what it accepts, declared once:
 * the dialect (lib/content/dialect.mjs) refuses anything else inside the compiler, and the props of
 * each implementation (components/mdx) are typed from here.
 *
 * - `attributes`: every attribute it takes, a plain string each: `text` (any words), `address` (a
 *   link: a page of the site, an anchor, `https:`, `http:` or `mailto:`), or the name of an entry of
 *   a data file (`figure`, `tool`, checked against the data); `required` or not.
 * - `children`: whether it holds text (`true`), nothing (`false`), or only some components;
 *   `within`: the component it stands in, if it stands in one only (a card in its list).
 * - `shows`: the data file of content/data it shows (by its name in data/schema.ts's DATA_FILES):
 *   the content check verifies that the entry it names exists, the preview shows the file's problems
 *   where the component stands.
 */
const COMPONENTS = {
  Callout: { attributes: { title: { kind: 'text', required: false } }, children: true },
  Card: { attributes: { href: { kind: 'address', required: true }, title: { kind: 'text', required: true } }, children: true, within: 'Cards' },
  Cards: { attributes: {}, children: ['Card'] },
  Fact: { attributes: { term: { kind: 'text', required: true } }, children: true, within: 'Facts' },
  Facts: { attributes: {}, children: ['Fact'] },
  Figure: { attributes: { id: { kind: 'figure', required: true } }, children: false, shows: 'figures' },
  KeyFigure: { attributes: { figure: { kind: 'figure', required: true } }, children: true, within: 'KeyFigures', shows: 'figures' },
  KeyFigures: { attributes: {}, children: ['KeyFigure'] },
  SectionPages: { attributes: {}, children: false },
  SiteMap: { attributes: {}, children: false },
  ToolFacts: { attributes: { tool: { kind: 'tool', required: true } }, children: false, shows: 'tools' },
  ToolFinder: { attributes: {}, children: false, shows: 'toolFinder' },
  ToolsComparison: { attributes: {}, children: false, shows: 'tools' },
  WorldMap: { attributes: {}, children: false, shows: 'worldMap' },
} as const satisfies Dialect['components'];

type Components = typeof COMPONENTS;
export type AuthorComponent = keyof Components;

/** The names of the components, in the order above. */
export const AUTHOR_COMPONENTS = Object.keys(COMPONENTS) as AuthorComponent[];

/** The dialect of the pages, as the compiler's plugin takes it (plain data: `@next/mdx` passes it to its loader by value). */
export const DIALECT: Dialect = { components: COMPONENTS };

type Attributes<C extends AuthorComponent> = Components[C]['attributes'];
/** The props an author gives a component, as its declaration says: a string each, the required ones required. */
export type AuthorProps<C extends AuthorComponent> = {
  [A in keyof Attributes<C> as Attributes<C>[A] extends { required: true } ? A : never]: string;
} & {
  [A in keyof Attributes<C> as Attributes<C>[A] extends { required: true } ? never : A]?: string;
};

type DataName = 'figures' | 'tools' | 'worldMap' | 'toolFinder';
const KIND_DATA = { figure: 'figures', tool: 'tools' } as const;

/**
 * The components that show a data file, and the attribute that names the entry they show, if they
 * show one: the content check verifies that the entry exists, the preview shows the file's problems
 * where the component stands.
 */
export const DATA_SHOWN = Object.fromEntries(
  Object.entries(COMPONENTS).flatMap(([name, rule]) => {
    if (!('shows' in rule)) return [];
    const named = Object.entries(rule.attributes as Record<string, { kind: string }>).find(([, attribute]) => attribute.kind in KIND_DATA);
    return [[name, { data: rule.shows as DataName, ...(named ? { attribute: named[0] } : {}) }]];
  }),
) as Partial<Record<AuthorComponent, { data: DataName; attribute?: string }>>;

/** The data file an attribute kind names an entry of (`figure` → figures). */
export const dataOfKind = (kind: string): 'figures' | 'tools' | undefined => KIND_DATA[kind as keyof typeof KIND_DATA];
