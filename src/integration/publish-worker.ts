// The publish step (src/integration/publish.ts) on a worker thread of `npm run build`'s parent
// process, started while Astro builds, with heap limits of its own (src/cli/build.ts). It gives
// Pagefind the last build's pages as soon as it knows where the build cache is ('warm',
// src/integration/warm-index.ts), reads the pages as soon as Astro has written them ('start',
// while Astro's image step runs) and publishes once Astro has exited ('finish').
import { parentPort } from 'node:worker_threads';
import { close as closePagefind } from 'pagefind';
import { BrokenLinksError, startPublication, type Publication, type Published, type PublishPlan } from './publish.ts';
import { indexedSourcesDigest } from '../content/source-digests.ts';
import { resolveRoot } from '../content/settings.ts';
import { WarmIndex } from './warm-index.ts';

export type PublishRequest = { warm: string } | { start: PublishPlan } | { finish: true } | { cancel: true };

/** What the worker answers 'finish' with: pages indexed, broken links, or another failure's stack. */
export type PublishOutcome = Published | { broken: string; hint: string } | { failed: string };

let warm: WarmIndex | undefined;
/** The content the index is made from, read while Astro builds (indexedSourcesDigest). */
let sources: string | undefined;
let publication: Promise<Publication> | undefined;

parentPort?.on('message', async (request: PublishRequest) => {
  if ('warm' in request) {
    // Only a head start: without it, the publish step indexes every page itself.
    sources = indexedSourcesDigest(resolveRoot());
    warm = WarmIndex.start(request.warm, sources);
    return;
  }
  if ('cancel' in request) {
    // Astro failed. Pagefind is stopped, not cut off mid-answer by the worker's end: once, under a
    // loaded machine, that printed Pagefind's panic ("Broken pipe") under Astro's error.
    await closePagefind().catch(() => undefined);
    parentPort?.close();
    return;
  }
  if ('start' in request) {
    publication = startPublication(request.start, warm, sources);
    publication.catch(() => undefined); // reported on 'finish'
    return;
  }
  let outcome: PublishOutcome;
  try {
    if (!publication) throw new Error('The publish step was asked to finish before it started');
    outcome = await (await publication).finish();
  } catch (error) {
    outcome =
      error instanceof BrokenLinksError ? { broken: error.message, hint: error.hint } : { failed: (error as Error).stack ?? String(error) };
  }
  parentPort?.postMessage(outcome);
  parentPort?.close();
});
