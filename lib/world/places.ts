import type { Locale } from '../../i18n/routing';

/**
 * The countries the source names as partners or places of action, for the world map and its
 * table. `id` is the ISO 3166-1 numeric code world-atlas uses; `{figureId}` in a text stands for a
 * figure of lib/figures/data.ts. Country names come from the visitor's language, not from here.
 */
export interface Place {
  /** ISO 3166-1 alpha-2, for the country's name in each language. */
  code: string;
  /** ISO 3166-1 numeric, as in world-atlas. */
  id: string;
  /** Where to draw the marker when the country is too small for the map (Singapore). */
  coordinates?: [longitude: number, latitude: number];
  what: Record<Locale, string>;
}

export const places: Place[] = [
  {
    code: 'US',
    id: '840',
    what: {
      fr: 'Premier partenaire pour les copublications ({usaCopublicationShare} de nos publications en {copublicationYear}) ; un quart des collaborations ; NIH (partenaire historique, dépendance à l’alcool)',
      en: 'Leading partner for joint publications ({usaCopublicationShare} of our publications in {copublicationYear}); a quarter of collaborations; NIH (long-standing partner, alcohol dependence)',
    },
  },
  { code: 'CA', id: '124', what: { fr: 'Fonds de recherche du Québec – Santé (FRQS)', en: 'Fonds de recherche du Québec – Santé (FRQS)' } },
  {
    code: 'BR',
    id: '076',
    what: { fr: 'Fondation Oswaldo-Cruz : neurosciences, maladies infectieuses émergentes', en: 'Oswaldo Cruz Foundation: neurosciences, emerging infectious diseases' },
  },
  { code: 'BE', id: '056', what: { fr: 'Bureau de représentation de l’Inserm à Bruxelles ; rencontres scientifiques annuelles', en: 'Inserm’s representative office in Brussels; annual scientific meetings' } },
  { code: 'DE', id: '276', what: { fr: 'Université de Cologne (TCP InterAging)', en: 'University of Cologne (InterAging TCP)' } },
  { code: 'GB', id: '826', what: { fr: 'MRC London Institute of Medical Sciences (TCP InterAging)', en: 'MRC London Institute of Medical Sciences (InterAging TCP)' } },
  { code: 'SN', id: '686', what: { fr: 'Appel de Dakar : instruments soutenus par la Commission européenne', en: 'Dakar call: instruments backed by the European Commission' } },
  {
    code: 'RW',
    id: '646',
    what: {
      fr: 'Centre d’investigation clinique, accord de {rwandaAgreementYear} avec le ministère de la Santé',
      en: 'Clinical Investigation Centre, {rwandaAgreementYear} agreement with the Ministry of Health',
    },
  },
  {
    code: 'IN',
    id: '356',
    what: {
      fr: 'ICMR : maladies métaboliques et diabète (accord renouvelé en {icmrRenewalYear}) ; l’un des {asiaPacificTopPartners} premiers pays partenaires d’Asie–Indo-Pacifique',
      en: 'ICMR: metabolic diseases and diabetes (agreement renewed in {icmrRenewalYear}); one of the top {asiaPacificTopPartners} partner countries in Asia–Indo-Pacific',
    },
  },
  {
    code: 'CN',
    id: '156',
    what: {
      fr: 'Hôpital Ruijin (TCP InterAging) ; l’un des {asiaPacificTopPartners} premiers pays partenaires d’Asie–Indo-Pacifique',
      en: 'Ruijin Hospital (InterAging TCP); one of the top {asiaPacificTopPartners} partner countries in Asia–Indo-Pacific',
    },
  },
  {
    code: 'SG',
    id: '702',
    coordinates: [103.82, 1.35],
    what: { fr: 'Université nationale de Singapour : vieillissement, intelligence artificielle ; TCP InterAging', en: 'National University of Singapore: ageing, artificial intelligence; InterAging TCP' },
  },
  {
    code: 'JP',
    id: '392',
    what: {
      fr: 'Société japonaise pour la promotion de la science (JSPS) ; l’un des {asiaPacificTopPartners} premiers pays partenaires d’Asie–Indo-Pacifique',
      en: 'Japan Society for the Promotion of Science (JSPS); one of the top {asiaPacificTopPartners} partner countries in Asia–Indo-Pacific',
    },
  },
  {
    code: 'AU',
    id: '036',
    what: {
      fr: 'Université de Sydney : prévention en santé publique, science des données ; l’un des {asiaPacificTopPartners} premiers pays partenaires d’Asie–Indo-Pacifique',
      en: 'University of Sydney: public health prevention, data science; one of the top {asiaPacificTopPartners} partner countries in Asia–Indo-Pacific',
    },
  },
];

/** Europe as the map shows it: the European Union and the other countries of the European Research Area's core. */
export const EUROPE_IDS = new Set([
  '040', '056', '100', '191', '196', '203', '208', '233', '246', '250', '276', '300', '348', '372', '380', '428', '440', '442',
  '470', '528', '616', '620', '642', '703', '705', '724', '752', '826', '578', '756', '352',
]);

/** The one country whose weight the source gives apart from Europe's. */
export const EMPHASISED_ID = '840';
