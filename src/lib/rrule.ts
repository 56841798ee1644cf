// RFC 5545 recurrence rules: parsing (for validation). Expansion lands with the portal.

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
