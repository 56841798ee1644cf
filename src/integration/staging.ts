// Build into a staging folder and swap it into place only when everything succeeded.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A fresh staging folder inside the project (same file system as dist/, so the swap is a rename). */
export function stagingFolder(projectRoot: string): string {
  const folder = join(projectRoot, '.milepost-build', `dist-${process.pid}`);
  rmSync(join(projectRoot, '.milepost-build'), { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Replaces `target` with `staged`; the old output is removed only after the new one is in place. */
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
  if (hadTarget) rmSync(previous, { recursive: true, force: true });
  rmSync(join(staged, '..'), { recursive: true, force: true });
}
