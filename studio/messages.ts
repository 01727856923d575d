import type { Locale } from '@/i18n/routing';
import { fieldHelp } from '@/lib/content/schemas';

/**
 * The studio's words (studio/config.ts, its forms and its buttons), in French: Keystatic shows one
 * language, and the communications staff work in French. The rules they describe are the content
 * check's (fieldHelp, from the content layer's schemas).
 */

/** A help text of the content check (Markdown code in backticks) as plain text: the studio's descriptions show no Markdown. */
const plain = (text: string) => text.replace(/`([^`]+)`/g, '« $1 »');

export const studioText = {
  brand: 'Inserm – Europe et international',
  navigation: 'Pages',
  dataNavigation: 'Chiffres, outils et carte',
  collection: { fr: 'Pages en français', en: 'Pages en anglais (English)' } satisfies Record<Locale, string>,
  title: 'Titre',
  file: {
    label: 'Fichier',
    description:
      'Le chemin du fichier sous content/fr ou content/en, sans « .mdx » : le même dans les deux langues, c’est ce qui relie une page à sa traduction. Ne le changez pas pour une page existante.',
    pattern: 'Des minuscules sans accent, des chiffres et des tirets, et « / » entre deux dossiers, par exemple « outils/explorer ».',
  },
  navTitle: 'Titre court (menus et fil d’Ariane, 40 caractères au plus ; facultatif)',
  description: 'Description (sous le titre et pour les moteurs de recherche, 50 à 220 caractères)',
  slug: {
    label: 'Adresse',
    description: `La fin de l’adresse de la page dans cette langue : ${plain(fieldHelp.slug.fr)}. La page d’accueil n’en a pas.`,
    pattern: 'Des minuscules sans accent, des chiffres et des tirets, par exemple « outils-de-cooperation ».',
  },
  order: { label: 'Ordre', description: plain(fieldHelp.order.fr) },
  updated: 'Dernière mise à jour',
  draft: { label: 'Brouillon', description: 'Un brouillon se voit dans l’aperçu seulement, jamais sur le site publié.' },
  body: 'Texte',
  /** Names for Keystatic's buttons that show only an icon (studio/Studio.tsx), by icon. */
  iconButtons: { edit: 'Modifier', remove: 'Supprimer', editLink: 'Modifier le lien', openLink: 'Ouvrir le lien', unlink: 'Retirer le lien' },
  insertMenu: 'Insérer un élément (ou tapez « / » dans le texte)',
  /** A text field's length rule, as the studio says it when the field breaks it. */
  length: (min: number, max: number, optional: boolean) =>
    `${optional ? 'Facultatif' : 'Obligatoire'}${min > 1 ? `, de ${min} à ${max} caractères` : `, ${max} caractères au plus`} (les espaces au début et à la fin ne comptent pas).`,
  translation: {
    label: 'Traduction',
    loading: 'Lecture de l’état de la traduction…',
    unreadable: 'L’état de la traduction n’a pas pu être lu : l’aperçu tourne-t-il encore ? Rechargez la page.',
    newPage: 'L’état de la traduction s’affichera une fois la page enregistrée.',
    onlyHere: 'Cette page n’a pas de version française : c’est un original.',
    current: 'À jour : cette page traduit la version française telle qu’elle est maintenant.',
    pending: 'Sera enregistrée comme à jour avec la page : cliquez sur « Sauvegarder ».',
    outdated: 'En retard : la version française a changé depuis la traduction enregistrée. Reportez ses changements ici, puis marquez la traduction comme à jour.',
    untracked: 'Non enregistrée : rien n’indique de quelle version française cette page est la traduction. Relisez-la, puis marquez-la comme à jour.',
    markCurrent: 'Marquer la traduction comme à jour',
    original: 'Ouvrir la version française',
    english: 'Ouvrir la version anglaise',
    see: 'Voir dans l’aperçu',
    overview: 'Toutes les pages et leurs traductions',
    twin: {
      current: 'Version anglaise : à jour.',
      outdated: 'Version anglaise : en retard sur ce texte, à reprendre.',
      untracked: 'Version anglaise : traduction non enregistrée.',
      draft: 'Version anglaise : brouillon.',
      original: 'Version anglaise : à jour.',
      missing: 'Pas encore de version anglaise : le site anglais montre ce texte en français.',
    },
    afterSave: 'Quand vous enregistrez un changement de ce texte, la version anglaise passe « en retard ».',
  },
  figure: { label: 'Chiffre', description: 'Un chiffre de content/data/figures.yaml, au format de la langue de la page.' },
  keyFigures: { label: 'Chiffres clés', description: 'Une rangée de grands chiffres, chacun avec une courte légende.' },
  keyFigure: { label: 'Chiffre clé' },
  toolFacts: { label: 'L’essentiel d’un outil', description: 'Montant, durée, public… d’un outil de coopération, depuis content/data/cooperation-tools.yaml.', tool: 'Outil' },
  toolsComparison: { label: 'Tableau comparatif des outils', description: 'Les quatre outils de coopération côte à côte.' },
  toolFinder: { label: 'Quel outil pour mon projet ?', description: 'Le questionnaire qui oriente vers l’outil qui convient.' },
  callout: { label: 'Encadré', description: 'Une remarque mise à part du texte.', title: 'Titre de l’encadré (facultatif)' },
  worldMap: { label: 'Carte du monde', description: 'La carte des coopérations et son tableau, depuis content/data/world-map.yaml.' },
  cards: { label: 'Cartes', description: 'Des liens vers d’autres pages, en cartes.' },
  card: { label: 'Carte', href: 'Lien', hrefHelp: 'L’adresse de la page, par exemple /fr/strategie.', title: 'Titre de la carte' },
  facts: { label: 'Faits', description: 'Une liste de faits : un terme, sa valeur.' },
  fact: { label: 'Fait', term: 'Terme' },
  sectionPages: { label: 'Pages de la rubrique', description: 'La liste des pages de cette rubrique, page par page.' },
  siteMap: { label: 'Plan du site', description: 'Toutes les pages du site.' },
  data: {
    figures: 'Chiffres',
    tools: 'Outils de coopération',
    worldMap: 'Carte du monde',
    language: { fr: 'Français', en: 'Anglais' } satisfies Record<Locale, string>,
    figure: {
      label: 'Libellé pour les rédacteurs',
      kindIs: (kind: string) => `Sorte de chiffre : ${kind} (elle se change dans le fichier content/data/figures.yaml).`,
      count: 'Nombre (sans espace)',
      percent: 'Pourcentage, de 0 à 100',
      amount: 'Montant en euros (sans espace ni unité)',
      years: 'Nombre d’années',
      year: 'Année',
      from: 'De l’année',
      to: 'À l’année',
      min: 'Le plus petit nombre',
      max: 'Le plus grand nombre',
      moreThan: 'Afficher « plus de » devant le chiffre',
      upTo: 'Afficher « jusqu’à » devant le montant',
    },
    tool: {
      page: 'Page qui présente l’outil (son chemin dans content/fr, sans « .mdx »)',
      pagePattern: 'Un chemin de page, par exemple « cooperation-tools/international-first-steps ».',
      name: 'Nom',
      purpose: 'Objectif',
      whoMayApply: 'Qui peut candidater',
      amount: 'Montant',
      duration: 'Durée',
      scope: 'Champ',
      howToApply: 'Comment candidater',
    },
    map: {
      title: 'Titre',
      description: 'Description (lue par les lecteurs d’écran)',
      emphasisedGroup: 'Pays mis en avant',
      emphasised: 'Code du pays (deux lettres, par exemple US)',
      legend: 'Légende',
      europeGroup: 'Europe',
      europe: 'Pays teintés comme l’Europe',
      code: 'Code du pays (deux lettres)',
      codePattern: 'Deux lettres majuscules, par exemple FR ou US.',
      partnersGroup: 'Pays partenaires',
      markerLegend: 'Légende du repère',
      partners: 'Ce que l’Inserm fait dans chaque pays',
      marker: 'Repère (longitude, puis latitude)',
      coordinate: 'Coordonnée',
      what: 'Ce que l’Inserm y fait',
    },
  },
  /** The editorial bar above the studio (studio/EditorialBar.tsx). */
  bar: {
    label: 'Espace de rédaction',
    signedIn: (name: string, role: string) => `${name} · ${role}`,
    roles: { redacteur: 'rédaction', relecteur: 'relecture et publication', administrateur: 'administration' } as Record<string, string>,
    signOut: 'Se déconnecter',
    alsoHere: (name: string, since: string) => `${name} modifie aussi cette page depuis ${since}.`,
    refused: (at: string) => `Votre enregistrement de ${at} a été refusé pour ne rien écraser : votre texte est gardé de côté.`,
    merge: 'Comparer et fusionner',
    unreachable: 'L’espace de rédaction ne répond pas : vos enregistrements attendront qu’il revienne.',
  },
};
