// npm run content:check — every problem of content/, each with its file, line and fix. Its verdict
// is recorded (lib/content/check.ts): `npm run build` reuses it if nothing has changed since.
import path from 'node:path';
import { checkContent, formatProblem } from '../lib/content';

const { errors, warnings } = await checkContent({ root: path.resolve('.') });

for (const problem of errors) console.error(`✗ ${formatProblem(problem)}`);
for (const problem of warnings) console.warn(`! ${formatProblem(problem)}`);
console.log(
  `\n${errors.length} error${errors.length === 1 ? '' : 's'} / erreur${errors.length > 1 ? 's' : ''}, ` +
    `${warnings.length} warning${warnings.length === 1 ? '' : 's'} / avertissement${warnings.length > 1 ? 's' : ''}` +
    (errors.length
      ? ' — fix the errors: the site cannot be built until then / corrigez les erreurs : le site ne peut pas être construit d’ici là.'
      : ' — the content can be published / le contenu peut être publié.'),
);
process.exit(errors.length ? 1 : 0);
