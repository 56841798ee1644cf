// duplicate-id inside one file: the same id twice in a list (milestones, factors, bands, levels,
// FAQ items, segments), reported at the second one.
import type { PathSegment } from '../yaml-source.ts';
import { asList, asMap, type RuleContext } from './rule-context.ts';

export function checkUniqueIds(items: unknown, path: readonly PathSegment[], what: string, context: RuleContext): void {
  const seen = new Map<string, number>();
  asList(items).forEach((item, index) => {
    const id = asMap(item)?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else context.report([...path, index, 'id'], 'duplicate-id', `Duplicate ${what} id "${id}" (already used by ${what} ${first + 1})`);
  });
}
