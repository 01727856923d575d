// A section of calls for proposals, as editors would write it, in French and English: used by
// `npm run bench:scale` to grow a copy of the site, and by the preview's test of a long section.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fingerprint } from '../lib/content';

/** One page of the section, as an editor writes it: frontmatter, then text with headings, a list, figures, links, a callout. */
function call(i: number, locale: 'fr' | 'en') {
  const n = String(i).padStart(4, '0');
  const fr = locale === 'fr';
  const month = String((i % 12) + 1).padStart(2, '0');
  const day = String((i % 28) + 1).padStart(2, '0');
  const title = fr ? `Appel à projets ${n} : coopération en santé mondiale` : `Call for proposals ${n}: cooperation in global health`;
  const description = fr
    ? `Un appel à projets de l’Inserm pour des équipes qui coopèrent avec des partenaires étrangers en santé mondiale, numéro ${n}.`
    : `An Inserm call for proposals for teams working with foreign partners on global health, number ${n}.`;
  const previous = i > 1 ? `/${locale}/${fr ? 'appels' : 'calls'}/${fr ? 'appel' : 'call'}-${String(i - 1).padStart(4, '0')}` : `/${locale}`;
  const body = fr
    ? `
## Objectif de l’appel

Cet appel soutient des collaborations nouvelles entre des équipes de l’Inserm et des partenaires étrangers, sur les grands défis de la santé mondiale : vieillissement, maladies chroniques, santé mentale, effets du changement climatique sur la santé. Il complète les [outils de coopération](/fr/outils-de-cooperation) de l’Inserm.

Chaque projet retenu reçoit jusqu’à <Figure id="irpAmountEurope" /> avec l’Europe, <Figure id="irpAmountOutsideEurope" /> hors d’Europe, sur <Figure id="irpDuration" />.

## Qui peut candidater ?

- les équipes de recherche de l’Inserm, avec au moins un partenaire étranger ;
- les jeunes chercheurs recrutés depuis moins de <Figure id="firstStepsRecruitedWithin" /> ;
- les réseaux thématiques de <Figure id="tcpPartners" /> partenaires.

## Calendrier

Les candidatures sont ouvertes pendant trois mois. Les résultats sont annoncés à l’automne. Voir aussi [l’appel précédent](${previous}) et nos [priorités](/fr/priorites).

<Callout title="Personnels de l’Inserm">

Le dossier de candidature se dépose sur l’intranet de l’Inserm.

</Callout>
`
    : `
## What the call is for

This call backs new collaborations between Inserm teams and foreign partners on the major challenges of global health: ageing, chronic diseases, mental health, the health effects of climate change. It complements Inserm’s [cooperation tools](/en/cooperation-tools).

Each selected project receives up to <Figure id="irpAmountEurope" /> within Europe, <Figure id="irpAmountOutsideEurope" /> outside Europe, over <Figure id="irpDuration" />.

## Who may apply?

- Inserm research teams, with at least one foreign partner;
- young researchers recruited within the past <Figure id="firstStepsRecruitedWithin" />;
- thematic networks of <Figure id="tcpPartners" /> partners.

## Timetable

Applications are open for three months. Results are announced in the autumn. See also [the previous call](${previous}) and our [priorities](/en/priorities).

<Callout title="Inserm staff">

The application form is on Inserm’s intranet.

</Callout>
`;
  // French typography, as the editor guide asks: a narrow no-break space before : ; ? !
  const typography = (text: string) => (fr ? text.replace(/ ([:;?!])(?=\s)/g, '\u202f$1') : text);
  return { title: typography(title), description: typography(description), slug: `${fr ? 'appel' : 'call'}-${n}`, updated: `2026-${month}-${day}`, body: typography(body) };
}

function write(content: string, locale: 'fr' | 'en', name: string, page: { title: string; description: string; slug: string; updated: string; body: string }, extra: string[] = []) {
  const file = path.join(content, locale, 'calls', `${name}.mdx`);
  mkdirSync(path.dirname(file), { recursive: true });
  const head = ['---', `title: ${JSON.stringify(page.title)}`, `description: ${JSON.stringify(page.description)}`, `slug: ${page.slug}`, `updated: ${page.updated}`, ...extra, '---'];
  writeFileSync(file, `${head.join('\n')}\n${page.body}`);
}

const indexes = {
  fr: {
    title: 'Appels à projets',
    description: 'Tous les appels à projets de l’Inserm pour la coopération européenne et internationale, du plus récent au plus ancien.',
    slug: 'appels',
    updated: '2026-11-24',
    body: '\nLes appels à projets de l’Inserm pour coopérer avec des équipes étrangères.\n\n<SectionPages />\n',
  },
  en: {
    title: 'Calls for proposals',
    description: 'Every Inserm call for proposals for European and international cooperation, the most recent first.',
    slug: 'calls',
    updated: '2026-11-24',
    body: '\nInserm’s calls for proposals to cooperate with teams abroad.\n\n<SectionPages />\n',
  },
};
const stamp = (fr: { title: string; description: string; body: string }) => `translatedFrom: "${fingerprint(fr.title, fr.description, fr.body)}"`;

/**
 * Writes into the content folder `content` a section of `n` calls for proposals per language, listed
 * by `<SectionPages />`, newest first, each English page stamped as an up-to-date translation.
 */
export function writeCallsSection(content: string, n: number) {
  write(content, 'fr', 'index', indexes.fr, ['order: 5', 'sort: newest']);
  write(content, 'en', 'index', indexes.en, ['order: 5', 'sort: newest', stamp(indexes.fr)]);
  for (let i = 1; i <= n; i += 1) {
    const fr = call(i, 'fr');
    write(content, 'fr', `call-${String(i).padStart(4, '0')}`, fr);
    write(content, 'en', `call-${String(i).padStart(4, '0')}`, call(i, 'en'), [stamp(fr)]);
  }
}
