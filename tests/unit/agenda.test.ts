// The training agenda: sessions grouped by the week they fall in, in their own time zone.
import { describe, expect, it } from 'vitest';
import { groupByWeek } from '../../src/lib/agenda.ts';

const session = (iso: string, timezone: string) => ({ start: new Date(iso), timezone });

describe('groupByWeek', () => {
  it('groups sessions Monday to Sunday, in order', () => {
    const weeks = groupByWeek([session('2026-12-03T16:00:00Z', 'Europe/Paris'), session('2026-12-07T09:00:00Z', 'Europe/Paris'), session('2026-12-06T10:00:00Z', 'Europe/Paris')]);
    expect(weeks.map((week) => [week.monday, week.label, week.sessions.length])).toEqual([
      ['2026-11-30', 'Week of 30 Nov 2026', 2],
      ['2026-12-07', 'Week of 7 Dec 2026', 1],
    ]);
  });
  it('puts a session on its local date: Sunday evening in Los Angeles is Monday in UTC', () => {
    const [week] = groupByWeek([session('2026-12-07T03:00:00Z', 'America/Los_Angeles')]);
    expect(week!.monday).toBe('2026-11-30');
  });
  it('crosses a year end', () => {
    const [week] = groupByWeek([session('2027-01-01T10:00:00Z', 'Europe/London')]);
    expect(week!.label).toBe('Week of 28 Dec 2026');
  });
});
