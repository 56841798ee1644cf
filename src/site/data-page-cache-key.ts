// Cache keys of the pages made from entries' data alone, for Astro's incremental build
// (astro.config.mjs): plans, training, certification, FAQ and video pages. Such a page shows
// entries' data (titles of what it references included), the site settings, the layout and the
// upcoming sessions, and never an article's text or a customer: after an article's text is
// edited, or a customer's file, it is copied from the build cache instead of rendered again. Any
// other edit, or a session that has started since the last build, renders them all.
import { getEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import { oncePerValidation } from '../content/load.ts';
import { entriesOf } from './collections.ts';
import { layoutCacheKey } from './layout-cache-key.ts';
import { allUpcomingSessions } from './sessions.ts';

const OTHER_COLLECTIONS = ['plans', 'kb', 'kbFolders', 'faqs', 'videos', 'courses', 'certifications'] as const;

/** One digest of the site settings and of the data of every entry that is not a customer. */
export const everythingButCustomers = oncePerValidation(async () => {
  const hash = createHash('sha256').update(JSON.stringify((await getEntry('site', 'site'))?.data ?? null));
  for (const name of OTHER_COLLECTIONS) {
    // What entries show elsewhere is their data: an article's body, which these pages never show, is not in it.
    for (const entry of await entriesOf(name)) hash.update(`\n${name}/${entry.id}:${JSON.stringify(entry.data)}`);
  }
  return hash.digest('base64url');
});

/** The cache key of every page made from entries' data alone. */
export const dataPageCacheKey = oncePerValidation(async () =>
  createHash('sha256')
    .update(await everythingButCustomers())
    .update(await layoutCacheKey())
    .update(JSON.stringify(await allUpcomingSessions()))
    .digest('base64url'),
);
