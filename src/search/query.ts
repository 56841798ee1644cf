// Customer questions as search terms: Pagefind matches every word of a query, so the little
// words of a question ("how do I", "when is the next") are dropped before searching.

const STOP_WORDS = new Set(
  'a an and are as at be can could do does did for from how i if in is it its me my of on or our should the their there this to was we what when where which who why will with would you your us next please'.split(' '),
);

/** "How do I reset my password?" → "reset password". A query of only small words is kept as it is. */
export function searchTerms(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !STOP_WORDS.has(word.toLowerCase().replace(/[?!.,;:]+$/, '')));
  return (kept.length > 0 ? kept : words).join(' ').replace(/[?!]+$/, '');
}
