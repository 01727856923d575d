/** The components an author may write as `<Name>` in a page; components/mdx maps each to its implementation. */
export const AUTHOR_COMPONENTS = ['Callout', 'Card', 'Cards', 'Fact', 'Facts', 'KeyFigure', 'KeyFigures', 'SiteMap'] as const;

export type AuthorComponent = (typeof AUTHOR_COMPONENTS)[number];
