// Milestone due dates: "day N after kickoff" as calendar dates. Dates are plain YYYY-MM-DD and
// the arithmetic is done on UTC calendar days, never through local midnight, so daylight-saving
// changes and the reader's time zone cannot shift a date.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a valid YYYY-MM-DD date, or undefined. */
export function parseIsoDate(value: string): number | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return time / DAY_MS;
}

export function formatIsoDate(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/** The date `dueDay` days after `kickoff` (day 0 is the kickoff itself). */
export function dueDate(kickoff: string, dueDay: number): string {
  const start = parseIsoDate(kickoff);
  if (start === undefined) throw new RangeError(`"${kickoff}" is not a date (YYYY-MM-DD)`);
  return formatIsoDate(start + dueDay);
}

const longDates = new Map<string, Intl.DateTimeFormat>();

/** "Friday, 15 January 2027" in the reader's language, without any time-zone shift. */
export function formatLongDate(iso: string, locale = 'en-GB'): string {
  const day = parseIsoDate(iso);
  if (day === undefined) return iso;
  // A formatter costs far more to make than to use: one per locale (thousands of dates per build).
  let format = longDates.get(locale);
  if (!format) longDates.set(locale, (format = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(new Date(day * DAY_MS));
}

/** Today's date where the reader is, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const year = now.getFullYear();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
