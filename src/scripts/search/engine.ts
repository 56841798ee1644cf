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
  /** The query actually searched, when a one-letter slip was corrected ("ssso" → "sso") or no page had every word. */
  corrected?: string;
  /** When few pages had every word: the fewer words that found the pages listed after them, and how many had every word. */
  widened?: { query: string; exact: number };
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
  // type filter file is 16 KB, a sixth of the first-search budget). Where no page has the key,
  // Pagefind returns every result in its own ranking: `response` must be that search's, in that
  // order, which is then left as it is.
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

/** A question's words the searches with fewer of them try combinations of: each once, at most RELAXED_WORDS. */
const distinctWords = (words: string[]) => [...new Set(words.filter(Boolean))].slice(0, RELAXED_WORDS);

/**
 * Fewer pages than this with every word of a question, and the pages with most of its words are
 * listed after them: the one page that happens to use "bluetooth", "headphones" and "connecting"
 * is seldom the answer to "bluetooth headphones not connecting"; "I cannot connect my Bluetooth
 * device" is.
 */
const FEW_RESULTS = 3;

/**
 * Pagefind finds only pages that have every word of a query. When no page has them all, or only a
 * few (`exact` of them), words are let go, as few as it takes, keeping the combination whose best
 * page scores highest; a combination counts only when it finds more pages than the whole query did.
 * The first search loaded every word's part of the index, so these searches download nothing more.
 */
async function relaxedSearch(
  pagefind: Pagefind,
  terms: string,
  options: SearchOptions,
  exact: number,
): Promise<{ query: string; response: SearchResponse } | undefined> {
  const words = distinctWords(terms.split(/\s+/));
  if (words.length < 2) return undefined;
  const searched = async (kept: string[]) => {
    const query = kept.join(' ');
    const response = await pagefind.search(query, options);
    return response.results.length > exact ? { query, response, score: response.results[0]!.score } : undefined;
  };
  for (let size = words.length - 1; size >= 1; size--) {
    let best: Awaited<ReturnType<typeof searched>>;
    for (const kept of choices(words, size)) {
      const found = await searched(kept);
      if (found && (!best || found.score > best.score)) best = found;
    }
    if (best) return best;
  }
  return undefined;
}

/** How many times the best page with every word a page without one must score to be listed first. */
const STRONGER = 1.2;

/**
 * The page that answers a question of three or more words without having one of them: with one
 * word let go, it scores STRONGER times the best page that has them all, its title saying the
 * others ("Custom Error Responses" for "custom error page", where the long pages that happen to
 * say all three rank first; on Apache's manual it scored 1.27 and 2.7 times the best of those, a
 * page merely as good 1.00). The first search loaded every word's part of the index, so these
 * searches download nothing more.
 */
async function strongerWithoutAWord(
  pagefind: Pagefind,
  asked: string[],
  options: SearchOptions,
  response: SearchResponse,
): Promise<SearchResponse['results'][number] | undefined> {
  const words = distinctWords(asked);
  const top = response.results[0]?.score;
  if (words.length < 3 || top === undefined) return undefined;
  const found = new Set(response.results.map((result) => result.id));
  let best: SearchResponse['results'][number] | undefined;
  for (const kept of choices(words, words.length - 1)) {
    const first = (await pagefind.search(kept.join(' '), options)).results.find((result) => !found.has(result.id));
    if (first && first.score > top * STRONGER && (!best || first.score > best.score)) best = first;
  }
  return best;
}

/**
 * The pages with every word first, then the others the relaxed query found. Fewer words find every
 * page more words did, so the relaxed response's counts per filter hold for the whole list.
 */
function exactFirst(exact: SearchResponse, relaxed: SearchResponse): SearchResponse {
  const ids = new Set(exact.results.map((result) => result.id));
  return { ...relaxed, results: [...exact.results, ...relaxed.results.filter((result) => !ids.has(result.id))] };
}

/** Search as a reader expects it: sessions nearest first, a one-letter slip forgiven, and words no page has let go. */
export async function rankedSearch(pagefind: Pagefind, query: string | null, options: SearchOptions = {}): Promise<RankedResponse> {
  const lists = await loadQuestionWords();
  const language = document.documentElement.lang;
  const asked = query ? searchTerms(query, language, lists).split(/\s+/).filter(Boolean) : [];
  // Words that only say something is wrong never narrow the results: customers use them, articles
  // seldom do, and the pages that happen to ("not", "working") are not the answer more than others.
  const about = withoutSymptoms(asked, language, lists);
  const terms = query ? (about.length > 0 ? about : asked).join(' ') : null;
  let response = await pagefind.search(terms, options);
  let corrected = terms ? await correctedQuery(terms, response) : undefined;
  if (corrected) response = await pagefind.search(corrected, options);
  let widened: RankedResponse['widened'];
  const exact = response.results.length;
  const relaxed = terms && exact < FEW_RESULTS ? await relaxedSearch(pagefind, corrected ?? terms, options, exact) : undefined;
  // Each list in date order by its own query, before two are joined: where the index has no
  // session, Pagefind's sort by date is its ranking, which would undo the join.
  const byDate = (terms: string | null, response: SearchResponse) => withSessionsByDate(pagefind, terms, options, response);
  // With the words that say something is wrong too: "error" in "custom error page" is its subject.
  const stronger = terms && !corrected && exact > 0 ? await strongerWithoutAWord(pagefind, asked, options, response) : undefined;
  if (relaxed && exact === 0) {
    corrected = relaxed.query;
    response = await byDate(relaxed.query, relaxed.response);
  } else if (relaxed) {
    response = exactFirst(await byDate(corrected ?? terms, response), await byDate(relaxed.query, relaxed.response));
    widened = { query: relaxed.query, exact };
  } else response = await byDate(corrected ?? terms, response);
  if (stronger) response = { ...response, results: [stronger, ...response.results.filter((result) => result.id !== stronger.id)] };
  return { ...response, ...(corrected && { corrected }), ...(widened && { widened }) };
}
