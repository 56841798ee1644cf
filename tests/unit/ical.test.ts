// .ics output parsed back: the right dates, UIDs, folding and escaping.
import { describe, expect, it } from 'vitest';
import { calendar, escapeText, foldLine, milestoneEvents } from '../../src/lib/ical.ts';

/** Unfolds and splits an .ics file into VEVENT property maps. */
function parseEvents(ics: string): Record<string, string>[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') events.push(current!), (current = undefined);
    else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return events;
}

const plan = {
  id: 'smb',
  title: 'Small business onboarding',
  milestones: [
    { id: 'tracking-live', name: 'Tracking is live', dueDay: 7, done: ['Snippet installed'] },
    { id: 'first-dashboard', name: 'First team dashboard', dueDay: 14, done: ['Three charts', 'Shared with 3 people'] },
    { id: 'weekly-habit', name: 'A weekly habit', dueDay: 30, done: ['Five weekly viewers'] },
  ],
};

describe('calendar with milestone events', () => {
  const ics = calendar({ name: 'Brightline, onboarding', events: milestoneEvents(plan, '2027-03-01', { pageUrl: 'https://academy.example/plans/smb/' }), stamp: new Date('2026-11-24T10:00:00Z') });
  const events = parseEvents(ics);

  it('has one all-day event per milestone on its due date, ending the next day', () => {
    expect(events.map((e) => [e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE']])).toEqual([
      ['20270308', '20270309'],
      ['20270315', '20270316'],
      ['20270331', '20270401'],
    ]);
  });
  it('gives every event a stable UID and a DTSTAMP in UTC', () => {
    expect(events.map((e) => e.UID)).toEqual(['smb.tracking-live@milepost', 'smb.first-dashboard@milepost', 'smb.weekly-habit@milepost']);
    for (const e of events) expect(e.DTSTAMP).toBe('20261124T100000Z');
  });
  it('has the calendar header and escaped text', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics).toContain('X-WR-CALNAME:Brightline\\, onboarding');
    expect(events[1]!.DESCRIPTION).toBe('Day 14 after kickoff. Done when:\\n• Three charts\\n• Shared with 3 people');
    expect(events[0]!.URL).toBe('https://academy.example/plans/smb/#milestone-tracking-live');
  });
});

describe('foldLine', () => {
  it('keeps every line within 75 octets and never splits a character', () => {
    const line = `SUMMARY:${'Réunion d’équipe 👩‍💻 '.repeat(12)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('timed events', () => {
  it('writes UTC start and end times', () => {
    const ics = calendar({ name: 'Training', events: [{ uid: 'x@y', summary: 'Admin bootcamp', start: new Date('2027-01-13T14:00:00+08:00'), end: new Date('2027-01-13T15:30:00+08:00') }] });
    const [event] = parseEvents(ics);
    expect([event!.DTSTART, event!.DTEND]).toEqual(['20270113T060000Z', '20270113T073000Z']);
  });
});
