// `npm run build`: runs `astro build` in a child process; this small parent checks links, indexes
// the built site for search and publishes it. The pages are read as soon as Astro has written
// them all (while it writes images); Pagefind writes its index, its memory peak, once Astro has
// exited and returned the memory it needed for rendering, so the two peaks never add up (see the
// README's "Performance").
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { discoverFiles } from '../content/files.ts';
import { buildNow } from '../content/now.ts';
import { htmlCacheEnv } from '../content/html-conversions.ts';
import { resolveRoot } from '../content/settings.ts';
import { INVALID_CONTENT_EXIT } from '../integration/exit-codes.ts';
import type { Published, PublishPlan } from '../integration/publish.ts';
import { isSmallIndex } from '../integration/index-size.ts';
import type { PublishOutcome, PublishRequest } from '../integration/publish-worker.ts';
import { describeIndex, wantsTraces, withoutStackTraces } from './build-output.ts';
import { PUBLISH_IN_PARENT_ENV, VALIDATION_IN_PARENT_ENV, type FromParent, type ToParent } from '../integration/parent-channel.ts';
import { promoteStagedBuild, stagingPath } from '../integration/staging.ts';
import { buildCacheRoot, compileCacheEnv } from './compile-cache.ts';
import { RESOLUTIONS_FILE_ENV } from './module-resolutions.ts';

const ASTRO = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));

/** Loaded first in the Astro process: its imports resolve as in the last build (src/cli/module-resolutions.ts). */
const REMEMBER_RESOLUTIONS = new URL('./remember-resolutions.ts', import.meta.url).href;

/**
 * Content files from which rolldown returns the memory it freed at once. Each return is a system
 * call, and the memory is faulted in again when needed: a help center's one-article rebuild (407
 * content files) took 2.96 s with them and 2.65 s with mimalloc's default delay (means of twelve
 * builds in ABBA order; 1.52 against 1.30 s of system time). On a large site the memory is worth
 * it: at 10,000 pages returning it at once took 230 MB off the Astro process's peak.
 */
export const RETURN_MEMORY_FROM_FILES = 2_000;

/**
 * The environment of the Astro process. Far from its limit (4 GB on a large machine), V8 lets
 * the heap fill with garbage before it collects, and rolldown's allocator keeps the memory it
 * freed for later: both stay resident for the rest of the build. So the heap gets a limit sized
 * from the content, twice the live heap measured (about 130 MB plus 18 KB per content file),
 * and on a large site rolldown returns memory at once. A heap limit set in NODE_OPTIONS wins.
 */
export function astroProcessEnv(contentFiles: number, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const options = env.NODE_OPTIONS ?? '';
  const heapMb = Math.min(4096, Math.max(512, Math.round(260 + (contentFiles * 36) / 1024)));
  const purgeDelay = env.MIMALLOC_PURGE_DELAY ?? (contentFiles > RETURN_MEMORY_FROM_FILES ? '0' : undefined);
  return {
    ...env,
    NODE_OPTIONS: /--max-old-space-size\b/.test(options) ? options : `${options} --max-old-space-size=${heapMb}`.trim(),
    ...(purgeDelay !== undefined ? { MIMALLOC_PURGE_DELAY: purgeDelay } : {}),
  };
}

/**
 * V8 settings for the Astro process that NODE_OPTIONS cannot carry. A build allocates fast from a
 * small live heap (50–60 MB for the help center), and V8, sizing the old generation from it, ran
 * eight full collections in a 2-second rebuild, their marking busy on the second core: an initial
 * old generation of 256 MB leaves one. Six interleaved pairs of warm help-center builds: 2.01–2.36 s
 * against 2.53–2.79 s, 0.6 CPU seconds less each, for 30–80 MB more resident memory.
 */
export const ASTRO_V8_FLAGS = ['--initial-old-space-size=256'];

/**
 * Runs `astro build` with a channel for its messages (src/integration/parent-channel.ts); a build
 * that fails, even by a crash, leaves no staging folder behind.
 */
function runAstro(
  args: string[],
  env: NodeJS.ProcessEnv,
  onMessage: (message: ToParent, reply: (answer: FromParent) => void) => void,
): Promise<number> {
  const verbose = wantsTraces(args);
  const astroArgs = args.filter((arg) => arg !== '--verbose');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...ASTRO_V8_FLAGS, '--import', REMEMBER_RESOLUTIONS, ASTRO, 'build', ...astroArgs], {
      stdio: verbose ? ['inherit', 'inherit', 'inherit', 'ipc'] : ['inherit', 'pipe', 'pipe', 'ipc'],
      env: { ...env, [PUBLISH_IN_PARENT_ENV]: '1' },
      // Messages as structured clones: a validation's maps and sets cross as they are.
      serialization: 'advanced',
    });
    const reply = (answer: FromParent) => void (child.connected && child.send(answer));
    child.on('message', (message) => onMessage(message as ToParent, reply));
    child.stdout?.pipe(withoutStackTraces()).pipe(process.stdout);
    child.stderr?.pipe(withoutStackTraces()).pipe(process.stderr);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      // A process that crashed or was killed (out of memory) could not remove its own.
      if (code !== 0) rmSync(stagingPath(process.cwd(), child.pid), { recursive: true, force: true });
      // V8 aborts when the heap is exhausted: report it as a shell would, 128 + SIGABRT.
      resolve(code ?? (signal === 'SIGABRT' ? 134 : 1));
    });
  });
}

const log = (message: string) => process.stdout.write(`${new Date().toTimeString().slice(0, 8)} [milepost] ${message}\n`);

/**
 * The publish step's worker thread (src/integration/publish-worker.ts), started while Astro
 * builds. The Astro process tells it where the build cache is, to start Pagefind on the last
 * build's pages (src/integration/warm-index.ts), and hands it the plan as soon as every page is
 * written, while Astro's image step still runs: the worker starts reading the pages then.
 * Reading every page and handing it to Pagefind makes garbage that V8 answers by growing
 * the young generation, and the process's resident memory with it, next to Pagefind's own peak:
 * with the young generation capped at 8 MB this process peaked at 148–161 MB instead of 261 MB
 * while publishing a 10,000-page build (7,337 pages indexed), in the same time (48.7–49.7 s).
 */
function startPublisher() {
  const worker = new Worker(new URL('../integration/publish-worker.ts', import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  const outcome = new Promise<PublishOutcome>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The publish step stopped (exit code ${code}) before it was done`)));
  });
  outcome.catch(() => undefined); // awaited, and reported, only once Astro has succeeded
  // Made now: a worker that has already stopped when the build is cancelled fires no 'exit' again.
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let plan: PublishPlan | undefined;
  let complete: () => void;
  const tell = (request: PublishRequest) => worker.postMessage(request);
  return {
    /** What the Astro process says: where the search cache is, then the plan, then that its output is complete. */
    onMessage(message: ToParent) {
      if ('searchCache' in message) tell({ warm: message.searchCache });
      else if ('plan' in message) {
        if (!plan) tell({ start: (plan = message.plan) });
      } else if ('outputComplete' in message) complete();
    },
    /** Settles when Astro has written everything: it only prints its summary and exits after that. */
    outputComplete: new Promise<void>((resolve) => (complete = resolve)),
    /** Whether the site's search index is small enough to be written while Astro exits (isSmallIndex). */
    smallIndex: () => plan !== undefined && isSmallIndex(plan.search),
    /**
     * Links, search index and `_headers` for the staged build, which `promote` then swaps into
     * dist/; a build that fails here leaves dist/ as it was. Returns the outcome of the step.
     */
    async finish(): Promise<PublishOutcome> {
      if (!plan) throw new Error('Astro finished without handing on its publish plan');
      tell({ finish: true });
      const result = await outcome.catch((error: Error) => ({ failed: error.stack ?? error.message }));
      if (!('indexed' in result)) rmSync(plan.staged, { recursive: true, force: true });
      return result;
    },
    promote: () => promoteStagedBuild(plan!.staged, plan!.outDir),
    /**
     * Stops the publish step and its Pagefind process, and removes what it wrote: Astro failed.
     * The worker may have started on the plan Astro handed on before failing, and a small site's
     * index is written into the staging folder as soon as its pages are read, which could put the
     * folder back after the failed build had removed it.
     */
    async cancel(): Promise<void> {
      tell({ cancel: true });
      // The worker exits once Pagefind has stopped; this is in case it does not.
      const fallback = setTimeout(() => void worker.terminate(), 2_000);
      await exited;
      clearTimeout(fallback);
      if (plan) rmSync(plan.staged, { recursive: true, force: true });
    },
  };
}

/** Reports a publish step that failed, as a build log line or a thrown error; returns the exit code. */
function reportFailure(result: Exclude<PublishOutcome, Published>): number {
  if ('broken' in result) {
    log(`${result.broken}\n  ${result.hint}`);
    return 1;
  }
  const error = new Error(result.failed.split('\n')[0]!.replace(/^\w*Error: /, ''));
  error.stack = result.failed;
  throw error;
}

/** Reports an Astro process that failed; returns the exit code. */
function reportAstroFailure(code: number, env: NodeJS.ProcessEnv): number {
  // Invalid content: the integration has printed every problem, the summary and the hint.
  if (code === INVALID_CONTENT_EXIT) return 1;
  // Whatever failed, the next build resolves its imports afresh: a package file removed by hand
  // since the last build would otherwise fail it again.
  rmSync(env[RESOLUTIONS_FILE_ENV]!, { force: true });
  if (code === 134)
    log(
      `Astro ran out of JavaScript heap (NODE_OPTIONS=${env.NODE_OPTIONS}); give it more with NODE_OPTIONS=--max-old-space-size=<megabytes>.`,
    );
  else
    log(
      `The build failed in Astro (its message is above); dist/ is unchanged.\n  hint: Run \`DEBUG=milepost npm run build\` to see where in the code it failed.`,
    );
  return code;
}

/**
 * Content files up to which this process validates the content while the Astro process starts,
 * and hands it the result (src/integration/parent-channel.ts). Validating is on the path of every
 * build in the Astro process, 150–190 ms of a help center's 2.4-second rebuild (407 files, its
 * code just loaded), and this process is idle until the pages are written. A large site's result
 * would sit in this process's memory beside Astro's peak: it validates in the Astro process.
 */
export const VALIDATED_HERE_UP_TO = 2_000;

/** The content validated in this process; undefined when that failed (the Astro process then validates). */
async function validateWhileAstroStarts(): Promise<FromParent['validation']> {
  try {
    const { validateRoot } = await import('../content/validate.ts');
    return validateRoot(resolveRoot());
  } catch {
    return undefined;
  }
}

/**
 * Builds the portal; `args` go to `astro build` as they are. Returns the exit code. A small site is
 * published as soon as Astro's output is complete, while the Astro process exits (returning its
 * memory); a large one once it has exited, so that Pagefind's memory peak does not add to
 * Astro's. dist/ is replaced only when both succeeded.
 */
export async function build(args: string[]): Promise<number> {
  const contentFiles = discoverFiles(resolveRoot()).length;
  const validatesHere = contentFiles <= VALIDATED_HERE_UP_TO;
  // HTML articles converted to Markdown once, by whichever process reads them first; `--force` ignores the caches.
  if (!args.includes('--force')) Object.assign(process.env, htmlCacheEnv(buildCacheRoot(), contentFiles));
  const env = {
    ...astroProcessEnv(contentFiles),
    // Set already when the command line put the compile cache in place for this process too.
    ...compileCacheEnv(buildCacheRoot()),
    [RESOLUTIONS_FILE_ENV]: join(buildCacheRoot(), 'node-resolutions', 'astro.json'),
    // Both processes build as of the same moment.
    ...(validatesHere ? { [VALIDATION_IN_PARENT_ENV]: '1', MILEPOST_NOW: process.env.MILEPOST_NOW ?? buildNow.toISOString() } : {}),
  };
  let validation: Promise<FromParent['validation']> | undefined;
  const astro = runAstro(args, env, (message, reply) => {
    if ('wantsValidation' in message) void (validation ?? Promise.resolve(undefined)).then((result) => reply({ validation: result }));
    else publisher.onMessage(message);
  });
  // Started after Astro, in this otherwise idle process: Astro is not kept waiting for it.
  const publisher = startPublisher();
  if (validatesHere) validation = validateWhileAstroStarts();
  let code = await Promise.race([astro, publisher.outputComplete.then(() => undefined)]);
  if (code === undefined && !publisher.smallIndex()) code = await astro;
  if (code !== undefined && code !== 0) {
    await publisher.cancel();
    return reportAstroFailure(code, env);
  }
  const started = performance.now();
  const result = await publisher.finish();
  // An Astro process that fails even now has its staging folder removed by runAstro.
  code ??= await astro;
  if (code !== 0) return reportAstroFailure(code, env);
  if (!('indexed' in result)) return reportFailure(result);
  publisher.promote();
  if (result.missingAnchors) log(`warning: ${result.missingAnchors}`);
  if (result.unresolvedLinks) log(`warning: ${result.unresolvedLinks}`);
  log(
    `${describeIndex(result)} and every internal link checked, ${((performance.now() - started) / 1000).toFixed(1)}s after Astro; dist/ replaced`,
  );
  return 0;
}
