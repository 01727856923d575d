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

/** Components whose attribute names an entry of a data module: the content check verifies the name exists. */
export const DATA_REFERENCES: Partial<Record<AuthorComponent, { attribute: string; data: 'figures' | 'tools' }>> = {
  Figure: { attribute: 'id', data: 'figures' },
  KeyFigure: { attribute: 'figure', data: 'figures' },
  ToolFacts: { attribute: 'tool', data: 'tools' },
};
