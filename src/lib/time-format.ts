// Session times, written one way everywhere: "Thu 3 Dec 2026, 17:00 Paris (UTC+1)". The build
// uses it for the session's own zone and the browser for the reader's, so the two lines on a card
// read alike: same order, 24-hour clock, a place and an offset instead of "CET" beside "GMT-5".

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** "Europe/Paris" → "Paris", "America/Argentina/Buenos_Aires" → "Buenos Aires"; UTC has no place. */
export function placeOf(timeZone: string): string {
  if (/^(Etc\/)?(UTC|GMT|Zulu|UCT|Universal)$/i.test(timeZone)) return '';
  return timeZone.split('/').at(-1)!.replace(/_/g, ' ');
}

/** "GMT+01:00" → "UTC+1", "GMT+05:30" → "UTC+5:30", "GMT" → "UTC". */
function offsetLabel(gmt: string): string {
  const match = /^GMT([+-−])(\d{2}):(\d{2})$/.exec(gmt);
  if (!match || (match[2] === '00' && match[3] === '00')) return 'UTC';
  const hours = String(Number(match[2]));
  return `UTC${match[1] === '+' ? '+' : '−'}${hours}${match[3] === '00' ? '' : `:${match[3]}`}`;
}

export interface TimeParts {
  /** "Thu 3 Dec 2026" */
  date: string;
  /** "17:00" */
  time: string;
  /** "Paris (UTC+1)", or "UTC" */
  zone: string;
}

export function timeParts(date: Date, timeZone: string): TimeParts {
  const parts = Object.fromEntries(formatFor(timeZone).formatToParts(date).map((part) => [part.type, part.value]));
  const place = placeOf(timeZone);
  const offset = offsetLabel(parts.timeZoneName ?? 'GMT');
  return {
    date: `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`,
    time: `${parts.hour}:${parts.minute}`,
    zone: place ? `${place} (${offset})` : offset,
  };
}

/** "Thu 3 Dec 2026, 17:00 Paris (UTC+1)" */
export function formatSessionTime(date: Date, timeZone: string): string {
  const { date: day, time, zone } = timeParts(date, timeZone);
  return `${day}, ${time} ${zone}`;
}

const calendarDates = new Map<string, Intl.DateTimeFormat>();

/** "28 October 2026" (long) or "28 Oct 2026" (short): a day as pages write it, made once per build. */
export function formatCalendarDate(date: Date, month: 'long' | 'short' = 'long'): string {
  let format = calendarDates.get(month);
  if (!format) calendarDates.set(month, (format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' })));
  return format.format(date);
}
