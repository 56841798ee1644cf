// What is on disk under content/kb, by kb path (from the root of content/kb): the validator's link
// check and the renderer's links both resolve a relative link against the files, as the site it
// came from did, not against the entries.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Whether anything, and whether a folder, is at a kb path under `kbRoot`. */
export function kbFiles(kbRoot: string): { exists: (kbPath: string) => boolean; isFolder: (kbPath: string) => boolean } {
  return {
    exists: (kbPath) => existsSync(join(kbRoot, kbPath)),
    isFolder: (kbPath) => !!statSync(join(kbRoot, kbPath), { throwIfNoEntry: false })?.isDirectory(),
  };
}
