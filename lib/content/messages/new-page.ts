import type { Locale } from '../../../i18n/routing';
import { inLanguage, type Text } from './words';

const SAFE_NAME: Text = { fr: 'ne peut contenir que des minuscules sans accent, des chiffres et des tirets', en: 'lowercase letters, digits and hyphens only' };

/** What is wrong with a new page (`npm run content:new`, the studio's form). */
export const sayNewPage = {
  name: (name: string): Text => ({ fr: `le nom de fichier « ${name} » ${SAFE_NAME.fr}`, en: `file name "${name}": ${SAFE_NAME.en}` }),
  section: (section: string): Text => ({ fr: `la rubrique « ${section} » n’existe pas`, en: `section "${section}" does not exist` }),
  exists: (key: string): Text => ({
    fr: `une page « ${key} » existe déjà : choisissez un autre titre en anglais (il donne le nom du fichier)`,
    en: `a page "${key}" already exists: choose another English title (it gives the file its name)`,
  }),
  noTitle: (locale: Locale): Text => ({ fr: `le titre ${inLanguage[locale].fr} est vide`, en: `the ${inLanguage[locale].en} title is empty` }),
  invisible: (locale: Locale): Text => ({
    fr: `le titre ${inLanguage[locale].fr} contient un caractère invisible, qui ne se tape pas : effacez-le et retapez le titre`,
    en: `the ${inLanguage[locale].en} title holds an invisible character, which nobody types: delete it and type the title again`,
  }),
  slug: (locale: Locale, slug: string): Text => ({ fr: `l’adresse ${inLanguage[locale].fr} « ${slug} » ${SAFE_NAME.fr}`, en: `the ${inLanguage[locale].en} slug "${slug}": ${SAFE_NAME.en}` }),
  slugTaken: (locale: Locale, slug: string, title: string): Text => ({
    fr: `l’adresse ${inLanguage[locale].fr} « ${slug} » est déjà celle de la page « ${title} » : choisissez un autre titre`,
    en: `the ${inLanguage[locale].en} slug "${slug}" is already used by the page "${title}": choose another title`,
  }),
  sameTitle: (locale: Locale, title: string, address: string): Text => ({
    fr: `le titre ${inLanguage[locale].fr} « ${title} » est déjà celui d’une autre page (${address}) : les lecteurs ne pourront pas les distinguer`,
    en: `the ${inLanguage[locale].en} title "${title}" is already that of another page (${address}): readers will not be able to tell them apart`,
  }),
  fileExists: (file: string): Text => ({ fr: `${file} existe déjà : rien n’a été écrasé`, en: `${file} already exists: nothing overwritten` }),
};

