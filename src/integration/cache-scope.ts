// Build caches per content root, edition, base path and site URL. Astro's content store and
// incremental-build cache know nothing of MILEPOST_ROOT or the edition: shared by two roots, the
// store hands the second root entries (and image imports) of the first. Each combination gets a
// cache folder of its own, so a build never reads what a build of other content wrote, and
// switching back and forth (both editions in CI, two portals from one clone) keeps both warm.
import { createHash } from 'node:crypto';

export interface CacheScope {
  root: string;
  edition: string;
  base: string;
  site: string | undefined;
}

/** How the cache folder of every scope starts (scopedCacheDir). */
export const SCOPED_CACHE_PREFIX = 'milepost-';

/** The cache folder for `scope`, inside the configured one. */
export function scopedCacheDir(cacheDir: URL, scope: CacheScope): URL {
  const key = createHash('sha256')
    .update(JSON.stringify([scope.root, scope.edition, scope.base, scope.site ?? '']))
    .digest('hex')
    .slice(0, 16);
  return new URL(`${SCOPED_CACHE_PREFIX}${key}/`, cacheDir);
}
