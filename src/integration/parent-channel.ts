// Under `npm run build` (src/cli/build.ts) the Astro process runs with an IPC channel to its parent,
// which publishes the build. The parent is told where the build cache keeps the search index as
// soon as the settings are known, to start from it while Astro builds (src/integration/warm-index.ts),
// is handed the publish plan as soon as every page is written, and is told when the output is
// complete: Astro only prints its summary and exits after that.
import type { ValidationResult } from '../content/validate.ts';
import type { PublishPlan } from './publish.ts';

/** Set by `npm run build` for the Astro process it starts with a channel: the parent publishes. */
export const PUBLISH_IN_PARENT_ENV = 'MILEPOST_PUBLISH_IN_PARENT';

export type ToParent = { searchCache: string } | { plan: PublishPlan } | { outputComplete: true } | { wantsValidation: true };

/** The parent's answer to `wantsValidation`: its validation of the content, or undefined when it has none. */
export type FromParent = { validation: ValidationResult | undefined };

/** Set by `npm run build` when it validates the content itself while the Astro process starts. */
export const VALIDATION_IN_PARENT_ENV = 'MILEPOST_VALIDATION_IN_PARENT';

export const publishesInParent = (): boolean => process.env[PUBLISH_IN_PARENT_ENV] === '1' && process.send !== undefined;

/** Sends `message` to the parent; resolves once it is on the channel, as Astro exits as soon as it is done. */
export function tellParent(message: ToParent): Promise<void> {
  return new Promise((resolve, reject) => {
    process.send!(message, undefined, {}, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

/**
 * The parent's validation of the content, when it made one while this process started (a small
 * site, src/cli/build.ts): asked for once the integration needs it, as a message sent before
 * anyone listened would be lost. Undefined when this process is to validate on its own, and
 * resolves to undefined when the parent has none after all.
 */
export function validationFromParent(): Promise<ValidationResult | undefined> | undefined {
  if (!publishesInParent() || process.env[VALIDATION_IN_PARENT_ENV] !== '1') return undefined;
  return new Promise((resolve) => {
    const answered = (validation: ValidationResult | undefined) => {
      process.off('message', onMessage);
      process.off('disconnect', onDisconnect);
      resolve(validation);
    };
    const onMessage = (message: FromParent) => {
      if ('validation' in message) answered(message.validation);
    };
    const onDisconnect = () => answered(undefined);
    process.on('message', onMessage);
    process.on('disconnect', onDisconnect);
    tellParent({ wantsValidation: true }).catch(() => answered(undefined));
  });
}
