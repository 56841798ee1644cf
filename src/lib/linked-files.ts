// Files placed in the output from the build cache: hard-linked where the two share a file system
// (nothing is copied, and the cache only ever renames new files into place, so a link never
// changes under a published site), copied where they do not.
import { copyFile, link } from 'node:fs/promises';

export async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to));
}
