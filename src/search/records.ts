// Search records that are not pages of their own: milestones (inside plan pages), upcoming
// sessions (inside course pages) and certification levels become results of their own type,
// linking to their anchors.
import type { ContentIndex } from '../content/content-index.ts';
import { routes } from '../lib/routes.ts';
import { upcomingSessions } from '../lib/sessions.ts';
import { formatSessionTime as when } from '../lib/time-format.ts';
import { FORMAT_LABELS } from '../lib/course-labels.ts';
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
      // Name and description find the milestone; the plan page it links to holds the rest.
      content: [milestone.name, milestone.description, `Done when: ${milestone.done.join('; ')}.`].join('\n'),
      meta: { title: milestone.name, crumbs: `${plan.data.title} › Day ${milestone.dueDay}`, type: RESULT_TYPES.milestone },
      filters: { type: [RESULT_TYPES.milestone], ...segmentFilter([plan.data.segment], lookup) },
    })),
  );
}

/**
 * The next sessions of each course, sortable by date. A course page and the calendar list every
 * later one; as search results they would only crowd out the next dates.
 */
export const SESSIONS_PER_COURSE = 6;

export function sessionRecords(content: ContentIndex, lookup: ReturnType<typeof facetLookup>, now: Date): SearchRecord[] {
  const segmentsOf = new Map(content.courses.map((course) => [course.id, course.data.segments.map((s) => s.segment)]));
  const perCourse = new Map<string, number>();
  const next = upcomingSessions(content.courses, now, 365).filter((session) => {
    const count = (perCourse.get(session.courseId) ?? 0) + 1;
    perCourse.set(session.courseId, count);
    return count <= SESSIONS_PER_COURSE;
  });
  return next.map((session) => ({
    url: routes.session(session.courseId, session.id),
    content: [`${session.courseTitle}: ${FORMAT_LABELS[session.format] ?? session.format}, ${when(session.start, session.timezone)}.`, session.host ? `With ${session.host}.` : ''].join(' '),
    meta: { title: `${session.courseTitle}, ${when(session.start, session.timezone)}`, crumbs: `Training › ${session.courseTitle}`, type: RESULT_TYPES.session },
    filters: { type: [RESULT_TYPES.session], ...segmentFilter(segmentsOf.get(session.courseId) ?? [], lookup) },
    sort: { date: session.start.toISOString() },
  }));
}

/** Each certification level, found by its name, its number ("level 2") and what it asks. */
export function levelRecords(content: ContentIndex): SearchRecord[] {
  return content.certifications.flatMap((program) =>
    program.data.levels.map((level, index) => ({
      url: routes.level(program.id, level.id),
      content: [`${level.name}: level ${index + 1} of ${program.data.levels.length} of the ${program.data.title} certification.`, level.summary].join('\n'),
      meta: { title: `${level.name} (level ${index + 1})`, crumbs: `Certification › ${program.data.title}`, type: RESULT_TYPES.level },
      filters: { type: [RESULT_TYPES.level], level: [level.name] },
    })),
  );
}
