// Customer questions as search terms: Pagefind matches every word of a query, so the little
// words of a question ("how do I", "when is the next"; "wie kann ich", "comment puis-je";
// "〜するには", "如何") are dropped before searching, in English and in the portal's language
// (question-words/<language>.json: the browser loads only those two, src/scripts/search/engine.ts).
import { primaryLanguage } from '../lib/language.ts';

/** The little words of questions, and the words that only say something is wrong, in one language. */
export interface QuestionWords {
  stop: string;
  symptoms: string;
}

/** Question words by primary language subtag ("en", "de"): English's, and the portal language's. */
export type QuestionWordLists = Readonly<Record<string, QuestionWords>>;

/** The words of `kind` for English and for `language` ("de-CH" → "de"), as one set. */
function wordsFor(lists: QuestionWordLists, kind: keyof QuestionWords, language: string): Set<string> {
  const primary = primaryLanguage(language);
  return new Set(`${lists.en?.[kind] ?? ''} ${primary !== 'en' ? (lists[primary]?.[kind] ?? '') : ''}`.split(/\s+/).filter(Boolean));
}

const cache = new WeakMap<QuestionWordLists, Map<string, { stop: Set<string>; symptoms: Set<string> }>>();
function wordLists(lists: QuestionWordLists, language: string) {
  let byLanguage = cache.get(lists);
  if (!byLanguage) cache.set(lists, (byLanguage = new Map()));
  let words = byLanguage.get(language);
  if (!words)
    byLanguage.set(language, (words = { stop: wordsFor(lists, 'stop', language), symptoms: wordsFor(lists, 'symptoms', language) }));
  return words;
}

const ELIDING = new Set(['fr', 'it']);

/** Languages written without spaces between words: Pagefind splits their queries with Intl.Segmenter (as its needsWordSegmentation says). */
const UNSPACED = new Set(['zh', 'ja', 'th']);

/**
 * The words of a query: between spaces, or, in a language written without them, as
 * Intl.Segmenter splits it, which is how Pagefind splits it ("請求書をダウンロードするには" →
 * 請求, 書, を, ダウンロード, する, に, は).
 */
export function queryWords(query: string, language = 'en'): string[] {
  if (UNSPACED.has(primaryLanguage(language)) && typeof Intl.Segmenter === 'function')
    return [...new Intl.Segmenter(language, { granularity: 'word' }).segment(query)]
      .filter((part) => part.isWordLike)
      .map((part) => part.segment);
  return query.trim().split(/\s+/).filter(Boolean);
}

/** A word as the word lists hold it: lower case, a typographic apostrophe made plain, no trailing punctuation. */
const bare = (word: string) =>
  word
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/^[¿¡]+/, '')
    .replace(/[?!.,;:]+$/, '');

/**
 * "How do I reset my password?" → "reset password", "Wo finde ich meine Rechnungen?" → "Rechnungen"
 * on a German portal, "請求書をダウンロードするには？" → "請求 書 ダウンロード" on a Japanese one. A
 * query of only small words is kept as it is.
 */
export function searchTerms(query: string, language: string, lists: QuestionWordLists): string {
  const { stop } = wordLists(lists, language);
  // In French and Italian an elided article or pronoun is a word of its own: "l'export" → "l'" "export".
  const elided = ELIDING.has(primaryLanguage(language)) ? query.replace(/\b([a-z])['’](?=\p{L})/giu, "$1' ") : query;
  const words = queryWords(elided, language);
  // A word is dropped when it is a small word, or small words joined by hyphens ("puis-je"), or no word at all ("?").
  const small = (word: string) =>
    bare(word)
      .replace(/'$/, '')
      .split('-')
      .every((part) => part === '' || stop.has(part));
  const kept = words.filter((word) => !small(word));
  return (kept.length > 0 ? kept : words)
    .join(' ')
    .replace(/[?!]+$/, '')
    .trim();
}

/**
 * The words of a query without those that say something is wrong rather than what it is about
 * ("webhook not firing", "password reset isn't working", "Export funktioniert nicht"). Articles
 * seldom use them, and the pages that happen to are not the answer more than others: they never
 * narrow a search (src/scripts/search/engine.ts).
 */
export function withoutSymptoms(words: readonly string[], language: string, lists: QuestionWordLists): string[] {
  const { symptoms } = wordLists(lists, language);
  return words.filter((word) => !symptoms.has(bare(word)));
}

/** Every choice of `size` of the words, in their order ("a b c", 2 → "a b", "a c", "b c"). */
export function choices(words: readonly string[], size: number): string[][] {
  if (size === 0) return [[]];
  if (words.length < size) return [];
  const [first, ...rest] = words as [string, ...string[]];
  return [...choices(rest, size - 1).map((chosen) => [first, ...chosen]), ...choices(rest, size)];
}
