// The search index of one build's publication (src/integration/publish.ts): what Pagefind is
// given for each page, compared with what it holds from a warm start (src/integration/warm-index.ts)
// or what the kept index was made from (src/integration/search-cache.ts), and the index written,
// kept or reused.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Vocabulary } from '../search/vocabulary.ts';
import { isSmallIndex } from './index-size.ts';
import type { PublishPlan } from './publish.ts';
import { contentDigest, indexInputs, SearchCache, type IndexedPage } from './search-cache.ts';
import {
  openSearchIndex,
  pagePreparer,
  searchSettings,
  writeVocabulary,
  type IndexFile,
  type PagefindSettings,
  type SearchIndex,
} from './search-index.ts';
import type { SearchFacts } from './page-facts.ts';
import type { WarmIndex } from './warm-index.ts';

/**
 * The search index of a publication. Each indexed page is prepared for Pagefind and compared with
 * what Pagefind holds already (a warm start: src/integration/warm-index.ts) or what the kept index
 * was made from; Pagefind is given only what differs. Without a warm start, Pagefind starts at the
 * first page the kept index does not hold, and is given the pages passed over before it.
 * With a warm start, the pages Astro rendered can be given first and the index written while the
 * others are read (betOnCopiedPages): a page Astro copied from its cache is as the last build
 * made it, and Pagefind holds it already. Each page read is still compared; one that differs
 * after all drops that index and makes a new one from every page.
 */
export class PublishedIndex {
  readonly #plan: PublishPlan;
  readonly #cache: SearchCache | undefined;
  readonly #prepare: ReturnType<typeof pagePreparer>;
  readonly #vocabulary = new Vocabulary();
  readonly #settings: PagefindSettings;
  readonly #inputs: string;
  #warm: WarmIndex | undefined;
  readonly #sources: string | undefined;
  readonly pages: IndexedPage[] = [];
  /** The pages Pagefind holds, with the digest of what it was given for each. */
  #held = new Map<string, string>();
  #index: Promise<SearchIndex> | undefined;
  /** Pages passed over while the kept index held them, by position in `pages`. */
  #passed = 0;
  /** The folder of a new index, once written. */
  #written: string | undefined;
  /** The index being written ahead of the pages copied from Astro's cache (betOnCopiedPages). */
  #ahead: { folder: string; written: Promise<void> } | undefined;

  constructor(plan: PublishPlan, warm: WarmIndex | undefined, sources: string | undefined) {
    this.#plan = plan;
    this.#cache = plan.searchCache ? new SearchCache(plan.searchCache) : undefined;
    this.#prepare = pagePreparer(plan.search);
    this.#settings = searchSettings(plan.search);
    this.#inputs = indexInputs(plan.search, this.#settings);
    this.#warm = warm;
    this.#sources = sources;
  }

  /** How many of the index's pages Pagefind held before the pages were read. */
  get ahead(): number {
    return this.#warm ? this.pages.filter(([path, digest]) => this.#warm!.held.get(path) === digest).length : 0;
  }

  /**
   * Indexes the page if the manifest lists it, and returns what was read off it for that; `known`
   * is what the last build read off the same page (src/integration/page-facts.ts).
   */
  async add(path: string, html: string, known?: SearchFacts): Promise<SearchFacts | undefined> {
    const prepared = this.#prepare(path, html, known);
    if (!prepared) return undefined;
    const page: IndexedPage = [path, contentDigest(prepared.content)];
    this.pages.push(page);
    this.#vocabulary.addCounted(prepared.facts.words);
    this.#cache?.remember(page, prepared.content);
    if (!this.#index && !this.#warm && this.#cache?.holds(page)) {
      this.#passed++;
      return prepared.facts;
    }
    let index = await this.#pagefind();
    if (this.#held.get(path) === page[1]) return prepared.facts;
    if (this.#ahead) index = await this.#loseBet();
    await index.add(path, prepared.content);
    this.#held.set(path, page[1]);
    return prepared.facts;
  }

  /**
   * Gives Pagefind the pages Astro rendered, where they differ from what it holds, and starts
   * writing the index into `folder` before the other pages are read. Only with a warm start that
   * was given every kept page, and a small index: a large one waits for Astro to exit. Says
   * whether it did.
   */
  async betOnCopiedPages(rendered: { path: string; html: string }[], folder: string): Promise<boolean> {
    if (!this.#warm || !this.isSmall) return false;
    const index = await this.#pagefind();
    if (!this.#warm?.complete) return false;
    for (const { path, html } of rendered) {
      const prepared = this.#prepare(path, html);
      if (!prepared) continue;
      const digest = contentDigest(prepared.content);
      if (this.#held.get(path) === digest) continue;
      await index.add(path, prepared.content);
      this.#held.set(path, digest);
    }
    const written = this.#writeFiles(index, folder);
    written.catch(() => undefined); // awaited by write() or dropped by #loseBet()
    this.#ahead = { folder, written };
    return true;
  }

  /**
   * A page Astro copied differs from what Pagefind holds: the index written ahead is dropped, and
   * a new Pagefind is given every page read so far but this one (the index's order is the plan's).
   */
  async #loseBet(): Promise<SearchIndex> {
    const { folder, written } = this.#ahead!;
    this.#ahead = undefined;
    await written.catch(() => undefined);
    await (await this.#index?.catch(() => undefined))?.close();
    await rm(folder, { recursive: true, force: true });
    this.#index = undefined;
    this.#warm = undefined;
    this.#held = new Map();
    this.#passed = this.pages.length - 1;
    return this.#pagefind();
  }

  /** Writes the index into `folder`: the kept one when it holds every page, a new one otherwise. Says whether it was kept. */
  async write(folder: string): Promise<boolean> {
    // A kept index that cannot be read whole (another build replacing it) is made again instead.
    const restored =
      !this.#ahead &&
      (await this.#cache?.restore(this.pages, this.#inputs, folder, this.#sources).catch(async () => {
        await rm(folder, { recursive: true, force: true });
        return false;
      }));
    if (restored) return true;
    await (this.#ahead?.written ?? this.#writeFiles(await this.#pagefind(), folder));
    await writeVocabulary(folder, this.#plan.search, this.#vocabulary);
    this.#written = folder;
    return false;
  }

  #writeFiles(index: SearchIndex, folder: string): Promise<void> {
    // A small rebuilt index is handed over whole and placed beside the kept one; a large one is
    // written by Pagefind, as holding it here too would add to the build's memory peak.
    const cache = this.#cache;
    const beside = cache?.kept && this.isSmall ? (files: IndexFile[]) => cache.place(files, folder) : undefined;
    return index.write(folder, this.#plan.search, beside);
  }

  /** Whether the index is small enough to be written while Astro still runs, and placed beside the kept one (index-size.ts). */
  get isSmall(): boolean {
    return isSmallIndex(this.#plan.search);
  }

  /** Keeps the index that write() made for the next build. */
  async keep(): Promise<void> {
    // The site is complete without it: a build that cannot keep its index only makes the next one index again.
    if (this.#written)
      await this.#cache?.keep(this.pages, this.#inputs, this.#settings, this.#written, this.#sources).catch(() => undefined);
  }

  #stopped: Promise<void> | undefined;

  /** Stops Pagefind, once. */
  stop(): Promise<void> {
    this.#stopped ??= (async () => {
      const index = this.#index ?? this.#warm?.stop();
      if (index) await (await index.catch(() => undefined))?.close();
    })();
    return this.#stopped;
  }

  /** Stops Pagefind, and drops what was written for an index that was not kept. */
  async close(): Promise<void> {
    await this.stop();
    await this.#cache?.discard();
  }

  /**
   * Pagefind: the warm start's when it runs with this build's settings and holds no page this
   * build does not have; otherwise a new one, given the pages passed over before it started.
   */
  #pagefind(): Promise<SearchIndex> {
    this.#index ??= this.#adoptWarm().then(async (warm) => {
      if (warm) return warm;
      const index = await openSearchIndex(this.#settings);
      for (const [path, digest] of this.pages.slice(0, this.#passed)) {
        const prepared = this.#prepare(path, await readFile(join(this.#plan.staged, path), 'utf8'))!;
        await index.add(path, prepared.content);
        this.#held.set(path, digest);
      }
      return index;
    });
    return this.#index;
  }

  async #adoptWarm(): Promise<SearchIndex | undefined> {
    const warm = this.#warm;
    if (!warm) return undefined;
    const index = await warm.stop().catch(() => undefined);
    const usable =
      index &&
      JSON.stringify(warm.settings) === JSON.stringify(this.#settings) &&
      [...warm.held.keys()].every((path) => this.#plan.search.pages[path] !== undefined);
    if (usable) {
      this.#held = new Map(warm.held);
      return index;
    }
    // Pagefind cannot forget a page: one that holds a page this build removed is closed, and its settings with it.
    this.#warm = undefined;
    await index?.close();
    return undefined;
  }
}
