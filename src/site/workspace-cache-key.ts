// Cache keys of customer workspace pages for Astro's incremental build (astro.config.mjs): a
// workspace whose key and code are unchanged since the last build is copied from the build cache,
// not rendered. The key holds everything the page is made from: the workspace itself (the
// customer, its plan, its status on the build's day in its time zone, the upcoming sessions it
// lists, its certification) and one digest of every other entry of the site, which its links,
// references and layout may show. A customer's edit, or an article's text, renders that
// customer's page alone or none; a plan, course or settings edit, an article's title, or another
// day, renders them all, as before.
import { getEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import { currentValidation } from '../content/load.ts';
import { entriesOf } from './collections.ts';
import type { Workspace } from './customer-workspace.ts';

const OTHER_COLLECTIONS = ['plans', 'kb', 'kbFolders', 'faqs', 'videos', 'courses', 'certifications'] as const;

// Made once per validation: once per build (the dev server validates again on each edit).
const othersByValidation = new WeakMap<object, Promise<string>>();

/** One digest of the site settings and of the data of every entry that is not a customer. */
function everythingButCustomers(): Promise<string> {
  const validation = currentValidation();
  let others = othersByValidation.get(validation);
  if (others) return others;
  others = (async () => {
    const hash = createHash('sha256').update(JSON.stringify((await getEntry('site', 'site'))?.data ?? null));
    for (const name of OTHER_COLLECTIONS) {
      // What entries show elsewhere is their data: an article's body, which no workspace shows, is not in it.
      for (const entry of await entriesOf(name)) hash.update(`\n${name}/${entry.id}:${JSON.stringify(entry.data)}`);
    }
    return hash.digest('base64url');
  })();
  othersByValidation.set(validation, others);
  return others;
}

export async function workspaceCacheKey(workspace: Workspace): Promise<string> {
  return createHash('sha256')
    .update(await everythingButCustomers())
    .update(JSON.stringify(workspace))
    .digest('base64url');
}
