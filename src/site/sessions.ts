// Upcoming sessions of all courses, computed once per build (see content/now.ts for "now").
import { entriesOf } from './collections.ts';
import { buildNow } from '../content/now.ts';
import { upcomingSessions, type UpcomingSession } from '../lib/sessions.ts';

export { buildNow };

let cached: Promise<UpcomingSession[]> | undefined;

export function allUpcomingSessions(): Promise<UpcomingSession[]> {
  cached ??= entriesOf('courses').then((courses) => upcomingSessions(courses, buildNow, 365));
  return cached;
}

let byCourse: Promise<Map<string, UpcomingSession[]>> | undefined;

/** Upcoming sessions of one course, from a map built once (course pages never scan all sessions). */
export async function upcomingSessionsOf(courseId: string): Promise<UpcomingSession[]> {
  byCourse ??= allUpcomingSessions().then((sessions) => {
    const map = new Map<string, UpcomingSession[]>();
    for (const session of sessions) map.set(session.courseId, [...(map.get(session.courseId) ?? []), session]);
    return map;
  });
  return (await byCourse).get(courseId) ?? [];
}

/** "Thu 3 Dec 2026, 17:00 Paris (UTC+1)" in the session's own time zone (src/lib/time-format.ts). */
export { formatSessionTime as formatInZone } from '../lib/time-format.ts';

export { FORMAT_LABELS, LEVEL_LABELS } from '../lib/course-labels.ts';
