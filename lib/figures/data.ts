/**
 * Every figure of the site, once. Pages in both languages show them through `<Figure id="…" />`
 * and `<KeyFigure figure="…">`, formatted for their language: change a value here and it changes
 * on every page. Source: shared/source (Inserm, "Europe and International").
 */

type Figure =
  /** A number of things: 7 000 collaborations, 13 countries. */
  | { kind: 'count'; value: number; moreThan?: boolean }
  /** A share, as a fraction: 0.185 is 18.5 %. */
  | { kind: 'percent'; value: number; moreThan?: boolean }
  /** An amount in euros. */
  | { kind: 'amount'; value: number; upTo?: boolean }
  /** A length of time in years. */
  | { kind: 'years'; value: number }
  /** A calendar year. */
  | { kind: 'year'; value: number }
  /** From one year to another: 2021–2025. */
  | { kind: 'yearSpan'; from: number; to: number }
  /** Between two counts: 4–5 partners. */
  | { kind: 'range'; min: number; max: number };

export const figures = {
  collaborationsPerYear: { kind: 'count', value: 7000, moreThan: true },
  countries: { kind: 'count', value: 100, moreThan: true },
  europeShare: { kind: 'percent', value: 0.5, moreThan: true },
  usaShare: { kind: 'percent', value: 0.25 },
  usaCopublicationShare: { kind: 'percent', value: 0.185 },
  copublicationYear: { kind: 'year', value: 2022 },
  worldPresenceYear: { kind: 'year', value: 2021 },
  asiaPacificTopPartners: { kind: 'count', value: 4 },
  strategicPlan: { kind: 'yearSpan', from: 2021, to: 2025 },
  firstStepsAmount: { kind: 'amount', value: 10_000 },
  firstStepsDuration: { kind: 'years', value: 1 },
  firstStepsRecruitedWithin: { kind: 'years', value: 5 },
  irpAmountEurope: { kind: 'amount', value: 60_000, upTo: true },
  irpAmountOutsideEurope: { kind: 'amount', value: 75_000, upTo: true },
  irpDuration: { kind: 'years', value: 5 },
  tcpPartners: { kind: 'range', min: 4, max: 5 },
  tcpDuration: { kind: 'years', value: 5 },
  tcpLaunchYear: { kind: 'year', value: 2024 },
  aphroCovCountries: { kind: 'count', value: 5 },
  afroscreenCountries: { kind: 'count', value: 13 },
  rwandaAgreementYear: { kind: 'year', value: 2021 },
  icmrRenewalYear: { kind: 'year', value: 2022 },
  diabetesCallYear: { kind: 'year', value: 2024 },
} as const satisfies Record<string, Figure>;

export type FigureId = keyof typeof figures;
export type { Figure };

export const FIGURE_IDS = Object.keys(figures) as FigureId[];

export const isFigureId = (id: string): id is FigureId => id in figures;
