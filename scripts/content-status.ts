// npm run content:status — each page, its French and English versions, and whether each is up to date.
import path from 'node:path';
import { loadContentTree } from '../lib/content/load';
import { formatStatusTable, translationStatus } from '../lib/content/status';

const { pages } = loadContentTree(path.resolve('content'), { label: 'content', includeDrafts: true });
const rows = translationStatus(pages);
console.log(formatStatusTable(rows));
console.log(`
✓ original / up to date: nothing to do — rien à faire
? untracked (non suivi): review the translation, then npm run content:stamp -- <file>
✗ outdated (à mettre à jour): the original changed since the translation; update it, then stamp it
✗ missing (absente): visitors see the other language's version with a notice
… draft (brouillon): visible with npm run dev only`);
