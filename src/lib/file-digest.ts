// SHA-256 digests of files, each file read and hashed once while it is unchanged.
// The image pipeline (in the integration) and the article pages' cache keys (in the bundle Vite
// builds) both digest the article images, 38 MB on the image-heavy help center: the one that comes
// second finds the first one's digests here. Shared through globalThis, as the two load this module
// separately in the one Astro process.
// Between builds the digests are kept in the build cache (keepDigests, recallDigests) with what
// identifies the file as it was read, as git's index does: size, modification and change times and
// inode. A rebuild on the same checkout then reads only the files that changed; a fresh checkout
// (CI) gives every file new times, and every file is read again.
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

type Identity = Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>;

interface Known {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  digest: string;
  /** Read within two seconds of a change: a second change in the same tick of the file system's clock would not show in its times. */
  racy?: boolean;
}

interface Shared {
  known: Map<string, Known>;
  /** The files looked up in this process: the ones kept for the next build. */
  used: Set<string>;
}

const SHARED = Symbol.for('milepost.fileDigests');
const shared: Shared = ((globalThis as { [SHARED]?: Shared })[SHARED] ??= { known: new Map(), used: new Set() });

/** Hex SHA-256 of `bytes`. */
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The digest noted for `path`, if the file is still the one that was read. */
function noted(path: string, stats: Identity): string | undefined {
  shared.used.add(path);
  const entry = shared.known.get(path);
  const same =
    entry && entry.size === stats.size && entry.mtimeMs === stats.mtimeMs && entry.ctimeMs === stats.ctimeMs && entry.ino === stats.ino;
  return same ? entry.digest : undefined;
}

function note(path: string, stats: Identity, bytes: Uint8Array): string {
  const digest = sha256(bytes);
  const racy = Math.max(stats.ctimeMs, stats.mtimeMs) > Date.now() - 2_000;
  shared.known.set(path, {
    size: stats.size,
    mtimeMs: stats.mtimeMs,
    ctimeMs: stats.ctimeMs,
    ino: stats.ino,
    digest,
    ...(racy ? { racy } : {}),
  });
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

/** The file's digest, and its bytes when they had to be read for it; throws as readFile does. */
export async function digestOf(path: string): Promise<{ digest: string; bytes?: Uint8Array }> {
  const known = noted(path, await stat(path));
  return known ? { digest: known } : readWithDigest(path);
}

/** The file's digest, read and hashed only when it was not, or changed since; throws as readFileSync does. */
export function fileDigest(path: string): string {
  const stats = statSync(path);
  return noted(path, stats) ?? note(path, stats, readFileSync(path));
}

/** Takes up the digests an earlier build kept in `file` (keepDigests); a missing or unreadable file is no loss. */
export function recallDigests(file: string): void {
  let kept: [string, Known][];
  try {
    kept = JSON.parse(readFileSync(file, 'utf8')) as [string, Known][];
  } catch {
    return;
  }
  if (!Array.isArray(kept)) return;
  for (const [path, entry] of kept) if (typeof entry?.digest === 'string' && !shared.known.has(path)) shared.known.set(path, entry);
}

/** Keeps in `file` the digests of the files looked up in this process, but racy ones, for the next build. */
export function keepDigests(file: string): void {
  const kept = [...shared.used].flatMap((path) => {
    const entry = shared.known.get(path);
    return entry && !entry.racy ? [[path, entry] as const] : [];
  });
  writeFileSync(file, JSON.stringify(kept));
}
