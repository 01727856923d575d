import { routing } from '../../../i18n/routing';
import { sayData } from '../messages/data';
import type { Reporter } from '../problems';
import { closestFirst } from '../suggest';
import { FINDER_QUESTIONS, type ToolFinderData } from './schema';
import type { LocatedYaml } from './yaml';

/**
 * What the schema of tool-finder.yaml cannot say: every tool has a rule and every rule a tool, the
 * answers a rule names exist, a condition comes with its reason, and no two answers share a word of
 * the address.
 */
export function checkFinderRules(finder: ToolFinderData, yaml: LocatedYaml, report: Reporter, toolNames: string[]) {
  for (const name of toolNames) if (!(name in finder.tools)) report.error(sayData.finderRuleMissing(name), yaml.keyLineOf([], 'tools'));
  for (const [tool, rule] of Object.entries(finder.tools)) {
    if (!toolNames.includes(tool)) report.error(sayData.finderUnknownTool(tool, closestFirst(tool, toolNames)), yaml.keyLineOf(['tools'], tool));
    for (const question of FINDER_QUESTIONS) {
      const choices = Object.keys(finder.questions[question].choices);
      const check = (choice: string, at: PropertyKey[]) => {
        if (!choices.includes(choice)) report.error(sayData.finderUnknownChoice(at, choice, closestFirst(choice, choices)), yaml.lineOf(at));
      };
      rule.fitsWhen[question]?.forEach((choice, i) => check(choice, ['tools', tool, 'fitsWhen', question, i]));
      for (const choice of Object.keys(rule.notes?.[question] ?? {})) check(choice, ['tools', tool, 'notes', question, choice]);
      if (rule.fitsWhen[question] && !rule.whyNot[question]) report.error(sayData.finderReasonMissing(tool, question), yaml.keyLineOf(['tools', tool], 'whyNot'));
    }
  }
  for (const question of FINDER_QUESTIONS) {
    for (const locale of routing.locales) {
      const seen = new Set<string>();
      for (const [name, choice] of Object.entries(finder.questions[question].choices)) {
        const slug = choice.slug[locale];
        if (seen.has(slug)) report.error(sayData.finderSlugTwice(question, slug), yaml.lineOf(['questions', question, 'choices', name, 'slug', locale]));
        seen.add(slug);
      }
    }
  }
}
