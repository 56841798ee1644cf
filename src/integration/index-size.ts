// How large a site's search index is: a small one is written as soon as the pages are read, while
// Astro may still run, and placed beside the kept one; a large one waits for Astro to exit, so
// that Pagefind's memory peak does not add to Astro's. Its own module: `npm run build`'s parent
// asks before it has loaded the publish step.

/**
 * Pagefind hands a placed index's files over as base64 in JSON, so the publish step holds about
 * five times the index's size meanwhile: about 15 MB for the help center's 406 pages (2.5 MB),
 * 75 MB at 2,000 pages; Pagefind itself peaked at 127–142 MB at 1,000 pages.
 */
export const SMALL_INDEX_PAGES = 2_000;

/** Whether the index of these pages (a SearchManifest's) is small. */
export const isSmallIndex = (manifest: { pages: Record<string, unknown> }): boolean =>
  Object.keys(manifest.pages).length <= SMALL_INDEX_PAGES;
