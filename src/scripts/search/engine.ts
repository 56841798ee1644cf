// Loads Pagefind's search engine from the built site, once, on first use: nothing of it is
// downloaded until a reader opens search.
import { searchTerms } from '../../search/query.ts';

export { searchTerms };

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
  results: { id: string; data(): Promise<ResultData> }[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<SearchResponse>;
  debouncedSearch(query: string, options?: { filters?: Record<string, string[]> }, ms?: number): Promise<SearchResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(query: string): Promise<void>;
}

let engine: Promise<Pagefind> | undefined;

export function basePath(): string {
  return document.documentElement.dataset.base ?? '/';
}

export function loadEngine(): Promise<Pagefind> {
  engine ??= (async () => {
    const base = basePath();
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // Titles and headings outrank body text; results link under the deploy base path.
    // No worker: the engine runs on the page, which saves a 12 KB download on the first search.
    await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true, ranking: { pageLength: 0.6, termFrequency: 0.8 } });
    await pagefind.init();
    return pagefind;
  })();
  return engine;
}
