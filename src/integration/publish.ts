// The last step of every build: one pass over the built pages checks every internal link and
// feeds the search index (or finds the last build's index still holds: src/integration/search-cache.ts);
// only when both succeed is the staged build swapped into dist/.
// It runs inside the Astro integration, or, under `npm run build`, on a worker thread of the small
// parent process (src/cli/build.ts): pages are read once Astro has written them all, the index
// is written once Astro has exited, so rendering and writing the index never hold memory at once.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describeBrokenLinks, LinkCheck, siteFiles } from './link-check.ts';
import { indexInputs, pageDigest, SearchCache, type IndexedPage } from './search-cache.ts';
import { openSearchIndex, searchProcessEnv, type SearchIndex, type SearchManifest } from './search-index.ts';
import { promoteStagedBuild } from './staging.ts';

/** Everything publishing needs to know, as JSON: it can cross from the Astro process to its parent. */
export interface PublishPlan {
  /** The folder Astro built into. */
  staged: string;
  /** The folder to replace with it (dist/). */
  outDir: string;
  base: string;
  /** Every page of the build (its HTML files, paths inside `staged`), in the order to read them. */
  pages: string[];
  search: SearchManifest;
  /** Where the build cache keeps the last search index, for a build that changed none of it (src/integration/search-cache.ts). */
  searchCache?: string | undefined;
}

export class BrokenLinksError extends Error {
  readonly hint = 'Fix the link in the content that produces that page (Markdown link, FAQ answer, or reference).';
}

/**
 * A build being published: every page of the staged build read once, for the link check and the
 * search index. Pages can be read as soon as Astro has written them, while it still writes images.
 */
export interface Publication {
  /** Checks links against every file staged by now, writes the index, replaces `outDir`. */
  finish(): Promise<Published>;
}

/** What was published: how many pages the search index holds, and whether it is the last build's, kept. */
export interface Published {
  indexed: number;
  kept: boolean;
}

/**
 * The search index of a publication: made by Pagefind from the pages, or, while every indexed page
 * so far is the one the last build's index was made from, left to that kept index. At the first
 * page that differs, Pagefind starts and is given the pages passed over before it.
 */
class PublishedIndex {
  readonly #plan: PublishPlan;
  readonly #cache: SearchCache | undefined;
  readonly pages: IndexedPage[] = [];
  #index: Promise<SearchIndex> | undefined;

  constructor(plan: PublishPlan) {
    this.#plan = plan;
    this.#cache = plan.searchCache ? new SearchCache(plan.searchCache, indexInputs(plan.search, searchProcessEnv(plan.search))) : undefined;
  }

  /** Indexes the page if the manifest lists it. */
  async add(path: string, html: string): Promise<void> {
    if (!this.#plan.search.pages[path]) return;
    const page: IndexedPage = [path, pageDigest(html)];
    this.pages.push(page);
    if (!this.#index && this.#cache?.holds(this.pages.length - 1, page)) return;
    await (await this.#pagefind(this.pages.length - 1)).addPage(path, html);
  }

  /** Writes the index into `folder`: the kept one when it holds every page, a new one otherwise. Says whether it was kept. */
  async write(folder: string): Promise<boolean> {
    if (!this.#index && this.#cache) {
      // A kept index that cannot be read whole (another build replacing it) is made again instead.
      const restored = await this.#cache.restore(this.pages, folder).catch(async () => {
        await rm(folder, { recursive: true, force: true });
        return false;
      });
      if (restored) return true;
    }
    const index = await this.#pagefind(this.pages.length);
    await index.write(folder);
    // The site is complete without it: a build that cannot keep its index only makes the next one index again.
    await this.#cache?.keep(this.pages, folder).catch(() => undefined);
    return false;
  }

  async close(): Promise<void> {
    if (this.#index) await (await this.#index).close();
  }

  /** Pagefind, given the first `passed` indexed pages (passed over while they matched the kept index). */
  #pagefind(passed: number): Promise<SearchIndex> {
    this.#index ??= openSearchIndex(this.#plan.search).then(async (index) => {
      for (const [path] of this.pages.slice(0, passed)) await index.addPage(path, await readFile(join(this.#plan.staged, path), 'utf8'));
      return index;
    });
    return this.#index;
  }
}

/** Reads every page staged by now into the link check and the search index. */
export async function startPublication(plan: PublishPlan): Promise<Publication> {
  const links = new LinkCheck(plan.base);
  const search = new PublishedIndex(plan);
  try {
    // One page at a time: Pagefind numbers pages in the order they arrive, so this keeps the
    // index the same, file for file, from one build of the same content to the next.
    // The plan's list, not the folder's: Astro is still writing images and removing its own
    // working files in the staged folder while the pages are read.
    for (const path of plan.pages) {
      const html = await readFile(join(plan.staged, path), 'utf8');
      links.addPage(path, html);
      await search.add(path, html);
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
        kept = await search.write(join(plan.staged, 'pagefind'));
      } finally {
        await search.close();
      }
      promoteStagedBuild(plan.staged, plan.outDir);
      return { indexed: search.pages.length, kept };
    },
  };
}

/** Checks links, writes the search index and replaces `outDir`. */
export async function publishBuild(plan: PublishPlan): Promise<Published> {
  return (await startPublication(plan)).finish();
}
