// Search records that are not pages of their own: milestones (inside plan pages) and upcoming
// sessions (inside course pages) become results of their own type, linking to their anchors.
import type { ContentIndex } from '../content/content-index.ts';
import { routes } from '../lib/routes.ts';
import { upcomingSessions } from '../lib/sessions.ts';
import { formatSessionTime as when } from '../lib/time-format.ts';
import { RESULT_TYPES, segmentFilter, type facetLookup } from './facets.ts';

export interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort?: Record<string, string>;
}

export function milestoneRecords(content: ContentIndex, lookup: ReturnType<typeof facetLookup>): SearchRecord[] {
  return content.plans.flatMap((plan) =>
    plan.data.milestones.map((milestone) => ({
      url: routes.milestone(plan.id, milestone.id),
      content: [milestone.name, milestone.description, `Done when: ${milestone.done.join('; ')}.`, `If missed: ${milestone.ifMissed}`].join('\n'),
      meta: { title: milestone.name, crumbs: `${plan.data.title} › Day ${milestone.dueDay}`, type: RESULT_TYPES.milestone },
      filters: { type: [RESULT_TYPES.milestone], ...segmentFilter([plan.data.segment], lookup) },
    })),
  );
}

/** Every upcoming session (recurring ones expanded for 12 months), sortable by date. */
export function sessionRecords(content: ContentIndex, lookup: ReturnType<typeof facetLookup>, now: Date): SearchRecord[] {
  const segmentsOf = new Map(content.courses.map((course) => [course.id, course.data.segments.map((s) => s.segment)]));
  return upcomingSessions(content.courses, now, 365).map((session) => ({
    url: routes.session(session.courseId, session.id),
    content: [`${session.courseTitle}: ${session.format} session on ${when(session.start, session.timezone)}.`, session.host ? `With ${session.host}.` : '', 'Live training session, register to join.'].join(' '),
    meta: { title: `${session.courseTitle}, ${when(session.start, session.timezone)}`, crumbs: `Training › ${session.courseTitle}`, type: RESULT_TYPES.session },
    filters: { type: [RESULT_TYPES.session], ...segmentFilter(segmentsOf.get(session.courseId) ?? [], lookup) },
    sort: { date: session.start.toISOString() },
  }));
}
