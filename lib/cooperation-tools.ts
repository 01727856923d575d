import type { Locale } from '../i18n/routing';

/**
 * The four cooperation tools, in one place: the comparison table and each tool's page show them
 * from here. `{figureId}` in a text stands for a figure of lib/figures/data.ts, formatted for the
 * page's language. Source: shared/source (Inserm's cooperation tools).
 */

type Text = Record<Locale, string>;

export interface CooperationTool {
  id: 'explore' | 'consolidate' | 'structure' | 'integrate';
  /** The content page that presents the tool (its key in content/). */
  pageKey: string;
  step: number;
  name: Text;
  purpose: Text;
  whoMayApply: Text;
  amount: Text;
  duration: Text;
  scope: Text;
  howToApply: Text;
}

export const TOOL_CRITERIA = ['purpose', 'whoMayApply', 'amount', 'duration', 'scope', 'howToApply'] as const;
export type ToolCriterion = (typeof TOOL_CRITERIA)[number];

export const cooperationTools: CooperationTool[] = [
  {
    id: 'explore',
    pageKey: 'cooperation-tools/international-first-steps',
    step: 1,
    name: { fr: 'Explorer : International First Steps', en: 'Explore: International First Steps' },
    purpose: { fr: 'Lancer une collaboration nouvelle avec une équipe étrangère', en: 'Start a new collaboration with a team abroad' },
    whoMayApply: {
      fr: 'Un jeune chercheur de l’Inserm : CRCN recruté depuis moins de {firstStepsRecruitedWithin}, ou lauréat ATIP-Avenir ou ERC Starting',
      en: 'A young Inserm researcher: staff scientist (CRCN) recruited within the past {firstStepsRecruitedWithin}, or ATIP-Avenir or ERC Starting grantee',
    },
    amount: { fr: '{firstStepsAmount} au total', en: '{firstStepsAmount} in total' },
    duration: { fr: '{firstStepsDuration}', en: '{firstStepsDuration}' },
    scope: { fr: 'Tous thèmes, tous pays ; échanges entre deux unités de recherche', en: 'Any topic, any country; exchanges between two research units' },
    howToApply: { fr: 'Appel à projets, sur l’intranet de l’Inserm', en: 'Call for proposals, on Inserm’s intranet' },
  },
  {
    id: 'consolidate',
    pageKey: 'cooperation-tools/international-research-projects',
    step: 2,
    name: { fr: 'Consolider : projets de recherche internationaux (IRP)', en: 'Consolidate: International Research Projects (IRPs)' },
    purpose: {
      fr: 'Inscrire dans la durée un partenariat émergent entre deux pays ou plus',
      en: 'Make an emerging partnership between two or more countries last',
    },
    whoMayApply: {
      fr: 'Des équipes d’au moins deux pays, engagées dans un partenariat émergent autour d’un projet d’excellence qui montre leur complémentarité',
      en: 'Teams from two or more countries in an emerging partnership, around a project of excellence that shows how they complement each other',
    },
    amount: { fr: 'Jusqu’à {irpAmountEurope} avec l’Europe, {irpAmountOutsideEurope} hors d’Europe', en: 'Up to {irpAmountEurope} within Europe, {irpAmountOutsideEurope} outside Europe' },
    duration: { fr: '{irpDuration}', en: '{irpDuration}' },
    scope: { fr: 'Tous thèmes ; deux pays ou plus', en: 'Any topic; two or more countries' },
    howToApply: { fr: 'Appel à projets, sur l’intranet de l’Inserm', en: 'Call for proposals, on Inserm’s intranet' },
  },
  {
    id: 'structure',
    pageKey: 'cooperation-tools/key-international-partnerships',
    step: 3,
    name: { fr: 'Structurer : partenariats internationaux clés (KIP)', en: 'Structure: Key International Partnerships (KIPs)' },
    purpose: {
      fr: 'Appuyer des collaborations prioritaires déjà établies, d’intérêt géographique et thématique stratégique',
      en: 'Back established priority collaborations of strategic geographic and thematic interest',
    },
    whoMayApply: { fr: 'Des institutions partenaires, retenues par la Direction générale', en: 'Partner institutions, chosen by the Directorate General' },
    amount: { fr: 'Propre à chaque accord', en: 'Specific to each agreement' },
    duration: { fr: 'Propre à chaque accord', en: 'Specific to each agreement' },
    scope: {
      fr: 'Accords bilatéraux ou multilatéraux ; priorité à l’Amérique du Nord et à l’Asie–Indo-Pacifique',
      en: 'Bilateral or multilateral agreements; North America and the Asia–Indo-Pacific region first',
    },
    howToApply: { fr: 'Pas d’appel ouvert : accords conclus par la Direction générale', en: 'No open call: agreements made by the Directorate General' },
  },
  {
    id: 'integrate',
    pageKey: 'cooperation-tools/thematic-coordination-programmes',
    step: 4,
    name: { fr: 'Intégrer : programmes de coordination thématique (TCP)', en: 'Integrate: Thematic Coordination Programmes (TCPs)' },
    purpose: {
      fr: 'Fédérer un réseau d’excellence autour d’un thème prioritaire aux enjeux partagés par la communauté internationale',
      en: 'Bring a network of excellence together around a priority theme whose challenges the international community shares',
    },
    whoMayApply: { fr: '{tcpPartners} partenaires, autour d’un thème choisi par la Direction générale', en: '{tcpPartners} partners, around a theme chosen by the Directorate General' },
    amount: { fr: 'Financement du réseau pendant sa période initiale', en: 'Funding for the network over its initial period' },
    duration: { fr: '{tcpDuration}, en vue de le pérenniser', en: '{tcpDuration}, with a view to lasting' },
    scope: {
      fr: 'Recherche transdisciplinaire : vieillissement en bonne santé (InterAging), psychiatrie de précision (INPP, lancement prévu en {tcpLaunchYear})',
      en: 'Cross-disciplinary research: healthy ageing (InterAging), precision psychiatry (INPP, launch planned for {tcpLaunchYear})',
    },
    howToApply: { fr: 'Pas d’appel ouvert : programmes lancés par la Direction générale', en: 'No open call: programmes launched by the Directorate General' },
  },
];

export const toolById = (id: string) => cooperationTools.find((tool) => tool.id === id);
