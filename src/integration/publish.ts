// The last step of every build: one pass over the built pages checks every internal link, merges
// their Content Security Policies for `_headers` and feeds the search index what changed since the
// last build's (src/integration/search-cache.ts, src/integration/warm-index.ts); only when all of
// it succeeds is the staged build swapped into dist/ (by publishBuild, or under `npm run build` by
// the parent once Astro has exited too).
// It runs inside the Astro integration, or, under `npm run build`, on a worker thread of the small
// parent process (src/cli/build.ts): pages are read once Astro has written them all; a large
// index is written, Pagefind's memory peak, once Astro has exited, so the two peaks never add up,
// and a small one as soon as the pages are read (src/integration/index-size.ts).
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SitePolicy, writeHeaders } from './headers.ts';
import { describeBrokenLinks, LinkCheck, siteFiles } from './link-check.ts';
import { Vocabulary } from '../search/vocabulary.ts';
import { contentDigest, indexInputs, SearchCache, type IndexedPage } from './search-cache.ts';
import {
  openSearchIndex,
  pagePreparer,
  searchProcessEnv,
  writeVocabulary,
  type IndexFile,
  type SearchIndex,
  type SearchManifest,
} from './search-index.ts';
import type { WarmIndex } from './warm-index.ts';
import { promoteStagedBuild } from './staging.ts';
import { readAhead } from '../lib/concurrency.ts';
import { isSmallIndex } from './index-size.ts';

/** Everything publishing needs to know, as JSON: it can cross from the Astro process to its parent. */
export interface PublishPlan {
  /** The folder Astro built into. */
  staged: string;
  /** The folder to replace with it (dist/). */
  outDir: string;
  base: string;
  /** Every page of the build (its HTML files, paths inside `staged`), in the order to read them. */
  pages: string[];
  /**
   * The pages of `pages` Astro rendered in this build; it copied the others from the cache of its
   * incremental build, as the last build made them. Unknown when published outside `npm run build`.
   */
  renderedPages?: string[] | undefined;
  search: SearchManifest;
  /** Where the build cache keeps the last search index, which this build reuses or starts from (src/integration/search-cache.ts). */
  searchCache?: string | undefined;
  /** Paths that search engines must not list, for `_headers` ("/customers/*"). */
  unlisted: string[];
}

export class BrokenLinksError extends Error {
  readonly hint = 'Fix the link in the content that produces that page (Markdown link, FAQ answer, or reference).';
}

/**
 * A build being published: every page of the staged build read once, for the link check and the
 * search index. Pages can be read as soon as Astro has written them, while it still writes images.
 */
export interface Publication {
  /** Checks links against every file staged by now, writes the index and `_headers`: the staged build is then ready to replace `outDir`. */
  finish(): Promise<Published>;
}

/**
 * What was published: how many pages the search index holds, whether it is the last build's,
 * kept, and how many of its pages Pagefind was given before the pages were read (WarmIndex).
 */
export interface Published {
  indexed: number;
  kept: boolean;
  ahead: number;
}

/** Pages read from disk ahead of the one being checked and indexed. */
const PAGES_READ_AHEAD = 8;

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
class PublishedIndex {
  readonly #plan: PublishPlan;
  readonly #cache: SearchCache | undefined;
  readonly #prepare: ReturnType<typeof pagePreparer>;
  readonly #vocabulary = new Vocabulary();
  readonly #env: Record<string, string>;
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
    this.#env = searchProcessEnv(plan.search);
    this.#inputs = indexInputs(plan.search, this.#env);
    this.#warm = warm;
    this.#sources = sources;
  }

  /** How many of the index's pages Pagefind held before the pages were read. */
  get ahead(): number {
    return this.#warm ? this.pages.filter(([path, digest]) => this.#warm!.held.get(path) === digest).length : 0;
  }

  /** Indexes the page if the manifest lists it. */
  async add(path: string, html: string): Promise<void> {
    const prepared = this.#prepare(path, html);
    if (!prepared) return;
    const page: IndexedPage = [path, contentDigest(prepared.content)];
    this.pages.push(page);
    this.#vocabulary.add(prepared.text);
    this.#cache?.remember(page, prepared.content);
    if (!this.#index && !this.#warm && this.#cache?.holds(page)) {
      this.#passed++;
      return;
    }
    let index = await this.#pagefind();
    if (this.#held.get(path) === page[1]) return;
    if (this.#ahead) index = await this.#loseBet();
    await index.add(path, prepared.content);
    this.#held.set(path, page[1]);
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
    if (this.#written) await this.#cache?.keep(this.pages, this.#inputs, this.#env, this.#written, this.#sources).catch(() => undefined);
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
      const index = await openSearchIndex(this.#env);
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
      JSON.stringify(warm.env) === JSON.stringify(this.#env) &&
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

/**
 * Reads every page staged by now into the link check and the search index, which `warm` may have
 * been given the last build's pages already; `sources` (indexedSourcesDigest) is kept with the index.
 */
export async function startPublication(plan: PublishPlan, warm?: WarmIndex, sources?: string): Promise<Publication> {
  const links = new LinkCheck(plan.base);
  const policy = new SitePolicy();
  const search = new PublishedIndex(plan, warm, sources);
  const folder = join(plan.staged, 'pagefind');
  let written: Promise<boolean> | undefined;
  try {
    // Checked and indexed one at a time, in the plan's order: Pagefind numbers pages in the order
    // it is given them. The plan's list, not the folder's: Astro is still writing images and
    // removing its own working files in the staged folder while the pages are read.
    const read = (path: string) => readFile(join(plan.staged, path), 'utf8').then((html) => ({ path, html }));
    // The pages Astro rendered may differ from the last build's: Pagefind gets them first, and
    // writes the index while the others are read.
    if (warm && plan.renderedPages) await search.betOnCopiedPages(await Promise.all(plan.renderedPages.map(read)), folder);
    for await (const { path, html } of readAhead(plan.pages, PAGES_READ_AHEAD, read)) {
      links.addPage(path, html);
      policy.addPage(html);
      await search.add(path, html);
    }
    if (search.isSmall) {
      written = search.write(folder);
      written.catch(() => undefined); // awaited by finish()
    }
  } catch (error) {
    await search.close();
    throw error;
  }
  return {
    async finish() {
      let kept: boolean;
      try {
        const broken = links.broken(await siteFiles(plan.staged));
        if (broken.length > 0) throw new BrokenLinksError(describeBrokenLinks(broken));
        kept = await (written ?? search.write(folder));
        await Promise.all([search.keep(), search.stop()]);
      } finally {
        // An index still being written when the build failed would write into a removed folder.
        await written?.catch(() => undefined);
        await search.close();
      }
      writeHeaders(plan.staged, policy.merged(), plan.unlisted);
      return { indexed: search.pages.length, kept, ahead: kept ? 0 : search.ahead };
    },
  };
}

/** Checks links, writes the search index and replaces `outDir`. */
export async function publishBuild(plan: PublishPlan): Promise<Published> {
  const published = await (await startPublication(plan)).finish();
  promoteStagedBuild(plan.staged, plan.outDir);
  return published;
}
