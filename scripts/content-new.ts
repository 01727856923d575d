// npm run content:new — creates a page in French and English, as a draft with valid frontmatter.
//   npm run content:new                      (asks each question)
//   npm run content:new -- --section cooperation-tools --title-fr "Nouvel outil" --title-en "New tool"
//                          [--slug-fr nouvel-outil] [--slug-en new-tool] [--name new-tool]
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { routing } from '../i18n/routing';
import { type NewPage, openContent, writeNewPage } from '../lib/content';
import { slugify } from '../lib/content/schemas';

const { values } = parseArgs({
  options: {
    section: { type: 'string' },
    name: { type: 'string' },
    'title-fr': { type: 'string' },
    'title-en': { type: 'string' },
    'slug-fr': { type: 'string' },
    'slug-en': { type: 'string' },
  },
});

const content = openContent({ root: path.resolve('.'), mode: 'check' });
const sections = content
  .pagesIn(routing.defaultLocale)
  .filter((p) => !p.isFallback && p.parentKey === '')
  .map((p) => p.key);
const prompt = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

async function ask(value: string | undefined, question: string, fallback?: string): Promise<string> {
  if (value !== undefined) return value;
  if (!prompt) {
    if (fallback !== undefined) return fallback;
    console.error(`Missing: ${question} (give it as an argument, see the top of scripts/content-new.ts)`);
    process.exit(2);
  }
  const answer = (await prompt.question(`${question}${fallback !== undefined ? ` [${fallback}]` : ''} : `)).trim();
  return answer || fallback || '';
}

const section = await ask(values.section, `Rubrique / section (vide pour le premier niveau; ${sections.join(', ')})`, '');
const titleFr = await ask(values['title-fr'], 'Titre en français');
const titleEn = await ask(values['title-en'], 'Title in English');
const slugFr = await ask(values['slug-fr'], 'Adresse en français (slug)', slugify(titleFr));
const slugEn = await ask(values['slug-en'], 'Address in English (slug)', slugify(titleEn));
const name = await ask(values.name, 'File name / nom du fichier', slugEn);
prompt?.close();

const request: NewPage = {
  section,
  name,
  titles: { fr: titleFr, en: titleEn },
  slugs: { fr: slugFr, en: slugEn },
  today: new Date().toISOString().slice(0, 10),
};
const { files, problems, sameTitles } = writeNewPage(content, request);
if (problems.length > 0) {
  console.error(`Rien n’a été créé / Nothing created:\n${problems.map((p) => `  ✗ ${p.fr}\n    ${p.en}`).join('\n')}`);
  process.exit(1);
}
for (const file of files) console.log(`✓ ${file}`);
for (const said of sameTitles) console.warn(`  ⚠ ${said.fr}\n    ${said.en}`);
console.log(`
Both pages are drafts (draft: true): visible with npm run dev, absent from the published site.
Next: write the text and the description, run npm run content:check, then remove the line
"draft: true" to publish. After editing the French page, update the English one and run
npm run content:stamp -- content/en/…`);
