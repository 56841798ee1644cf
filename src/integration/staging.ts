// Build into a staging folder and swap it into place only when everything succeeded; a build that
// fails, in whichever process, removes its staging folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether process `pid` runs; never for 0 or a negative pid, which would ask about a process group. */
export function isRunning(pid: number): boolean {
  if (!(pid > 0)) return false; // kill(0) would ask about this whole process group
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The staging folder of the build running in process `pid`. */
export function stagingPath(projectRoot: string, pid = process.pid): string {
  return join(projectRoot, '.milepost-build', `dist-${pid}`);
}

const handedOn = new Set<string>();

/**
 * A fresh staging folder inside the project (same file system as dist/, so the swap is a
 * rename). Folders left by builds that crashed are removed; those of running builds are not.
 * The folder is removed when this process exits, unless it was handed on first (handOn).
 */
export function stagingFolder(projectRoot: string): string {
  const parent = join(projectRoot, '.milepost-build');
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    const pid = Number(/^dist-(\d+)$/.exec(name)?.[1]);
    if (!pid) {
      // A publisher file whose folder is gone (published, or removed after a failed publish).
      if (name.endsWith('.publisher') && !existsSync(join(parent, name.replace(/\.publisher$/, ''))))
        rmSync(join(parent, name), { force: true });
      continue;
    }
    if (pid === process.pid || !isStillBuilding(join(parent, name))) {
      rmSync(join(parent, name), { recursive: true, force: true });
      rmSync(publisherFile(join(parent, name)), { force: true });
    }
  }
  const folder = stagingPath(projectRoot);
  mkdirSync(folder, { recursive: true });
  // Astro exits the process when a page fails to render: no hook runs after a failed build.
  process.once('exit', () => {
    if (!handedOn.has(folder)) rmSync(folder, { recursive: true, force: true });
  });
  return folder;
}

/**
 * Whether the build of a staging folder is still going: its Astro process runs, or the process it
 * was handed on to (handOn) still publishes it.
 */
export function isStillBuilding(folder: string): boolean {
  const pid = Number(/dist-(\d+)$/.exec(folder)?.[1]);
  return isRunning(pid) || isRunning(publisherOf(folder));
}

/** Beside a handed-on staging folder: the process that publishes it, so other builds leave it alone. */
const publisherFile = (folder: string) => `${folder}.publisher`;
const publisherOf = (folder: string) => Number(existsSync(publisherFile(folder)) ? readFileSync(publisherFile(folder), 'utf8') : 0);

/**
 * The staged build is complete and the parent process (`npm run build`) publishes it: keep it when
 * this one exits, and mark it as the parent's, so that a build started meanwhile does not take
 * it for a crashed build's folder.
 */
export function handOn(folder: string): void {
  const staged = folder.replace(/\/$/, '');
  handedOn.add(staged);
  writeFileSync(publisherFile(staged), String(process.ppid));
}

/**
 * Replaces `target` with `staged`; the old output is removed only after the new one is in place,
 * by a process of its own, so the build is done without waiting for thousands of files to be
 * deleted (4 s of a 25 s rebuild of the image-heavy help center).
 */
export function promoteStagedBuild(staged: string, target: string): void {
  const previous = `${target.replace(/\/$/, '')}.previous-${process.pid}`;
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, previous);
  try {
    renameSync(staged, target);
  } catch (error) {
    if (hadTarget) renameSync(previous, target);
    throw error;
  }
  // Only now: until the folder is gone, its publisher file tells other builds it is being published.
  rmSync(publisherFile(staged.replace(/\/$/, '')), { force: true });
  if (hadTarget) removeInBackground(previous);
}

function removeInBackground(folder: string): void {
  const script = `require('node:fs').rmSync(${JSON.stringify(folder)}, { recursive: true, force: true })`;
  spawn(process.execPath, ['-e', script], { detached: true, stdio: 'ignore' }).unref();
}
