// npm run content:status — each page, its French and English versions, and whether each is up to date.
import path from 'node:path';
import { formatStatusTable, openContent } from '../lib/content';

const rows = openContent({ root: path.resolve('.'), mode: 'check' }).translationTable();
console.log(formatStatusTable(rows));
console.log(`
✓ original / current: nothing to do — rien à faire
? untracked (non suivi): review the translation, then npm run content:stamp -- <file>
✗ outdated (à mettre à jour): the original changed since the translation; update it, then stamp it
✗ missing (absente): visitors see the other language's version with a notice
… draft (brouillon): visible with npm run dev only`);
