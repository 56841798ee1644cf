// Upcoming sessions in date order among the results: the places sessions earned by relevance are
// filled with the matching sessions nearest first, so next week's webinar never sits below one
// next August. Everything else keeps its rank.

export function sessionsInDateOrder<T extends { id: string }>(ranked: readonly T[], sessionsByDate: readonly T[]): T[] {
  const sessions = new Set(sessionsByDate.map((result) => result.id));
  if (sessions.size < 2) return [...ranked];
  const queue = sessionsByDate.filter((result) => ranked.some((other) => other.id === result.id));
  return ranked.map((result) => (sessions.has(result.id) ? (queue.shift() ?? result) : result));
}
