// One way of writing a session time, in the session's zone and in the reader's.
import { describe, expect, it } from 'vitest';
import { formatSessionTime, placeOf } from '../../src/lib/time-format.ts';

describe('formatSessionTime', () => {
  const start = new Date('2026-12-03T16:00:00Z');
  it('writes the day, a 24-hour time, the place and its UTC offset', () => {
    expect(formatSessionTime(start, 'Europe/Paris')).toBe('Thu 3 Dec 2026, 17:00 Paris (UTC+1)');
    expect(formatSessionTime(start, 'America/New_York')).toBe('Thu 3 Dec 2026, 11:00 New York (UTC−5)');
    expect(formatSessionTime(start, 'UTC')).toBe('Thu 3 Dec 2026, 16:00 UTC');
  });
  it('moves to the next day and keeps half-hour offsets', () => {
    expect(formatSessionTime(start, 'Asia/Kolkata')).toBe('Thu 3 Dec 2026, 21:30 Kolkata (UTC+5:30)');
    expect(formatSessionTime(new Date('2026-12-08T16:00:00Z'), 'Asia/Tokyo')).toBe('Wed 9 Dec 2026, 01:00 Tokyo (UTC+9)');
  });
  it('follows daylight saving time', () => {
    expect(formatSessionTime(new Date('2026-07-02T15:00:00Z'), 'Europe/Berlin')).toBe('Thu 2 Jul 2026, 17:00 Berlin (UTC+2)');
  });
});

describe('placeOf', () => {
  it('names the city of a time zone', () => {
    expect(placeOf('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(placeOf('Etc/UTC')).toBe('');
  });
});
