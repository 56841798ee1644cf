// IANA time-zone arithmetic on top of Intl, so the CLI, the build and the browser share it.

const known = new Map<string, boolean>();

export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name.length === 0) return false;
  let ok = known.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      ok = name.includes('/') || name === 'UTC';
    } catch {
      ok = false;
    }
    known.set(name, ok);
  }
  return ok;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC that `zone` observes at `instant` (Europe/Berlin in July: 120). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, format);
  }
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** The offset written in an ISO 8601 string, in minutes east of UTC. */
export function writtenOffsetMinutes(iso: string): number {
  const match = /(Z|([+-])(\d{2}):(\d{2}))$/.exec(iso);
  if (!match || match[1] === 'Z') return 0;
  const minutes = Number(match[3]) * 60 + Number(match[4]);
  return match[2] === '-' ? -minutes : minutes;
}

export function offsetMatchesZone(iso: string, zone: string): boolean {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return false;
  return zoneOffsetMinutes(instant, zone) === writtenOffsetMinutes(iso);
}

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

/**
 * The instant at which clocks in `zone` show `wall`. In a spring-forward gap the
 * time is moved forward by the gap, as calendar applications do.
 */
export function instantOfWallTime(wall: WallTime, zone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  let guess = asUtc - zoneOffsetMinutes(new Date(asUtc), zone) * 60_000;
  // A second pass settles the offset when the first guess fell across a transition.
  guess = asUtc - zoneOffsetMinutes(new Date(guess), zone) * 60_000;
  return new Date(guess);
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** What clocks in `zone` show at `instant`. */
export function wallTimeOf(instant: Date, zone: string): WallTime {
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    wallFormats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}
