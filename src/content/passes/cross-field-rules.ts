// Pass 3, cross-field rules: what no single value's type can say (milestone order, unique ids in
// a list, weights adding up to 100, band floors, response protocols, sessions of a live course).
// They read the raw YAML of each file, so they run on whatever parts of it are readable.
import type { Kind } from '../../schemas/index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { ParsedFile } from '../parse-file.ts';
import { checkHealthModel } from '../rules/health-model.ts';
import { checkMilestones } from '../rules/milestones.ts';
import { ruleContext, type Raw, type RuleContext } from '../rules/rule-context.ts';
import { checkSessions } from '../rules/sessions.ts';
import { checkUniqueIds } from '../rules/unique-ids.ts';

const RULES: Partial<Record<Kind, (raw: Raw, context: RuleContext) => void>> = {
  plan: (plan, context) => {
    checkMilestones(plan, context);
    checkHealthModel(plan, context);
  },
  course: checkSessions,
  faq: (set, context) => checkUniqueIds(set.items, ['items'], 'question', context),
  certification: (cert, context) => checkUniqueIds(cert.levels, ['levels'], 'level', context),
  site: (site, context) => checkUniqueIds(site.segments, ['segments'], 'segment', context),
};

export function checkCrossFieldRules(files: readonly ParsedFile[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { file, raw, source } of files) {
    const rules = RULES[file.kind];
    if (rules && raw && source) rules(raw, ruleContext(file.path, source, diagnostics));
  }
  return diagnostics;
}
