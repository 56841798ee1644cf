// Node's compile cache for `npm run build`'s processes (this one, its publish worker and Astro's),
// kept beside the build caches, which the ready workflow keeps between CI runs.
import { enableCompileCache } from 'node:module';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SCOPED_CACHE_PREFIX } from '../integration/cache-scope.ts';

/** Node's compile cache, inside the build cache folder. */
export const COMPILE_CACHE_FOLDER = 'node-compile-cache';

/** Files of the compile cache from which it is emptied (compileCacheEnv): about 75 MB. */
export const COMPILE_CACHE_FILES = 10_000;

/** Astro's cache folder (astro.config.mjs: MILEPOST_CACHE_DIR, else Astro's default). */
export const buildCacheRoot = (env: NodeJS.ProcessEnv = process.env): string => resolve(env.MILEPOST_CACHE_DIR ?? 'node_modules/.astro');

/**
 * Files in the compile cache: Node keeps a folder per version and platform, its entries in it.
 * Listed a level at a time: a recursive listing looks at every entry to know whether it is a
 * folder, 25–35 ms for 5,000 entries on every build, against 2.5 ms.
 */
function entriesIn(folder: string): number {
  let entries = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true }))
    entries += entry.isDirectory() ? readdirSync(join(folder, entry.name)).length : 1;
  return entries;
}

/**
 * The environment that puts the build's compile cache in place. Astro's CLI turns the cache on, in
 * the system's temporary folder, which a CI runner starts without: every build wrote it again, 1.2 s
 * of a cold help-center build (12.18 s against 10.97 s without the cache; 11.33 s against 9.85 s
 * with a filled one, means of builds in ABBA order) and 0.7 s of a rebuild (3.26 s against
 * 2.54 s). So it lives beside the build caches from the second build on; the first build, with no
 * build cache yet, goes without (nothing to read, and writing it cost more than compiling). Each
 * build's bundle is in a folder of its own and adds entries no build reads again: past
 * COMPILE_CACHE_FILES files the cache starts over. What the user set for Node's compile cache wins.
 */
export function compileCacheEnv(cacheRoot: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  if (env.NODE_COMPILE_CACHE !== undefined || env.NODE_DISABLE_COMPILE_CACHE !== undefined) return {};
  // An earlier build left its scoped cache folder (src/integration/cache-scope.ts) here.
  const built = existsSync(cacheRoot) && readdirSync(cacheRoot).some((name) => name.startsWith(SCOPED_CACHE_PREFIX));
  if (!built) return { NODE_DISABLE_COMPILE_CACHE: '1' };
  const folder = join(cacheRoot, COMPILE_CACHE_FOLDER);
  if (existsSync(folder) && entriesIn(folder) > COMPILE_CACHE_FILES) rmSync(folder, { recursive: true, force: true });
  return { NODE_COMPILE_CACHE: folder };
}

/**
 * Puts the compile cache in place for this process, the worker threads it starts and the Astro
 * process, which inherit its environment. Called before the build's own modules load: they are
 * TypeScript, which Node strips of its types on every load unless the cache holds the result
 * (this process started Astro 65–70 ms after its own start with the cache, 130–150 ms without, in
 * a help center's rebuild).
 */
export function useCompileCache(cacheRoot: string): void {
  const settings = compileCacheEnv(cacheRoot);
  Object.assign(process.env, settings);
  if (settings.NODE_COMPILE_CACHE) enableCompileCache(settings.NODE_COMPILE_CACHE);
}
