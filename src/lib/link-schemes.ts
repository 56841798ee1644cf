// Addresses an article's link or image may have in its old help center but never on the portal:
// a script ("javascript:void(0)", which editors used for buttons), a file on the computer the
// article was written on ("file:///C:/Users/…", pasted from a document), a blank or in-memory
// page. The validator warns about each (src/content/article-link-check.ts) and the page shows the
// link's text, or the image's description, instead (src/markdown/article-links.ts).

export type DeadAddress = 'script' | 'local-file' | 'nowhere';

/** A raster image written into the article (the page's policy allows data: images). */
export const INLINE_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,/i;

/**
 * What `url` is when a reader could not follow it from the portal, or undefined. Browsers ignore
 * control characters and spaces inside a scheme ("java\tscript:"), so this does too.
 */
export function deadAddress(url: string, image = false): DeadAddress | undefined {
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (/^(?:javascript|vbscript):/i.test(compact)) return 'script';
  if (/^file:/i.test(compact)) return 'local-file';
  if (image && INLINE_IMAGE.test(compact)) return undefined;
  if (/^(?:about|blob|filesystem|data):/i.test(compact)) return 'nowhere';
  return undefined;
}
