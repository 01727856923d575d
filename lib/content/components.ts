/** The components an author may write as `<Name>` in a page; components/mdx maps each to its implementation. */
export const AUTHOR_COMPONENTS = [
  'Callout',
  'Card',
  'Cards',
  'Fact',
  'Facts',
  'Figure',
  'KeyFigure',
  'KeyFigures',
  'SectionPages',
  'SiteMap',
  'ToolFacts',
  'ToolFinder',
  'ToolsComparison',
  'WorldMap',
] as const;

export type AuthorComponent = (typeof AUTHOR_COMPONENTS)[number];

/**
 * The components that show a data file of content/data (by its name in data/schema.ts's DATA_FILES),
 * and the attribute that names the entry they show, if they show one: the content check verifies
 * that the entry exists, the preview shows the file's problems where the component stands.
 */
export const DATA_SHOWN: Partial<Record<AuthorComponent, { data: 'figures' | 'tools' | 'worldMap' | 'toolFinder'; attribute?: string }>> = {
  Figure: { data: 'figures', attribute: 'id' },
  KeyFigure: { data: 'figures', attribute: 'figure' },
  ToolFacts: { data: 'tools', attribute: 'tool' },
  ToolsComparison: { data: 'tools' },
  WorldMap: { data: 'worldMap' },
  ToolFinder: { data: 'toolFinder' },
};
