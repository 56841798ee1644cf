// Video times written as "m:ss" or "h:mm:ss": seconds, ISO 8601 durations and short labels.

export function clockToSeconds(clock: string): number {
  return clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** "4:05" → "PT4M5S", for schema.org VideoObject. */
export function isoDuration(clock: string): string {
  const total = clockToSeconds(clock);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || total === 0 ? `${seconds}S` : ''}`;
}

/** "9:48" → "10 min", "1:02:10" → "1 h 2 min". */
export function durationLabel(clock: string): string {
  const minutes = Math.round(clockToSeconds(clock) / 60);
  if (minutes < 60) return `${Math.max(1, minutes)} min`;
  return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
}
