// Loads Pagefind's search engine from the built site, once, on first use: nothing of it is
// downloaded until a reader opens search.
import { primaryLanguage } from '../../lib/language.ts';
import { RESULT_TYPES } from '../../search/facets.ts';
import { choices, searchTerms, withoutSymptoms, type QuestionWordLists, type QuestionWords } from '../../search/query.ts';
import { sessionsInDateOrder } from '../../search/session-order.ts';
import { correctWord, lengthsNear, weaklyMatched } from '../../search/typos.ts';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}

export interface SearchResponse {
  results: { id: string; score: number; data(): Promise<ResultData> }[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface SearchOptions {
  filters?: Record<string, string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: SearchOptions): Promise<SearchResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(query: string): Promise<void>;
}

let engine: Promise<Pagefind> | undefined;

/** Each language's question words, a file of its own that is fetched only for a portal in it. */
const QUESTION_WORDS = import.meta.glob<QuestionWords>('../../search/question-words/*.json', { import: 'default' });
let questionWords: Promise<QuestionWordLists> | undefined;

/** English's question words and the page language's, fetched once, beside the engine. */
function loadQuestionWords(): Promise<QuestionWordLists> {
  questionWords ??= Promise.all(
    [...new Set(['en', primaryLanguage(document.documentElement.lang)])].map(
      async (language) => [language, await QUESTION_WORDS[`../../search/question-words/${language}.json`]?.()] as const,
    ),
  ).then((loaded) => Object.fromEntries(loaded.filter((entry): entry is readonly [string, QuestionWords] => entry[1] !== undefined)));
  return questionWords;
}

export function basePath(): string {
  return document.documentElement.dataset.base ?? '/';
}

export function loadEngine(): Promise<Pagefind> {
  void loadQuestionWords();
  engine ??= (async () => {
    const base = basePath();
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // Titles and headings outrank body text, and synonyms of title words (metadata written at
    // index time) count for more than those of body words; results link under the deploy base
    // path. No worker: the engine runs on the page, which saves a 12 KB download on the first search.
    await pagefind.options({
      baseUrl: base,
      excerptLength: 24,
      noWorker: true,
      ranking: { pageLength: 0.6, termFrequency: 0.8, metaWeights: { title: 5, title_synonyms: 3, synonyms: 1, type: 0, crumbs: 0 } },
    });
    await pagefind.init();
    return pagefind;
  })();
  return engine;
}

const SESSION = RESULT_TYPES.session;

export interface RankedResponse extends SearchResponse {
  /** The query actually searched, when a one-letter slip was corrected ("ssso" → "sso"). */
  corrected?: string;
}

/** Upcoming sessions among the results in date order (src/search/session-order.ts). */
async function withSessionsByDate(
  pagefind: Pagefind,
  terms: string | null,
  options: SearchOptions,
  response: SearchResponse,
): Promise<SearchResponse> {
  const types = options.filters?.type;
  if (types && !types.includes(SESSION)) return response;
  // Only sessions carry a `date` sort key, and a sorted Pagefind search keeps only the results
  // that have the key: no type filter is needed, and none is downloaded (at 10,000 pages the
  // type filter file is 16 KB, a sixth of the first-search budget).
  const dated = await pagefind.search(terms, { filters: options.filters ?? {}, sort: { date: 'asc' } });
  return { ...response, results: sessionsInDateOrder(response.results, dated.results) };
}

const vocabularies = new Map<number, Promise<[string, number][]>>();

/** Indexed words of one length, most frequent first; fetched once, only when a search found nothing. */
function vocabulary(length: number): Promise<[string, number][]> {
  let words = vocabularies.get(length);
  if (!words) {
    words = fetch(`${basePath()}pagefind/vocabulary/${length}.json`).then(
      (response) => (response.ok ? response.json() : []),
      () => [],
    );
    vocabularies.set(length, words);
  }
  return words;
}

/** How many top results' excerpts show what the query matched. */
const CHECKED_RESULTS = 5;

/**
 * The query with each weakly matched, unknown word replaced by its one-letter-away correction,
 * if any changed. The vocabulary is only fetched for words the results did not clearly match.
 */
async function correctedQuery(terms: string, response: SearchResponse): Promise<string | undefined> {
  const words = terms.split(/\s+/).filter(Boolean);
  const excerpts = await Promise.all(response.results.slice(0, CHECKED_RESULTS).map(async (result) => (await result.data()).excerpt));
  const suspects = new Set(weaklyMatched(words, excerpts));
  if (suspects.size === 0) return undefined;
  const fixed = await Promise.all(
    words.map(async (word) => {
      if (!suspects.has(word)) return word;
      const candidates = (await Promise.all(lengthsNear(word.toLowerCase()).map(vocabulary))).flat().sort((a, b) => b[1] - a[1]);
      return correctWord(word, candidates) ?? word;
    }),
  );
  return fixed.some((word, index) => word !== words[index]) ? fixed.join(' ') : undefined;
}

/** The most words of a question the relaxed search keeps trying combinations of. */
const RELAXED_WORDS = 6;

/**
 * Pagefind finds only pages that have every word of a query, and customers describe problems in
 * words no article uses ("webhook not firing", "password reset isn't working"). When no page has
 * them all, words are let go: first those that only say something is wrong, then as few others as
 * it takes, keeping the combination whose best page scores highest. The first search loaded every
 * word's part of the index, so these searches download nothing more.
 */
async function relaxedSearch(
  pagefind: Pagefind,
  terms: string,
  options: SearchOptions,
): Promise<{ query: string; response: SearchResponse } | undefined> {
  const words = [...new Set(terms.split(/\s+/).filter(Boolean))].slice(0, RELAXED_WORDS);
  if (words.length < 2) return undefined;
  const searched = async (kept: string[]) => {
    const query = kept.join(' ');
    const response = await pagefind.search(query, options);
    return response.results.length > 0 ? { query, response, score: response.results[0]!.score } : undefined;
  };
  const plain = withoutSymptoms(words, document.documentElement.lang, await loadQuestionWords());
  const withoutSymptomWords = plain.length > 0 && plain.length < words.length ? await searched(plain) : undefined;
  if (withoutSymptomWords) return withoutSymptomWords;
  const base = plain.length > 0 ? plain : words;
  for (let size = base.length - 1; size >= 1; size--) {
    let best: Awaited<ReturnType<typeof searched>>;
    for (const kept of choices(base, size)) {
      const found = await searched(kept);
      if (found && (!best || found.score > best.score)) best = found;
    }
    if (best) return best;
  }
  return undefined;
}

/** Search as a reader expects it: sessions nearest first, a one-letter slip forgiven, and words no page has let go. */
export async function rankedSearch(pagefind: Pagefind, query: string | null, options: SearchOptions = {}): Promise<RankedResponse> {
  const terms = query ? searchTerms(query, document.documentElement.lang, await loadQuestionWords()) : null;
  let response = await pagefind.search(terms, options);
  let corrected = terms ? await correctedQuery(terms, response) : undefined;
  if (corrected) response = await pagefind.search(corrected, options);
  if (terms && response.results.length === 0) {
    const relaxed = await relaxedSearch(pagefind, corrected ?? terms, options);
    if (relaxed) ({ query: corrected, response } = relaxed);
  }
  response = await withSessionsByDate(pagefind, corrected ?? terms, options, response);
  return corrected ? { ...response, corrected } : response;
}
