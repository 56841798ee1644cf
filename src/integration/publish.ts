// The last step of every build: one pass over the built pages checks every internal link, merges
// their Content Security Policies for `_headers` and feeds the search index what changed since the
// last build's (src/integration/published-index.ts); only when all of
// it succeeds is the staged build swapped into dist/ (by publishBuild, or under `npm run build` by
// the parent once Astro has exited too).
// It runs inside the Astro integration, or, under `npm run build`, on a worker thread of the small
// parent process (src/cli/build.ts): pages are read once Astro has written them all; a large
// index is written, Pagefind's memory peak, once Astro has exited, so the two peaks never add up,
// and a small one as soon as the pages are read (src/integration/index-size.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { readAhead } from '../lib/concurrency.ts';
import { pagePolicy, SitePolicy, writeHeaders } from './headers.ts';
import { describeBrokenLinks, describeMissingAnchors, describeUnresolvedLinks, LinkCheck, linkFacts, siteFiles } from './link-check.ts';
import { PageFactsCache, pageDigest, pageFactsInputs } from './page-facts.ts';
import { PublishedIndex } from './published-index.ts';
import type { SearchManifest } from './search-index.ts';
import { promoteStagedBuild } from './staging.ts';
import type { WarmIndex } from './warm-index.ts';

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
  /** Where the build cache keeps what was read off each page of the last build (src/integration/page-facts.ts). */
  pageFacts?: string | undefined;
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
  /**
   * Links to an anchor a page does not have, as the build log lists them: the page still opens
   * (at its top), so they are warnings, as they are when content is validated.
   */
  missingAnchors?: string;
  /** Links still written relative to their page that lead to no page: warnings too, naming each. */
  unresolvedLinks?: string;
}

/** Pages read from disk ahead of the one being checked and indexed. */
const PAGES_READ_AHEAD = 8;

/**
 * Reads every page staged by now into the link check and the search index, which `warm` may have
 * been given the last build's pages already; `sources` (indexedSourcesDigest) is kept with the index.
 */
export async function startPublication(plan: PublishPlan, warm?: WarmIndex, sources?: string): Promise<Publication> {
  const links = new LinkCheck(plan.base);
  const policy = new SitePolicy();
  const search = new PublishedIndex(plan, warm, sources);
  const facts = plan.pageFacts ? new PageFactsCache(plan.pageFacts, pageFactsInputs(plan.search)) : undefined;
  const folder = join(plan.staged, 'pagefind');
  let written: Promise<boolean> | undefined;
  try {
    // Checked and indexed one at a time, in the plan's order: Pagefind numbers pages in the order
    // it is given them. The plan's list, not the folder's: Astro is still writing images and
    // removing its own working files in the staged folder while the pages are read.
    // Read synchronously, one turn of the event loop per page: fs/promises' readFile is four trips
    // through libuv's thread pool a file, and the help center's 451 pages took 260 ms that way
    // against 145 ms so (traced in a rebuild); the turn lets Pagefind's answers in meanwhile.
    const read = async (path: string) => {
      await nextTurn();
      return { path, bytes: readFileSync(join(plan.staged, path)) };
    };
    // The pages Astro rendered may differ from the last build's: Pagefind gets them first, and
    // writes the index while the others are read.
    if (warm && plan.renderedPages) {
      const rendered = await Promise.all(plan.renderedPages.map(read));
      await search.betOnCopiedPages(
        rendered.map(({ path, bytes }) => ({ path, html: bytes.toString('utf8') })),
        folder,
      );
    }
    for await (const { path, bytes } of readAhead(plan.pages, PAGES_READ_AHEAD, read)) {
      // A page as the last build made it (most, in a rebuild: Astro copies them from its cache)
      // is not read again: what was read off it then is kept by its digest.
      const digest = pageDigest(bytes);
      const known = facts?.get(path, digest);
      const indexed = plan.search.pages[path] !== undefined;
      const html = known && !indexed ? '' : bytes.toString('utf8');
      const page = known ?? { ...linkFacts(html), policy: pagePolicy(html) };
      links.add(path, page);
      policy.add(page.policy);
      const searchFacts = await search.add(path, html, known?.search);
      facts?.set(path, digest, { ...page, search: searchFacts });
    }
    if (search.isSmall) {
      written = search.write(folder);
      written.catch(() => undefined); // awaited by finish()
    }
  } catch (error) {
    await Promise.all([search.close(), facts?.discard()]);
    throw error;
  }
  return {
    async finish() {
      let kept: boolean;
      let missingAnchors: string | undefined;
      let unresolvedLinks: string | undefined;
      try {
        const broken = links.broken(siteFiles(plan.staged));
        const missingPages = broken.filter((link) => link.reason === 'no such page');
        if (missingPages.length > 0) throw new BrokenLinksError(describeBrokenLinks(missingPages));
        const anchors = broken.filter((link) => link.reason === 'no such anchor');
        const unresolved = broken.filter((link) => link.reason === 'left as written');
        missingAnchors = anchors.length > 0 ? describeMissingAnchors(anchors) : undefined;
        unresolvedLinks = unresolved.length > 0 ? describeUnresolvedLinks(unresolved) : undefined;
        kept = await (written ?? search.write(folder));
        await Promise.all([search.keep(), search.stop(), facts?.keep()]);
      } finally {
        // An index still being written when the build failed would write into a removed folder.
        await written?.catch(() => undefined);
        await Promise.all([search.close(), facts?.discard()]);
      }
      writeHeaders(plan.staged, policy.merged(), plan.unlisted);
      return {
        indexed: search.pages.length,
        kept,
        ahead: kept ? 0 : search.ahead,
        ...(missingAnchors ? { missingAnchors } : {}),
        ...(unresolvedLinks ? { unresolvedLinks } : {}),
      };
    },
  };
}

/** Checks links, writes the search index and replaces `outDir`. */
export async function publishBuild(plan: PublishPlan): Promise<Published> {
  const published = await (await startPublication(plan)).finish();
  promoteStagedBuild(plan.staged, plan.outDir);
  return published;
}
