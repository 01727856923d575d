// npm run content:stamp -- content/en/strategy.mdx …
// Records in each translation which version of the French page it now matches, once the translator
// has brought it up to date. With no file named, lists the translations that need it.
import path from 'node:path';
import { routing } from '../i18n/routing';
import { needsTranslation, openContent, stampTranslation, versionStatus } from '../lib/content';

const content = openContent({ root: path.resolve('.'), mode: 'check' });
const translations = content.pages.filter((p) => !p.isFallback && p.locale !== routing.defaultLocale);
const wanted = process.argv.slice(2).map((file) => path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/'));

if (wanted.length === 0) {
  const pending = translations.filter((p) => needsTranslation(versionStatus(p)));
  console.log('Usage: npm run content:stamp -- <translated file> …  (after bringing the translation up to date)');
  console.log(pending.length ? `\nTranslations to review, then stamp:\n${pending.map((p) => `  ${p.file} (${p.translationState})`).join('\n')}` : '\nEvery translation is up to date.');
  process.exit(0);
}

let failed = false;
for (const file of wanted) {
  const original = stampTranslation(content, file);
  if (!original) {
    console.error(`✗ ${file}: not a translation of a page in content/${routing.defaultLocale}/ — nothing to stamp`);
    failed = true;
    continue;
  }
  console.log(`✓ ${file} now matches ${original.file} (${original.fingerprint})`);
}
process.exit(failed ? 1 : 0);
