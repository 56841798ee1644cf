// The publish step (src/integration/publish.ts) on a worker thread of `npm run build`'s parent
// process, started while Astro builds: Pagefind's module is loaded by the time the plan arrives,
// and the thread's heap has limits of its own (src/cli/build.ts).
import { parentPort } from 'node:worker_threads';
import { BrokenLinksError, publishBuild, type PublishPlan } from './publish.ts';

/** What the worker answers the plan with: pages indexed, broken links, or another failure's stack. */
export type PublishOutcome = { indexed: number } | { broken: string; hint: string } | { failed: string };

parentPort?.once('message', async (plan: PublishPlan) => {
  let outcome: PublishOutcome;
  try {
    outcome = { indexed: await publishBuild(plan) };
  } catch (error) {
    outcome =
      error instanceof BrokenLinksError ? { broken: error.message, hint: error.hint } : { failed: (error as Error).stack ?? String(error) };
  }
  parentPort?.postMessage(outcome);
});
