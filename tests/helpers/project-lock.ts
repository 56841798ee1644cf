// One Astro process at a time in this project across test files. Astro writes the content
// modules of the root it builds to the project's .astro/ (content-modules.mjs, read back when it
// bundles), so a build of another fixture started meanwhile could leave this one without its MDX
// articles ("Unexpected error while rendering"). Vitest runs test files side by side; builds of
// one project do not.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRunning } from '../../src/integration/staging.ts';

const LOCK = fileURLToPath(new URL('../../node_modules/.cache/milepost-tests/astro.lock', import.meta.url));
const OWNER = join(LOCK, 'pid');
const WAIT = new Int32Array(new SharedArrayBuffer(4));

/** Takes the lock if it is free, or held by a test process that has exited; true if taken. */
function tryLock(): boolean {
  try {
    mkdirSync(join(LOCK, '..'), { recursive: true });
    mkdirSync(LOCK);
  } catch {
    let owner = 0;
    try {
      owner = Number(readFileSync(OWNER, 'utf8'));
    } catch {
      return false; // just taken, its owner not yet written
    }
    if (!(owner > 0) || isRunning(owner)) return false; // an owner not yet written, or one that runs
    rmSync(LOCK, { recursive: true, force: true });
    return tryLock();
  }
  writeFileSync(OWNER, String(process.pid));
  return true;
}

const unlock = () => rmSync(LOCK, { recursive: true, force: true });

/** Longer than any test's build: a lock held this long belongs to a process that is not a test's (its pid reused). */
const GIVE_UP_MS = 5 * 60_000;

function waited(since: number): void {
  if (Date.now() - since > GIVE_UP_MS) throw new Error(`The test lock ${LOCK} was held for 5 minutes: remove it if no test runs`);
}

/** Runs `work` (a synchronous build) when no other test file's Astro process runs in this project. */
export function withProjectLock<T>(work: () => T): T {
  const since = Date.now();
  while (!tryLock()) {
    waited(since);
    Atomics.wait(WAIT, 0, 0, 100);
  }
  try {
    return work();
  } finally {
    unlock();
  }
}

/** As withProjectLock, for work that is asynchronous (a dev server). */
export async function withProjectLockAsync<T>(work: () => Promise<T>): Promise<T> {
  const since = Date.now();
  while (!tryLock()) {
    waited(since);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    return await work();
  } finally {
    unlock();
  }
}
