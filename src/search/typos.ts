// Typo tolerance: a query word that the index does not know is replaced by the most frequent
// indexed word one letter away from it (a letter added, missing, changed, or two swapped).
// Pure logic, shared by the browser and the tests.
import { MAX_WORD, MIN_WORD } from './vocabulary.ts';

export const MIN_TYPO_LENGTH = 4;

/** Whether `a` becomes `b` with exactly one edit (insert, delete, substitute, swap neighbours). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const [x, y] = [[...a], [...b]];
  if (Math.abs(x.length - y.length) > 1) return false;
  if (x.length === y.length) {
    const diff = x.flatMap((char, i) => (char === y[i] ? [] : [i]));
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!];
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i).join('') === long.slice(i + 1).join('');
}

/** The word lengths whose vocabulary files can hold a correction of `word` (vocabulary.ts writes MIN_WORD to MAX_WORD). */
export function lengthsNear(word: string): number[] {
  const length = [...word].length;
  return [length - 1, length, length + 1].filter((n) => n >= MIN_WORD && n <= MAX_WORD);
}

/**
 * The correction of `word` among `vocabulary` entries ([word, count], most frequent first), or
 * undefined when the word is known (or the start of a known word, which search already finds).
 */
export function correctWord(word: string, vocabulary: readonly (readonly [string, number])[]): string | undefined {
  const lower = word.toLowerCase();
  if ([...lower].length < MIN_TYPO_LENGTH) return undefined;
  if (vocabulary.some(([known]) => known === lower || known.startsWith(lower))) return undefined;
  return vocabulary.find(([known]) => oneEditApart(lower, known))?.[0];
}

const MARK = /<mark>([\s\S]*?)<\/mark>/g;

/**
 * Query words the results matched only weakly. Pagefind answers a word it does not know with
 * words that share its first letters ("invoise" finds "in", "webniar" finds "web"), so a word
 * whose highlighted matches in the top excerpts are all much shorter than itself, or that has
 * none, may be a slip worth checking against the vocabulary.
 */
export function weaklyMatched(words: readonly string[], excerpts: readonly string[]): string[] {
  const marks = excerpts.flatMap((excerpt) => [...excerpt.matchAll(MARK)].map((match) => match[1]!.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')));
  return words.filter((word) => {
    const lower = word.toLowerCase();
    if ([...lower].length < MIN_TYPO_LENGTH) return false;
    return !marks.some((mark) => mark.startsWith(lower) || (lower.startsWith(mark) && mark.length >= lower.length - 1));
  });
}
