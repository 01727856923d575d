/**
 * Dates and times as the editorial screens, messages and e-mails say them, in French and at Paris
 * time, one way everywhere: « 7 décembre 2026 à 14 h 05 », « 14 h 05 », « 7 décembre 2026 ».
 * (The public site says its dates through next-intl's formats, i18n/request.ts.)
 */

const ZONE = 'Europe/Paris';
const dayFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: ZONE });
const hourFormat = new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', minute: '2-digit', timeZone: ZONE });
const asDate = (at: Date | string) => (at instanceof Date ? at : new Date(at));

/** « 14 h 05 »: French typography writes the hour with « h », never a colon. */
export const hourOf = (at: Date | string) => hourFormat.format(asDate(at)).replace(/^(\d+):(\d+)$/, '$1\u00a0h\u00a0$2');

/** « 7 décembre 2026 »: an instant's day at Paris, or a day written `2026-12-07` (that very day, wherever the server is). */
export const dayOf = (at: Date | string) => dayFormat.format(typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at) ? new Date(`${at}T12:00:00Z`) : asDate(at));

/** « 7 décembre 2026 à 14 h 05 ». */
export const momentOf = (at: Date | string) => `${dayOf(at)} à ${hourOf(at)}`;

/** The day at Paris as data writes it: `2026-12-07`. */
export const parisDayOf = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
