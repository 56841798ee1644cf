// SHA-256 digests of files, each file read and hashed once per process while it is unchanged.
// The image pipeline (in the integration) and the article pages' cache keys (in the bundle Vite
// builds) both digest the article images, 38 MB on the image-heavy help center: the one that comes
// second finds the first one's digests here. Shared through globalThis, as the two load this module
// separately in the one Astro process.
import { createHash } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

interface Known {
  size: number;
  mtimeMs: number;
  digest: string;
}

const SHARED = Symbol.for('milepost.fileDigests');
const known: Map<string, Known> = ((globalThis as { [SHARED]?: Map<string, Known> })[SHARED] ??= new Map());

/** Hex SHA-256 of `bytes`. */
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The digest noted for `path` when it was read, if the file has not changed since (size and modification time). */
function noted(path: string, stats: Pick<Stats, 'size' | 'mtimeMs'>): string | undefined {
  const entry = known.get(path);
  return entry && entry.size === stats.size && entry.mtimeMs === stats.mtimeMs ? entry.digest : undefined;
}

function note(path: string, stats: Pick<Stats, 'size' | 'mtimeMs'>, bytes: Uint8Array): string {
  const digest = sha256(bytes);
  known.set(path, { size: stats.size, mtimeMs: stats.mtimeMs, digest });
  return digest;
}

/** The file's bytes and their digest; throws as readFile does. */
export async function readWithDigest(path: string): Promise<{ bytes: Uint8Array; digest: string }> {
  const file = await open(path);
  try {
    const stats = await file.stat();
    const bytes = await file.readFile();
    return { bytes, digest: noted(path, stats) ?? note(path, stats, bytes) };
  } finally {
    await file.close();
  }
}

/** The file's digest, read and hashed only when it was not, or changed since; throws as readFileSync does. */
export function fileDigest(path: string): string {
  const stats = statSync(path);
  return noted(path, stats) ?? note(path, stats, readFileSync(path));
}
