// The publish step (src/integration/publish.ts) on a worker thread of `npm run build`'s parent
// process, started while Astro builds: Pagefind's module is loaded by the time the plan arrives,
// and the thread's heap has limits of its own (src/cli/build.ts). It reads the pages as soon as
// Astro has written them ('start', while Astro's image step runs) and publishes once Astro has
// exited ('finish').
import { parentPort } from 'node:worker_threads';
import { BrokenLinksError, startPublication, type Publication, type Published, type PublishPlan } from './publish.ts';

export type PublishRequest = { start: PublishPlan } | { finish: true };

/** What the worker answers 'finish' with: pages indexed, broken links, or another failure's stack. */
export type PublishOutcome = Published | { broken: string; hint: string } | { failed: string };

let publication: Promise<Publication> | undefined;

parentPort?.on('message', async (request: PublishRequest) => {
  if ('start' in request) {
    publication = startPublication(request.start);
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
