// What the layout around every page shows besides the page itself (src/layouts/Base.astro): the
// site settings, and the sections the navigation links, which are only those the portal has
// entries of. Part of the cache key of every page Astro's incremental build may copy: the first
// video of a help center adds "Videos" to the navigation of every page, and removing the last FAQ
// set takes a link to a page that no longer exists off every page. Also the code that turns
// Markdown into HTML: Astro hashes the modules each page imports, but the Markdown pipeline is
// Astro's config, which no page imports, so pages rendered by the old pipeline were copied.
import { getEntry } from 'astro:content';
import { markdownPipeline } from './pipeline-digest.ts';
import { portalSections } from './sections.ts';

export async function layoutCacheKey(): Promise<string> {
  const site = (await getEntry('site', 'site'))!;
  return JSON.stringify([site.digest, portalSections().map((section) => section.kind), markdownPipeline()]);
}
