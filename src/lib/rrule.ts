// RFC 5545 recurrence rules: parsing (the validator's invalid-rrule rule) and expansion into
// dated occurrences (course pages and the training calendar).
import { instantOfWallTime, wallTimeOf } from './time-zones.ts';

export class RRuleError extends Error {}

export interface RRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  count?: number;
  until?: Date;
  byDay: string[];
  byMonthDay: number[];
  byMonth: number[];
  bySetPos: number[];
}

const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
const WEEKDAY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

function integers(name: string, value: string, min: number, max: number, allowNegative: boolean): number[] {
  return value.split(',').map((part) => {
    const n = Number(part);
    if (!Number.isInteger(n) || Math.abs(n) < min || Math.abs(n) > max || (!allowNegative && n < 0)) {
      throw new RRuleError(`${name}=${value} is not valid: each value must be a whole number from ${min} to ${max}`);
    }
    return n;
  });
}

export function parseRRule(source: string): RRule {
  const text = source.trim().replace(/^RRULE:/i, '');
  if (!text) throw new RRuleError('The recurrence rule is empty; write one like FREQ=WEEKLY;BYDAY=TU');
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const [name, value, ...rest] = part.split('=');
    if (!name || value === undefined || rest.length > 0 || value === '') {
      throw new RRuleError(`"${part}" is not a NAME=VALUE pair; rules look like FREQ=WEEKLY;BYDAY=TU`);
    }
    const key = name.toUpperCase();
    if (parts.has(key)) throw new RRuleError(`${key} appears twice in the rule`);
    parts.set(key, value.toUpperCase());
  }
  const rule: RRule = { freq: 'WEEKLY', interval: 1, byDay: [], byMonthDay: [], byMonth: [], bySetPos: [] };
  const freq = parts.get('FREQ');
  if (!freq) throw new RRuleError('The rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY)');
  if (!(FREQS as readonly string[]).includes(freq)) throw new RRuleError(`FREQ=${freq} is not supported; use DAILY, WEEKLY, MONTHLY or YEARLY`);
  rule.freq = freq as RRule['freq'];
  for (const [key, value] of parts) {
    switch (key) {
      case 'FREQ':
        break;
      case 'INTERVAL':
        rule.interval = integers(key, value, 1, 366, false)[0]!;
        break;
      case 'COUNT':
        rule.count = integers(key, value, 1, 1000, false)[0]!;
        break;
      case 'UNTIL': {
        const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
        if (!m) throw new RRuleError(`UNTIL=${value} is not a date; write it as 20271231 or 20271231T235959Z`);
        rule.until = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 23), +(m[5] ?? 59), +(m[6] ?? 59)));
        break;
      }
      case 'BYDAY':
        rule.byDay = value.split(',').map((day) => {
          if (!WEEKDAY.test(day)) throw new RRuleError(`BYDAY=${value} is not valid; use MO, TU, WE, TH, FR, SA, SU, optionally with a position like 2TU or -1FR`);
          return day;
        });
        break;
      case 'BYMONTHDAY':
        rule.byMonthDay = integers(key, value, 1, 31, true);
        break;
      case 'BYMONTH':
        rule.byMonth = integers(key, value, 1, 12, false);
        break;
      case 'BYSETPOS':
        rule.bySetPos = integers(key, value, 1, 366, true);
        break;
      case 'WKST':
        if (!/^(MO|TU|WE|TH|FR|SA|SU)$/.test(value)) throw new RRuleError(`WKST=${value} is not a weekday`);
        break;
      default:
        throw new RRuleError(`${key} is not supported in Milepost schedules; use FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH or BYSETPOS`);
    }
  }
  if (rule.count !== undefined && rule.until) throw new RRuleError('Use COUNT or UNTIL, not both (RFC 5545)');
  return rule;
}

// ---------------------------------------------------------------------------------------------
// Expansion: the occurrences of a schedule, keeping the first occurrence's local wall time in its
// IANA zone, so "Thursdays at 17:00 Berlin" stays 17:00 in Berlin across daylight-saving changes.


const DAY_MS = 86_400_000;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const MAX_PERIODS = 10_000;

interface CalendarDay {
  year: number;
  month: number; // 1-12
  day: number;
}

const epochDay = (d: CalendarDay) => Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
const fromEpochDay = (n: number): CalendarDay => {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};
/** Monday = 0 … Sunday = 6. */
const weekdayOf = (n: number) => (new Date(n * DAY_MS).getUTCDay() + 6) % 7;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Days of one month selected by BYMONTHDAY / BYDAY (with ordinals) / BYSETPOS, as epoch days. */
function daysInMonthFor(rule: RRule, year: number, month: number, defaultDay: number): number[] {
  const length = daysInMonth(year, month);
  const first = epochDay({ year, month, day: 1 });
  let days: number[] = [];
  if (rule.byMonthDay.length > 0) {
    days = rule.byMonthDay.map((d) => (d > 0 ? d : length + d + 1)).filter((d) => d >= 1 && d <= length).map((d) => first + d - 1);
  } else if (rule.byDay.length > 0) {
    for (const spec of rule.byDay) {
      const [, ordinal, code] = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(spec)!;
      const weekday = WEEKDAYS.indexOf(code!);
      const matching: number[] = [];
      for (let d = 0; d < length; d++) if (weekdayOf(first + d) === weekday) matching.push(first + d);
      if (!ordinal) days.push(...matching);
      else {
        const n = Number(ordinal);
        const pick = n > 0 ? matching[n - 1] : matching[matching.length + n];
        if (pick !== undefined) days.push(pick);
      }
    }
  } else if (defaultDay <= length) days = [first + defaultDay - 1];
  days = [...new Set(days)].sort((a, b) => a - b);
  if (rule.bySetPos.length > 0) {
    days = rule.bySetPos.map((pos) => (pos > 0 ? days[pos - 1] : days[days.length + pos])).filter((d): d is number => d !== undefined).sort((a, b) => a - b);
  }
  return days;
}

/** Candidate days of the period that starts `index` intervals after the first one. */
function periodDays(rule: RRule, start: number, index: number): number[] {
  const first = fromEpochDay(start);
  const step = index * rule.interval;
  switch (rule.freq) {
    case 'DAILY':
      return [start + step];
    case 'WEEKLY': {
      const monday = start - weekdayOf(start) + step * 7;
      const weekdays = rule.byDay.length > 0 ? rule.byDay.map((spec) => WEEKDAYS.indexOf(spec.slice(-2))) : [weekdayOf(start)];
      return [...new Set(weekdays)].sort((a, b) => a - b).map((weekday) => monday + weekday);
    }
    case 'MONTHLY': {
      const months = first.month - 1 + step;
      return daysInMonthFor(rule, first.year + Math.floor(months / 12), (months % 12) + 1, first.day);
    }
    case 'YEARLY': {
      const year = first.year + step;
      const months = rule.byMonth.length > 0 ? [...rule.byMonth].sort((a, b) => a - b) : [first.month];
      return months.flatMap((month) => daysInMonthFor(rule, year, month, first.day));
    }
  }
}

export interface Occurrence {
  start: Date;
  end: Date;
}

export interface RecurringSchedule {
  rrule: string;
  /** First occurrence, ISO 8601 with offset. */
  start: string;
  timezone: string;
  minutes: number;
}

/** Occurrences of `schedule` that start within [from, to]. */
export function expandSchedule(schedule: RecurringSchedule, from: Date, to: Date): Occurrence[] {
  const rule = parseRRule(schedule.rrule);
  const firstInstant = new Date(schedule.start);
  const wall = wallTimeOf(firstInstant, schedule.timezone);
  const startDay = epochDay(wall);
  const occurrences: Occurrence[] = [];
  let counted = 0;
  for (let index = 0; index < MAX_PERIODS; index++) {
    const days = periodDays(rule, startDay, index).filter((day) => day >= startDay);
    for (const day of days) {
      const date = fromEpochDay(day);
      if (rule.byMonth.length > 0 && rule.freq !== 'YEARLY' && !rule.byMonth.includes(date.month)) continue;
      const start = instantOfWallTime({ ...date, hour: wall.hour, minute: wall.minute }, schedule.timezone);
      if (rule.until && start > rule.until) return occurrences;
      if (start > to) return occurrences;
      counted++;
      if (rule.count !== undefined && counted > rule.count) return occurrences;
      if (start >= from) occurrences.push({ start, end: new Date(start.getTime() + schedule.minutes * 60_000) });
    }
  }
  return occurrences;
}
