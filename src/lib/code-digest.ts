// Digests of code a cache was made with: Milepost's own files and the versions of packages, so a
// change of either makes what was kept unusable instead of being served as if it were current.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A package's version, from the package.json above its entry point (packages that export no other path too). */
export function packageVersion(name: string): string {
  for (let folder = dirname(fileURLToPath(import.meta.resolve(name))); folder !== dirname(folder); folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}

/** The digest of `paths` (files, and folders ending in "/", each file in them and their subfolders in path order) and of the versions of `packages`. */
export function codeDigest(paths: string[], packages: string[] = []): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    const files = path.endsWith('/')
      ? readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
          .sort()
      : [path];
    for (const file of files) hash.update(readFileSync(file));
  }
  for (const name of packages) hash.update(`${name}@${packageVersion(name)}`);
  return hash.digest('hex');
}
