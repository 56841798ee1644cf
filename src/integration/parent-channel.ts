// Under `npm run build` (src/cli/build.ts) the Astro process runs with an IPC channel to its parent,
// which publishes the build. The parent is told where the build cache keeps the search index as
// soon as the settings are known, to start from it while Astro builds (src/integration/warm-index.ts),
// is handed the publish plan as soon as every page is written, and is told when the output is
// complete: Astro only prints its summary and exits after that.
import type { PublishPlan } from './publish.ts';

/** Set by `npm run build` for the Astro process it starts with a channel: the parent publishes. */
export const PUBLISH_IN_PARENT_ENV = 'MILEPOST_PUBLISH_IN_PARENT';

export type ToParent = { searchCache: string } | { plan: PublishPlan } | { outputComplete: true };

export const publishesInParent = (): boolean => process.env[PUBLISH_IN_PARENT_ENV] === '1' && process.send !== undefined;

/** Sends `message` to the parent; resolves once it is on the channel, as Astro exits as soon as it is done. */
export function tellParent(message: ToParent): Promise<void> {
  return new Promise((resolve, reject) => {
    process.send!(message, undefined, {}, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}
