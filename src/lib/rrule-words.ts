// A recurrence rule in words for customers: "Every 2 weeks on Thursday at 17:00 (Europe/Berlin)".
import { parseRRule } from './rrule.ts';
import { wallTimeOf } from './time-zones.ts';

const DAYS: Record<string, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };
const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' };
const UNITS = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' } as const;

export function describeRRule(rrule: string, start: string, timezone: string): string {
  const rule = parseRRule(rrule);
  const unit = UNITS[rule.freq];
  const every = rule.interval === 1 ? `Every ${unit}` : `Every ${rule.interval} ${unit}s`;
  const days = rule.byDay.map((spec) => {
    const match = /^([+-]?\d{1,2})?(\w\w)$/.exec(spec)!;
    return match[1] ? `the ${ORDINALS[String(Number(match[1]))] ?? `${match[1]}th`} ${DAYS[match[2]!]}` : DAYS[match[2]!];
  });
  const wall = wallTimeOf(new Date(start), timezone);
  const time = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
  return `${every}${days.length > 0 ? ` on ${days.join(' and ')}` : ''} at ${time} (${timezone.replace(/_/g, ' ')})`;
}
