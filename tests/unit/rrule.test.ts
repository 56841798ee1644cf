import { describe, expect, it } from 'vitest';
import { expandSchedule, parseRRule, RRuleError } from '../../src/lib/rrule.ts';

const iso = (dates: { start: Date }[]) => dates.map((d) => d.start.toISOString());
const year = [new Date('2026-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z')] as const;

describe('parseRRule', () => {
  it('reads the parts of a rule', () => {
    expect(parseRRule('FREQ=WEEKLY;BYDAY=TH;INTERVAL=2')).toMatchObject({ freq: 'WEEKLY', interval: 2, byDay: ['TH'] });
  });
  it('says what is wrong with an invalid rule', () => {
    expect(() => parseRRule('FREQ=FORTNIGHTLY')).toThrow(/FREQ=FORTNIGHTLY is not supported/);
    expect(() => parseRRule('BYDAY=TH')).toThrow(RRuleError);
    expect(() => parseRRule('FREQ=WEEKLY;BYDAY=THURSDAY')).toThrow(/BYDAY/);
    expect(() => parseRRule('FREQ=WEEKLY;COUNT=3;UNTIL=20270101')).toThrow(/COUNT or UNTIL/);
  });
});

describe('expandSchedule', () => {
  it('keeps the local time across a daylight-saving change (New York, March 2027)', () => {
    const weekly = { rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=3', start: '2027-03-04T11:00:00-05:00', timezone: 'America/New_York', minutes: 60 };
    expect(iso(expandSchedule(weekly, ...year))).toEqual(['2027-03-04T16:00:00.000Z', '2027-03-11T16:00:00.000Z', '2027-03-18T15:00:00.000Z']);
  });
  it('repeats every other week with INTERVAL=2, from the first occurrence', () => {
    const schedule = { rrule: 'FREQ=WEEKLY;BYDAY=TH;INTERVAL=2;COUNT=4', start: '2026-12-03T17:00:00+01:00', timezone: 'Europe/Berlin', minutes: 45 };
    expect(iso(expandSchedule(schedule, ...year))).toEqual(['2026-12-03T16:00:00.000Z', '2026-12-17T16:00:00.000Z', '2026-12-31T16:00:00.000Z', '2027-01-14T16:00:00.000Z']);
  });
  it('skips months without the 31st', () => {
    const schedule = { rrule: 'FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4', start: '2027-01-31T09:00:00+00:00', timezone: 'UTC', minutes: 30 };
    expect(iso(expandSchedule(schedule, ...year)).map((d) => d.slice(0, 10))).toEqual(['2027-01-31', '2027-03-31', '2027-05-31', '2027-07-31']);
  });
  it('finds the last Friday of each month', () => {
    const schedule = { rrule: 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=3', start: '2027-01-29T10:00:00+00:00', timezone: 'Europe/London', minutes: 30 };
    expect(iso(expandSchedule(schedule, ...year)).map((d) => d.slice(0, 10))).toEqual(['2027-01-29', '2027-02-26', '2027-03-26']);
  });
  it('stops at UNTIL and returns only occurrences inside the window', () => {
    const schedule = { rrule: 'FREQ=DAILY;UNTIL=20270105', start: '2027-01-01T08:00:00+00:00', timezone: 'UTC', minutes: 15 };
    expect(expandSchedule(schedule, ...year)).toHaveLength(5);
    expect(expandSchedule(schedule, new Date('2027-01-03T00:00:00Z'), new Date('2027-01-04T23:00:00Z'))).toHaveLength(2);
  });
  it('gives each occurrence its end from the length in minutes', () => {
    const [first] = expandSchedule({ rrule: 'FREQ=WEEKLY;COUNT=1', start: '2027-02-01T10:00:00+01:00', timezone: 'Europe/Berlin', minutes: 45 }, ...year);
    expect(first!.end.getTime() - first!.start.getTime()).toBe(45 * 60_000);
  });
});
