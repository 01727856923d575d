import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

/**
 * The studio writes a data file whole, as js-yaml lays it out: without the file's comments (the
 * help written there for editors), its blank lines or its short lists on one line. Before it
 * reaches the disk, its values are carried into the file as it was instead: what the editor
 * changed changes, the rest of the file stays as written.
 */
export function keepLayout(previous: string, written: string): string {
  const doc = parseDocument(previous);
  if (doc.errors.length > 0) return written;
  const next: unknown = parseDocument(written).toJS();
  if (!carry(doc, [], next)) return written;
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return text === `${previous.trimEnd()}\n` ? previous : text;
}

/** Sets in `doc` at `at` the value `next`, leaf by leaf; false when the shapes differ too much to keep the layout. */
function carry(doc: Document, at: (string | number)[], next: unknown): boolean {
  const node = at.length ? doc.getIn(at, true) : doc.contents;
  if (next !== null && typeof next === 'object' && !Array.isArray(next) && isMap(node)) {
    for (const item of [...node.items]) {
      const key = isScalar(item.key) ? String(item.key.value) : undefined;
      if (key !== undefined && !(key in next)) doc.deleteIn([...at, key]);
    }
    for (const [key, value] of Object.entries(next)) {
      // A checkbox the editor left off: the studio writes `false` where the file says nothing.
      if (value === false && !doc.hasIn([...at, key])) continue;
      if (!doc.hasIn([...at, key])) doc.setIn([...at, key], value);
      else if (!carry(doc, [...at, key], value)) return false;
    }
    return true;
  }
  if (Array.isArray(next) && isSeq(node)) {
    const same = node.items.length === next.length && next.every((value, i) => isScalar(node.items[i]) && (node.items[i] as { value: unknown }).value === value);
    if (!same) doc.setIn(at, doc.createNode(next, { flow: node.flow }));
    return true;
  }
  if (isScalar(node)) {
    if (node.value !== next) node.value = next;
    return true;
  }
  doc.setIn(at, next);
  return true;
}
