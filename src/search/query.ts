// Customer questions as search terms: Pagefind matches every word of a query, so the little
// words of a question ("how do I", "when is the next") are dropped before searching.

const STOP_WORDS = new Set(
  'a an and are as at be can could do does did for from how i if in is it its me my of on or our should the their there this to was we what when where which who why will with would you your us next please get find want need able possible way am any some someone'.split(
    ' ',
  ),
);

/** A word as the word lists hold it: lower case, a typographic apostrophe made plain, no trailing punctuation. */
const bare = (word: string) =>
  word
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[?!.,;:]+$/, '');

/** "How do I reset my password?" → "reset password". A query of only small words is kept as it is. */
export function searchTerms(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !STOP_WORDS.has(bare(word)));
  return (kept.length > 0 ? kept : words).join(' ').replace(/[?!]+$/, '');
}

/**
 * Words that say something is wrong rather than what it is about ("webhook not firing", "password
 * reset isn't working"). No article uses them, so a question with them finds nothing; they are
 * the first let go when no page has every word (src/scripts/search/engine.ts).
 */
const SYMPTOM_WORDS = new Set(
  "not no never isn't doesn't don't won't can't cannot couldn't didn't wasn't aren't broken breaks working work works worked failing fails failed fail error errors issue issues problem problems wrong stuck trouble anymore help".split(
    ' ',
  ),
);

/** The words of a query without the ones that only say something is wrong. */
export function withoutSymptoms(words: readonly string[]): string[] {
  return words.filter((word) => !SYMPTOM_WORDS.has(bare(word)));
}

/** Every choice of `size` of the words, in their order ("a b c", 2 → "a b", "a c", "b c"). */
export function choices(words: readonly string[], size: number): string[][] {
  if (size === 0) return [[]];
  if (words.length < size) return [];
  const [first, ...rest] = words as [string, ...string[]];
  return [...choices(rest, size - 1).map((chosen) => [first, ...chosen]), ...choices(rest, size)];
}
