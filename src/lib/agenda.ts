// Upcoming sessions as an agenda: grouped by the week (Monday to Sunday) they fall in, each on
// its local date in its own time zone, so a Friday-evening session in Los Angeles is on Friday.
import { wallTimeOf } from './time-zones.ts';

export interface AgendaWeek<T> {
  /** Monday of the week, YYYY-MM-DD. */
  monday: string;
  /** "Week of 30 Nov 2026" */
  label: string;
  sessions: T[];
}

const DAY_MS = 86_400_000;
const label = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function mondayOf(start: Date, timezone: string): Date {
  const wall = wallTimeOf(start, timezone);
  const local = Date.UTC(wall.year, wall.month - 1, wall.day);
  const weekday = (new Date(local).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(local - weekday * DAY_MS);
}

export function groupByWeek<T extends { start: Date; timezone: string }>(sessions: readonly T[]): AgendaWeek<T>[] {
  const weeks = new Map<string, AgendaWeek<T>>();
  for (const session of sessions) {
    const monday = mondayOf(session.start, session.timezone);
    const key = monday.toISOString().slice(0, 10);
    let week = weeks.get(key);
    if (!week) weeks.set(key, (week = { monday: key, label: `Week of ${label.format(monday)}`, sessions: [] }));
    week.sessions.push(session);
  }
  return [...weeks.values()].sort((a, b) => a.monday.localeCompare(b.monday));
}
