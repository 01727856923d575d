import { Children, isValidElement, type ReactNode } from 'react';

/**
 * The text of a component that holds a line of text (a card, a key figure, a fact), whether it is
 * written on one line, `<Fact term="…">Inserm</Fact>`, or on its own lines, as the studio writes it:
 *
 *     <Fact term="…">
 *       Inserm
 *     </Fact>
 *
 * MDX makes a paragraph of the second form: its content is shown as the first one, so that the page
 * looks the same however the component was written.
 */
export function phrasing(children: ReactNode): ReactNode {
  const parts = Children.toArray(children).filter((part) => !(typeof part === 'string' && part.trim() === ''));
  const only = parts.length === 1 ? parts[0] : undefined;
  if (isValidElement<{ children?: ReactNode }>(only) && only.type === 'p') return only.props.children;
  return children;
}
