// Cache keys of article pages for Astro's incremental build (astro.config.mjs): a page whose key
// and code are unchanged since the last build is copied from the build cache, not rendered. So
// the key holds everything the page shows: the article and its images, its section and
// neighbours, what it lists as related, its last-updated date and the site settings.
import { getEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import { loadContent } from '../content/load.ts';
import { resolveRoot } from '../content/settings.ts';
import { articleSourceDigests } from '../content/source-digests.ts';
import { resolveReferences } from './catalog.ts';
import { trail } from '../lib/kb-outline.ts';
import { articleById, neighbours, relatedReferences, type KbTree } from './kb-tree.ts';

/** The cache key of every article page, by article id. */
export async function articleCacheKeys(tree: KbTree): Promise<Map<string, string>> {
  const sources = articleSourceDigests(resolveRoot(), loadContent().articles);
  const site = (await getEntry('site', 'site'))!;
  const keys = new Map<string, string>();
  for (const [id, place] of tree.place) {
    const article = articleById(id, tree);
    const { previous, next } = neighbours(article, tree);
    const shown = {
      source: sources.get(id),
      place: trail(place.folder).map((folder) => folder.title),
      neighbours: [previous, next].map((other) => other && [other.id, other.data.title]),
      related: await resolveReferences(relatedReferences(article, tree)),
      updated: tree.updated.get(id)?.toISOString(),
      sourcePath: tree.sourcePath.get(id),
      site: site.digest,
    };
    keys.set(id, createHash('sha256').update(JSON.stringify(shown)).digest('base64url'));
  }
  return keys;
}
