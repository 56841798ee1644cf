// iCalendar (RFC 5545) files: milestone due dates as all-day events, sessions as timed events in
// UTC. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
import { dueDate, formatIsoDate, parseIsoDate } from './due-dates.ts';

export interface CalendarEvent {
  /** Stable across exports, so importing the file again updates events instead of duplicating them. */
  uid: string;
  summary: string;
  description?: string;
  url?: string;
  location?: string;
  /** An all-day event on this date (YYYY-MM-DD)… */
  date?: string;
  /** …or a timed event. */
  start?: Date;
  end?: Date;
}

/** TEXT value escaping: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTF-8 octets of one character, without encoding it (a TextEncoder per character was a hot spot). */
const octetsOf = (character: string): number => {
  const code = character.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** Splits a content line into 75-octet pieces; continuation lines start with a space. */
export function foldLine(line: string): string {
  if (line.length <= 75 && !/[^\x00-\x7f]/.test(line)) return line;
  let total = 0;
  for (const character of line) total += octetsOf(character);
  if (total <= 75) return line;
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = octetsOf(character);
    const limit = pieces.length === 0 ? 75 : 74; // continuation lines lose one octet to the space
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const utcStamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const dateValue = (iso: string) => iso.replace(/-/g, '');

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${utcStamp(stamp)}`];
  if (event.date) {
    const day = parseIsoDate(event.date);
    if (day === undefined) throw new RangeError(`"${event.date}" is not a date`);
    lines.push(`DTSTART;VALUE=DATE:${dateValue(event.date)}`, `DTEND;VALUE=DATE:${dateValue(formatIsoDate(day + 1))}`);
  } else if (event.start && event.end) {
    lines.push(`DTSTART:${utcStamp(event.start)}`, `DTEND:${utcStamp(event.end)}`);
  } else throw new Error(`Event ${event.uid} needs a date or a start and end`);
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

export function calendar({ name, events, stamp = new Date() }: { name: string; events: readonly CalendarEvent[]; stamp?: Date }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Milepost//Customer Academy//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export interface PlanForCalendar {
  id: string;
  title: string;
  milestones: readonly { id: string; name: string; dueDay: number; done: readonly string[] }[];
}

/** One all-day event per milestone, dated from the kickoff. */
export function milestoneEvents(plan: PlanForCalendar, kickoff: string, { pageUrl, host = 'milepost' }: { pageUrl?: string; host?: string } = {}): CalendarEvent[] {
  return plan.milestones.map((milestone) => ({
    uid: `${plan.id}.${milestone.id}@${host}`,
    summary: `${milestone.name} (${plan.title})`,
    description: `Day ${milestone.dueDay} after kickoff. Done when:\n${milestone.done.map((item) => `• ${item}`).join('\n')}`,
    date: dueDate(kickoff, milestone.dueDay),
    ...(pageUrl ? { url: `${pageUrl}#milestone-${milestone.id}` } : {}),
  }));
}
