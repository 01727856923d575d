import { describe, expect, it } from 'vitest';
import { loadSiteData } from '@/lib/content/data/load';
import { formatProblem } from '@/lib/content/problems';
import { checkFixture, checkFolder, minimalData, minimalSite, writeFixture } from './helpers';

const NB = '\u202f';
const errorsWith = async (files: Record<string, string>) => {
  const { errors } = await checkFixture({ ...minimalSite, ...files });
  return errors.map(formatProblem);
};
const figures = (yaml: string) => ({ 'data/figures.yaml': (minimalData['data/figures.yaml'] ?? '') + yaml });
const tools = (edit: (yaml: string) => string) => ({ 'data/cooperation-tools.yaml': edit(minimalData['data/cooperation-tools.yaml'] ?? '') });
const worldMap = (edit: (yaml: string) => string) => ({ 'data/world-map.yaml': edit(minimalData['data/world-map.yaml'] ?? '') });

describe('data files: figures, cooperation tools, world map', () => {
  it('finds nothing wrong in valid data, and gives it to the pages', async () => {
    expect(await errorsWith({})).toEqual([]);
    const { data } = loadSiteData(writeFixture(minimalSite));
    expect(data.figures.collaborationsPerYear).toEqual({ label: { fr: 'Collaborations déclarées par an', en: 'Collaborations declared a year' }, kind: 'count', value: 7000, moreThan: true });
    expect(data.tools.map((tool) => [tool.id, tool.page])).toEqual([['explore', 'tools/explore']]);
    expect(Object.keys(data.worldMap?.partners.countries ?? {})).toEqual(['RW']);
  });

  it('refuses a figure that is not a number, at its line, with an example', async () => {
    expect(await errorsWith(figures('irpDuration:\n  label: { fr: Durée, en: Duration }\n  kind: years\n  value: 5 ans\n'))).toEqual([
      `content/data/figures.yaml:13: \`irpDuration\` › \`value\` n’est pas valide${NB}: il faut un nombre d’années, par exemple \`value: 5\``,
    ]);
  });

  it('names a field that does not exist and lists those that do, the closest first', async () => {
    expect(await errorsWith(figures('irpDuration:\n  label: { fr: Durée, en: Duration }\n  kind: years\n  valeur: 5\n'))).toEqual([
      `content/data/figures.yaml:10: il manque \`value\` dans \`irpDuration\`${NB}: ajoutez-le, avec un nombre d’années, par exemple \`value: 5\``,
      `content/data/figures.yaml:13: champ inconnu \`valeur\` dans \`irpDuration\`${NB}: vérifiez l’orthographe${NB}; les champs possibles sont \`value\`, \`label\`, \`kind\``,
    ]);
  });

  it('asks for the English text a French one has no twin for', async () => {
    expect(await errorsWith(tools((yaml) => yaml.replace('    en: Text scope\n', '')))).toEqual([
      `content/data/cooperation-tools.yaml:15: il manque \`en\` dans \`explore\` › \`scope\`${NB}: ajoutez-le, avec le texte en anglais`,
    ]);
  });

  it('refuses a name used twice', async () => {
    expect(await errorsWith(figures('collaborationsPerYear:\n  label: { fr: Doublon, en: Twice }\n  kind: count\n  value: 1\n'))).toEqual([
      `content/data/figures.yaml:10: le nom \`collaborationsPerYear\` apparaît deux fois${NB}: chaque nom ne sert qu’une fois${NB}; renommez ou supprimez l’un des deux`,
    ]);
  });

  it('lists the kinds of figure when one is misspelt, the closest first', async () => {
    const [problem] = await errorsWith(figures('partners:\n  label: { fr: Partenaires, en: Partners }\n  kind: counts\n  value: 4\n'));
    expect(problem).toBe(
      `content/data/figures.yaml:12: \`partners\` › \`kind\` ne peut pas valoir \`counts\`${NB}: les valeurs possibles sont \`count\`, \`amount\`, \`years\`, \`range\`, \`percent\`, \`year\`, \`yearSpan\``,
    );
  });

  it('refuses a name that pages could not write', async () => {
    expect(await errorsWith(figures('Irp duration:\n  label: { fr: Durée, en: Duration }\n  kind: years\n  value: 5\n'))).toEqual([
      `content/data/figures.yaml:10: le nom \`Irp duration\` n’est pas valide${NB}: il faut un nom en un seul mot, sans espace ni accent, qui commence par une minuscule, par exemple \`irpDuration\``,
    ]);
  });

  it('refuses a period that ends before it starts', async () => {
    expect(await errorsWith(figures('plan:\n  label: { fr: Plan, en: Plan }\n  kind: yearSpan\n  from: 2025\n  to: 2021\n'))).toEqual([
      `content/data/figures.yaml:13: \`plan\`${NB}: \`from\` doit être plus petit que \`to\``,
    ]);
  });

  it('refuses a figure named in a text that the data does not have, the closest names first', async () => {
    expect(await errorsWith(tools((yaml) => yaml.replace('"{firstStepsAmount} au total"', '"{firstStepAmount} au total"')))).toEqual([
      `content/data/cooperation-tools.yaml:22: \`explore\` › \`amount\` › \`fr\` cite le chiffre \`{firstStepAmount}\`, qui n’existe pas dans content/data/figures.yaml${NB}: les noms possibles sont, du plus proche au plus lointain, \`firstStepsAmount\`, \`collaborationsPerYear\``,
    ]);
  });

  it('refuses a tool whose page does not exist', async () => {
    expect(await errorsWith(tools((yaml) => yaml.replace('page: tools/explore', 'page: tools/explor')))).toEqual([
      `content/data/cooperation-tools.yaml: l’outil \`explore\` renvoie à la page \`tools/explor\`, qui n’existe pas dans content/fr${NB}: les pages possibles sont, de la plus proche à la plus lointaine, \`tools/explore\`, \`tools\`, \`legal\`, \`strategy\``,
    ]);
  });

  it('refuses a country code that does not exist, and a country too small to draw without a marker', async () => {
    const errors = await errorsWith(worldMap((yaml) => yaml.replace('[FR, DE]', '[FR, DX]')));
    expect(errors).toEqual([
      `content/data/world-map.yaml:11: \`europe\` › \`countries\` › \`1\`${NB}: \`DX\` n’est pas un code de pays${NB}; il faut deux lettres majuscules de la norme ISO 3166-1, par exemple \`RW\` pour le Rwanda`,
    ]);
    const small = await errorsWith(worldMap((yaml) => yaml.replace('    RW:\n', '    SG:\n')));
    expect(small).toEqual([`content/data/world-map.yaml:17: le pays \`SG\` est trop petit pour être dessiné sur la carte${NB}: ajoutez-lui un repère, \`marker: [longitude, latitude]\``]);
    expect(await errorsWith(worldMap((yaml) => yaml.replace('    RW:\n', '    SG:\n      marker: [103.82, 1.35]\n')))).toEqual([]);
  });

  it('explains an unquoted colon, with the line corrected', async () => {
    expect(await errorsWith(figures('plan:\n  label:\n    fr: Plan : 2021\n    en: Plan\n  kind: year\n  value: 2021\n'))).toEqual([
      `content/data/figures.yaml:12: le fichier n’est pas du YAML valide${NB}: la valeur de \`fr\` contient «${NB}:${NB}»${NB}; mettez-la entre guillemets${NB}: \`fr: "Plan : 2021"\``,
    ]);
  });

  it('asks for a data file that is missing', async () => {
    const root = writeFixture(Object.fromEntries(Object.entries(minimalSite).filter(([file]) => file !== 'data/world-map.yaml')));
    const { errors } = await checkFolder(root);
    expect(errors.map(formatProblem)).toEqual([`content/data/world-map.yaml: ce fichier de données manque${NB}: rétablissez-le (le guide de rédaction en donne la forme)`]);
  });

  it('keeps the valid entries of a file with a slip, for the preview', () => {
    const { data, problems } = loadSiteData(writeFixture({ ...minimalSite, ...figures('broken:\n  label: { fr: Cassé, en: Broken }\n  kind: count\n  value: beaucoup\n') }));
    expect(problems).toHaveLength(1);
    expect(Object.keys(data.figures)).toEqual(['collaborationsPerYear', 'firstStepsAmount']);
  });
});
