// Files placed in the output from the build cache: hard-linked where the two share a file system
// (nothing is copied, and the cache only ever renames new files into place, so a link never
// changes under a published site), copied where they do not.
import { copyFileSync, linkSync } from 'node:fs';
import { copyFile, link } from 'node:fs/promises';

export async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to));
}

/** linkOrCopy, synchronously: for a worker thread that has nothing else to do meanwhile. */
export function linkOrCopySync(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
