import { afterEach, describe, expect, it, vi } from 'vitest';
import { dueDate, formatLongDate, parseIsoDate } from '../../src/lib/due-dates.ts';

describe('dueDate', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('counts calendar days after the kickoff', () => {
    expect(dueDate('2027-01-04', 0)).toBe('2027-01-04');
    expect(dueDate('2027-01-04', 7)).toBe('2027-01-11');
    expect(dueDate('2027-01-04', 30)).toBe('2027-02-03');
  });
  it('crosses month and year ends', () => {
    expect(dueDate('2026-12-20', 14)).toBe('2027-01-03');
    expect(dueDate('2027-01-31', 1)).toBe('2027-02-01');
    expect(dueDate('2027-01-31', 30)).toBe('2027-03-02');
  });
  it('knows leap years', () => {
    expect(dueDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(dueDate('2027-02-28', 1)).toBe('2027-03-01');
  });
  it('is not shifted by daylight-saving changes, whatever the machine time zone', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Pacific/Chatham']) {
      vi.stubEnv('TZ', zone);
      expect(dueDate('2027-03-13', 1)).toBe('2027-03-14'); // US spring forward
      expect(dueDate('2027-03-27', 2)).toBe('2027-03-29'); // EU spring forward
      expect(dueDate('2027-10-30', 1)).toBe('2027-10-31'); // EU fall back
      expect(dueDate('2027-04-03', 1)).toBe('2027-04-04'); // Sydney fall back
    }
  });
  it('refuses a date that does not exist', () => {
    expect(() => dueDate('2027-02-30', 3)).toThrow(RangeError);
    expect(parseIsoDate('2027-13-01')).toBeUndefined();
    expect(parseIsoDate('yesterday')).toBeUndefined();
  });
});

describe('formatLongDate', () => {
  it('writes the date out for people', () => {
    expect(formatLongDate('2027-01-15')).toBe('Friday, 15 January 2027');
    expect(formatLongDate('2027-01-15', 'en-US')).toBe('Friday, January 15, 2027');
  });
});
