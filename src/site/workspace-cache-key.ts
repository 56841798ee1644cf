// Cache keys of customer workspace pages for Astro's incremental build (astro.config.mjs): a
// workspace whose key and code are unchanged since the last build is copied from the build cache,
// not rendered. The key holds everything the page is made from: the workspace itself (the
// customer, its plan, its status on the build's day in its time zone, the upcoming sessions it
// lists, its certification) and one digest of every other entry of the site, which its links,
// references and layout may show. A customer's edit, or an article's text, renders that
// customer's page alone or none; a plan, course or settings edit, an article's title, or another
// day, renders them all, as before.
import { createHash } from 'node:crypto';
import type { Workspace } from './customer-workspace.ts';
import { everythingButCustomers } from './data-page-cache-key.ts';

export async function workspaceCacheKey(workspace: Workspace): Promise<string> {
  return createHash('sha256')
    .update(await everythingButCustomers())
    .update(JSON.stringify(workspace))
    .digest('base64url');
}
