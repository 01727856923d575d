import { closest, type Text } from './words';

/** A language's version of a page, as editors name it, from one of its files: « version anglaise ». */
const versionOf = (file: string) => (file.split('/')[1] === 'en' ? 'version anglaise' : 'version française');

/** What is wrong in a page's text, its place in the site, or its translation. */
export const sayPages = {
  unknownReference: (id: string, file: string, known: readonly string[]): Text => ({
    fr: `\`${id}\` n’existe pas dans ${file} : les noms possibles sont, du plus proche au plus lointain, ${closest(known).fr}`,
    en: `there is no \`${id}\` in ${file}: the names you may use are, closest first, ${closest(known).en}`,
  }),
  orphan: (indexFile: string): Text => ({
    fr: `cette page est dans un dossier qui n’a pas de page à lui : créez \`${indexFile}\``,
    en: `this page sits in a folder that has no page of its own: add \`${indexFile}\``,
  }),
  duplicateAddress: (address: string, otherTitle: string): Text => ({
    fr: `l’adresse ${address} est déjà celle de la page « ${otherTitle} » : donnez une autre adresse à l’une des deux pages`,
    en: `the address ${address} is already used by the page "${otherTitle}": give one of the two pages another address (\`slug\`)`,
  }),
  sameTitle: (title: string, otherAddress: string): Text => ({
    fr: `le titre « ${title} » est déjà celui de la page ${otherAddress} : donnez à l’une des deux pages un titre qui la distingue`,
    en: `the title "${title}" is already that of the page ${otherAddress}: give one of the two pages a title of its own`,
  }),
  homeMissing: (): Text => ({ fr: 'la page d’accueil manque : créez ce fichier', en: 'the home page is missing: create this file' }),
  linkRelative: (href: string): Text => ({
    fr: `le lien « ${href} » est relatif : écrivez l’adresse complète d’une page du site, qui commence par /fr/ ou /en/`,
    en: `the link \`${href}\` is relative: write the full address of a page of the site, starting with \`/fr/\` or \`/en/\``,
  }),
  linkBroken: (href: string): Text => ({
    fr: `le lien « ${href} » ne mène à aucune page : corrigez l’adresse (le plan du site donne celle de chaque page)`,
    en: `the link \`${href}\` leads to no page: correct the address (the site map gives every page's)`,
  }),
  linkToReplaced: (href: string, title: string, replacement: string): Text => ({
    fr: `le lien « ${href} » mène à la page retirée « ${title} », qui renvoie vers ${replacement} : mettez-y directement cette adresse`,
    en: `the link \`${href}\` leads to the retired page "${title}", which sends visitors to ${replacement}: link there directly`,
  }),
  linkToRetired: (href: string, title: string): Text => ({
    fr: `le lien « ${href} » mène à la page retirée « ${title} », qui ne renvoie nulle part : retirez le lien, ou faites-le mener à une autre page`,
    en: `the link \`${href}\` leads to the retired page "${title}", which sends visitors nowhere: remove the link, or make it lead to another page`,
  }),
  linkToDraft: (href: string): Text => ({
    fr: `le lien « ${href} » mène à un brouillon, absent du site publié : publiez cette page ou retirez le lien`,
    en: `the link \`${href}\` leads to a draft, which the published site does not have: publish that page or remove the link`,
  }),
  anchorBroken: (href: string, ids: string[]): Text => ({
    fr: `le lien « ${href} » vise une ancre qui n’existe pas sur cette page${ids.length ? ` ; ancres possibles : ${closest(ids).fr}` : ''}`,
    en: `the link \`${href}\` points to an anchor that does not exist on that page${ids.length ? `; anchors there: ${closest(ids).en}` : ''}`,
  }),
  frenchSpacing: (excerpt: string): Text => ({
    fr: `typographie : « ${excerpt} » a une espace ordinaire (ou aucune) avant \`; : ! ?\` ou contre des guillemets ; mettez-y une espace fine insécable (U+202F)`,
    en: `typography: "${excerpt}" has an ordinary space (or none) before \`; : ! ?\` or inside French quotes; use a narrow no-break space (U+202F)`,
  }),
  straightApostrophe: (excerpt: string): Text => ({
    fr: `typographie : « ${excerpt} » a une apostrophe droite (') ; en français, écrivez l’apostrophe typographique (’)`,
    en: `typography: "${excerpt}" has a straight apostrophe ('); French text takes the typographic apostrophe (’)`,
  }),
  englishQuotes: (excerpt: string): Text => ({
    fr: `typographie : « ${excerpt} » a des guillemets anglais ; en français, écrivez « ainsi » (guillemets français, avec une espace fine insécable à l’intérieur)`,
    en: `typography: "${excerpt}" has English quotation marks; French text takes « guillemets » (with a narrow no-break space inside)`,
  }),
  componentAsText: (name: string): Text => ({
    fr: `« <${name}> » est écrit comme du texte : il s’affichera tel quel sur la page. Pour un élément de page, utilisez le menu « Insérer un élément » du studio ; sinon, retirez ce texte`,
    en: `"<${name}>" is written as text: the page will show it as it is. For a page element, use the studio's « Insérer un élément » menu; otherwise, remove this text`,
  }),
  unitSpacing: (excerpt: string): Text => ({
    fr: `typographie : « ${excerpt} » sépare le nombre de son unité par une espace ordinaire, qui peut les couper en fin de ligne ; mettez-y une espace insécable (U+00A0)`,
    en: `typography: "${excerpt}" separates the number from its unit with an ordinary space, which may break the line between them; use a no-break space (U+00A0)`,
  }),
  reservedSlug: (slug: string): Text => ({
    fr: `le slug \`${slug}\` est réservé au site (listes des rubriques, recherche, aperçu, page introuvable) : choisissez-en un autre`,
    en: `the slug \`${slug}\` is reserved by the site (section lists, search, preview, page not found): choose another one`,
  }),
  sectionNotListed: (count: number): Text => ({
    fr: `cette rubrique a ${count} pages : insérez l’élément « Pages de la rubrique » dans son texte, pour que les visiteurs les trouvent toutes (le menu de la rubrique et le plan du site n’en montrent qu’une partie)`,
    en: `this section has ${count} pages: add \`<SectionPages />\` to its text, so that visitors find them all (the section's menu and the site map show only some of them)`,
  }),
  noCounterpart: (missingFile: string): Text => ({
    fr: `cette page n’a pas encore de ${versionOf(missingFile)} : le site montre la version existante avec un avertissement, en attendant`,
    en: `this page has no translation (\`${missingFile}\`): until there is one, the site shows the existing version with a notice`,
  }),
  outdated: (sourceFile: string): Text => ({
    fr: `cette traduction a été faite sur une version antérieure de la ${versionOf(sourceFile)} : mettez-la à jour, puis, dans le studio, « Marquer la traduction comme à jour »`,
    en: `this translation was made from an older version of \`${sourceFile}\`: update it, then run \`npm run content:stamp\``,
  }),
  untracked: (sourceFile: string): Text => ({
    fr: `cette traduction ne dit pas de quelle version de la ${versionOf(sourceFile)} elle vient : une fois qu’elle est à jour, dans le studio, « Marquer la traduction comme à jour »`,
    en: `this translation does not record which version of \`${sourceFile}\` it was made from: run \`npm run content:stamp\` once it is up to date`,
  }),
};
