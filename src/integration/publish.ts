// The last step of every build: one pass over the built pages checks every internal link and
// feeds the search index; only when both succeed is the staged build swapped into dist/.
// It runs inside the Astro integration, or, under `npm run build`, on a worker thread of the small
// parent process (src/cli/build.ts): pages are read once Astro has written them all, the index
// is written once Astro has exited, so rendering and writing the index never hold memory at once.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeBrokenLinks, LinkCheck, siteFiles } from './link-check.ts';
import { openSearchIndex, type SearchManifest } from './search-index.ts';
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
}

export class BrokenLinksError extends Error {
  readonly hint = 'Fix the link in the content that produces that page (Markdown link, FAQ answer, or reference).';
}

/**
 * A build being published: every page of the staged build read once, for the link check and the
 * search index. Pages can be read as soon as Astro has written them, while it still writes images.
 */
export interface Publication {
  /** Checks links against every file staged by now, writes the index, replaces `outDir`; returns the pages indexed. */
  finish(): Promise<number>;
}

/** Reads every page staged by now into the link check and the search index. */
export async function startPublication(plan: PublishPlan): Promise<Publication> {
  const links = new LinkCheck(plan.base);
  const search = await openSearchIndex(plan.search);
  let indexed = 0;
  try {
    // One page at a time: Pagefind numbers pages in the order they arrive, so this keeps the
    // index the same, file for file, from one build of the same content to the next.
    // The plan's list, not the folder's: Astro is still writing images and removing its own
    // working files in the staged folder while the pages are read.
    for (const path of plan.pages) {
      const html = await readFile(join(plan.staged, path), 'utf8');
      links.addPage(path, html);
      if (await search.addPage(path, html)) indexed++;
    }
  } catch (error) {
    await search.close();
    throw error;
  }
  return {
    async finish() {
      try {
        const broken = links.broken(await siteFiles(plan.staged));
        if (broken.length > 0) throw new BrokenLinksError(describeBrokenLinks(broken));
        await search.write(join(plan.staged, 'pagefind'));
      } finally {
        await search.close();
      }
      promoteStagedBuild(plan.staged, plan.outDir);
      return indexed;
    },
  };
}

/** Checks links, writes the search index and replaces `outDir`; returns how many pages were indexed. */
export async function publishBuild(plan: PublishPlan): Promise<number> {
  return (await startPublication(plan)).finish();
}
