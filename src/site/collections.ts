// The entries of a collection, for pages. Astro warns "The collection … does not exist or is
// empty" each time a page asks for a collection with no entries, and most help centers have no
// courses, FAQ sets or customers: a KB-only export printed 25 such warnings per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ContentIndex } from '../content/content-index.ts';
import { loadContent, oncePerValidation } from '../content/load.ts';
import { dataPageCacheKey } from './data-page-cache-key.ts';

type Collection = 'plans' | 'kb' | 'kbFolders' | 'faqs' | 'videos' | 'courses' | 'certifications' | 'customers';

/** The kinds this build has entries of. */
const kindsWithEntries = oncePerValidation(() => {
  const content = loadContent();
  return new Set((Object.keys(content) as (keyof ContentIndex)[]).filter((key) => [content[key]].flat().some(Boolean)));
});

const hasEntries = (kind: keyof ContentIndex): boolean => kindsWithEntries().has(kind);

/** Whether this build has entries of a collection: a section with none gets no page and no place in the navigation. */
export function portalHas(name: Collection): boolean {
  return hasEntries(name === 'kb' ? 'articles' : name);
}

/**
 * `getStaticPaths` of a section's index page (`[...index].astro`, `undefined` being the section's
 * own address): the page exists only when the portal has entries of `name`. A help center
 * brought in on its own has no plans, courses, FAQ sets or videos, and no empty pages for them.
 */
export async function sectionIndexPaths(name: Collection): Promise<{ params: { index: undefined }; cacheKey: string }[]> {
  return portalHas(name) ? [{ params: { index: undefined }, cacheKey: await dataPageCacheKey() }] : [];
}

/** `getCollection(name)`, without asking Astro for a collection this portal has no files of. */
export async function entriesOf<C extends Collection>(name: C): Promise<CollectionEntry<C>[]> {
  return portalHas(name) ? getCollection(name) : [];
}
