// Addresses an article's link or image may have in its old help center but never on the portal:
// a script ("javascript:void(0)", which editors used for buttons), a file on the computer the
// article was written on ("file:///C:/Users/…", pasted from a document), a blank or in-memory
// page, the placeholder Confluence exports for a macro, a person's profile on the old wiki (an
// @mention). The validator warns about each (src/content/article-link-check.ts) and the page shows the
// link's text, or the image's description, instead (src/markdown/article-links.ts). The scheme is
// read as a browser reads it, for YAML Markdown's safe links too (src/lib/markdown.ts).

export type DeadAddress = 'script' | 'local-file' | 'nowhere' | 'placeholder' | 'person';

/** Where Confluence's HTML export points a macro it could not export (a date, a Jira list): an image of nothing. */
const CONFLUENCE_PLACEHOLDER = /^(?:[^?#]*\/)?plugins\/servlet\/confluence\/placeholder\//;
/** A person's profile on the wiki the page came from, as Confluence writes an @mention: "/display/~jdoe", "/wiki/people/5c4c…". */
const WIKI_PERSON = /^\/(?:wiki\/)?(?:display\/~|people\/)/;

/** A raster image written into the article (the page's policy allows data: images). */
export const INLINE_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,/i;

/** `url` as a browser reads its scheme: without control characters and spaces ("java\tscript:"). */
const compacted = (url: string) => url.replace(/[\u0000-\u0020\u007f]/g, '');

/** The scheme of `url` in lower case ("javascript"), as a browser reads it; undefined for a relative address. */
export const schemeOf = (url: string): string | undefined => /^([a-z][a-z0-9+.-]*):/i.exec(compacted(url))?.[1]?.toLowerCase();

const DEAD_SCHEMES: Record<string, DeadAddress> = {
  javascript: 'script',
  vbscript: 'script',
  file: 'local-file',
  about: 'nowhere',
  blob: 'nowhere',
  filesystem: 'nowhere',
  data: 'nowhere',
};

/** What `url` is when a reader could not follow it from the portal, or undefined. */
export function deadAddress(url: string, image = false): DeadAddress | undefined {
  if (CONFLUENCE_PLACEHOLDER.test(url.trim())) return 'placeholder';
  if (!image && WIKI_PERSON.test(url.trim())) return 'person';
  const scheme = schemeOf(url);
  if (scheme === undefined || !Object.hasOwn(DEAD_SCHEMES, scheme)) return undefined;
  if (image && INLINE_IMAGE.test(compacted(url))) return undefined;
  return DEAD_SCHEMES[scheme];
}
