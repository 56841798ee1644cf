// Session rules of a course: a live course needs dated sessions or a schedule, and each start's
// UTC offset must be its time zone's offset on that date.
import { isTimeZone, offsetMatchesZone } from '../../lib/time-zones.ts';
import { ISO_WITH_OFFSET } from '../../schemas/course.ts';
import type { PathSegment } from '../yaml-source.ts';
import { asList, asMap, type Raw, type RuleContext } from './rule-context.ts';

function checkOffset(session: unknown, path: readonly PathSegment[], context: RuleContext): void {
  const { start, timezone } = asMap(session) ?? {};
  if (typeof start !== 'string' || typeof timezone !== 'string') return;
  if (ISO_WITH_OFFSET.test(start) && isTimeZone(timezone) && !offsetMatchesZone(start, timezone)) {
    context.report([...path, 'start'], 'session-timezone', `The UTC offset in "${start}" is not the offset of ${timezone} on that date`, {
      hint: 'Check the offset (daylight saving time?) or the time zone.',
    });
  }
}

export function checkSessions(course: Raw, context: RuleContext): void {
  const sessions = asList(course.sessions);
  sessions.forEach((session, index) => checkOffset(session, ['sessions', index], context));
  if (course.schedule !== undefined) checkOffset(course.schedule, ['schedule'], context);
  // Self-paced courses need no sessions; one-on-one ones are booked with the CSM.
  const live = course.format === 'group' || course.format === 'webinar';
  if (live && sessions.length === 0 && course.schedule === undefined) {
    context.report(['sessions'], 'sessions-missing', `A ${String(course.format)} course needs dated sessions or a recurring schedule`, {
      hint: 'Add a sessions list or a schedule with an rrule.',
    });
  }
}
