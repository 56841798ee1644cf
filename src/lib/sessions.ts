// Upcoming live sessions across courses: dated sessions and recurring schedules expanded, in
// start order, each with a stable id for its anchor, its .ics file and its calendar UID.
import type { CalendarEvent } from './ical.ts';
import { expandSchedule } from './rrule.ts';
import { wallTimeOf } from './time-zones.ts';

export interface CourseForSessions {
  id: string;
  data: {
    title: string;
    format: string;
    sessions: readonly { id?: string | undefined; start: string; timezone: string; minutes: number; registerUrl: string; host?: string | undefined }[];
    schedule?: { rrule: string; start: string; timezone: string; minutes: number; registerUrl: string; host?: string | undefined } | undefined;
  };
}

export interface UpcomingSession {
  courseId: string;
  courseTitle: string;
  format: string;
  /** Stable id: the session's own id, or its local start as YYYYMMDD-HHMM. */
  id: string;
  start: Date;
  end: Date;
  timezone: string;
  registerUrl: string;
  host?: string;
  recurring: boolean;
}

/** "2027-01-12 16:00 in Berlin" → "20270112-1600": the same id wherever and whenever it is built. */
export function sessionId(start: Date, timezone: string): string {
  const wall = wallTimeOf(start, timezone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${wall.year}${pad(wall.month)}${pad(wall.day)}-${pad(wall.hour)}${pad(wall.minute)}`;
}

export function upcomingSessions(courses: readonly CourseForSessions[], now: Date, horizonDays = 365): UpcomingSession[] {
  const until = new Date(now.getTime() + horizonDays * 86_400_000);
  const found: UpcomingSession[] = [];
  for (const course of courses) {
    const base = { courseId: course.id, courseTitle: course.data.title, format: course.data.format };
    for (const session of course.data.sessions) {
      const start = new Date(session.start);
      const end = new Date(start.getTime() + session.minutes * 60_000);
      if (end <= now || start > until) continue;
      found.push({
        ...base,
        id: session.id ?? sessionId(start, session.timezone),
        start,
        end,
        timezone: session.timezone,
        registerUrl: session.registerUrl,
        ...(session.host ? { host: session.host } : {}),
        recurring: false,
      });
    }
    const schedule = course.data.schedule;
    if (schedule) {
      for (const occurrence of expandSchedule(schedule, new Date(now.getTime() - schedule.minutes * 60_000), until)) {
        if (occurrence.end <= now) continue;
        found.push({
          ...base,
          id: sessionId(occurrence.start, schedule.timezone),
          ...occurrence,
          timezone: schedule.timezone,
          registerUrl: schedule.registerUrl,
          ...(schedule.host ? { host: schedule.host } : {}),
          recurring: true,
        });
      }
    }
  }
  return found.sort((a, b) => a.start.getTime() - b.start.getTime() || a.courseTitle.localeCompare(b.courseTitle));
}

export function sessionEvents(sessions: readonly UpcomingSession[], { siteUrl, host = 'milepost' }: { siteUrl?: string; host?: string } = {}): CalendarEvent[] {
  return sessions.map((session) => ({
    uid: `${session.courseId}.${session.id}@${host}`,
    summary: session.courseTitle,
    description: [`${session.format} session${session.host ? ` with ${session.host}` : ''}.`, `Register: ${session.registerUrl}`].join('\n'),
    start: session.start,
    end: session.end,
    location: session.registerUrl,
    url: siteUrl ? `${siteUrl.replace(/\/$/, '')}/training/${session.courseId}/#session-${session.id}` : session.registerUrl,
  }));
}
