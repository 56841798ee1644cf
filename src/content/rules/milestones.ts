// Milestone rules of a plan: unique ids, and due days that strictly increase.
import { asList, asMap, isInt, type Raw, type RuleContext } from './rule-context.ts';
import { checkUniqueIds } from './unique-ids.ts';

export function checkMilestones(plan: Raw, context: RuleContext): void {
  checkUniqueIds(plan.milestones, ['milestones'], 'milestone', context);
  let previous: { id: string; dueDay: number } | undefined;
  asList(plan.milestones).forEach((item, index) => {
    const milestone = asMap(item);
    if (!milestone || !isInt(milestone.dueDay)) return;
    const current = { id: typeof milestone.id === 'string' ? milestone.id : `number ${index + 1}`, dueDay: milestone.dueDay };
    if (previous && current.dueDay <= previous.dueDay) {
      context.report(
        ['milestones', index, 'dueDay'],
        'milestone-order',
        `Milestone "${current.id}" is due on day ${current.dueDay}, not after "${previous.id}" (day ${previous.dueDay}); due days must increase`,
      );
    }
    previous = current;
  });
}
