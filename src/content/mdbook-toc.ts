// An mdBook's table of contents, as its HTML export keeps it: in every page's sidebar (index.html
// of older books), or once for the whole book since mdBook 0.4.41 (toc.js, and toc.html for
// readers without JavaScript). Read as a navigation file (navigation-files.ts): the chapters take
// the book's order instead of their titles' alphabetical one. A file of those names that an mdBook
// did not write places nothing.
import { posix } from 'node:path';
import { placesFromLinks, type NavReading } from './kb-navigation.ts';

/** Where the table of contents is, newest mdBook first: a folder's first one that exists is read. */
export const MDBOOK_TOC_FILES = ['toc.html', 'toc.js', 'index.html'];

/** mdBook's mark: a comment in the head of its pages, the custom element of its toc.js. */
const MDBOOK = /generated using mdBook|MDBookSidebarScrollbox/;
/** The list of chapters (in toc.js, inside a string), and where it ends: the sidebar, the string, the page. */
const CHAPTERS = /<ol class=\\?"chapter\\?">/;
const END = /<\/nav>|';|<\/body>/;
const LINK = /<a\s[^>]*?href=\\?"([^"\\]+)\\?"/g;

export function mdbookTocPlaces(source: string, folder: string): NavReading {
  const start = MDBOOK.test(source) ? CHAPTERS.exec(source) : null;
  if (!start) return { places: new Map() };
  const list = source.slice(start.index);
  const end = END.exec(list);
  const links = Array.from((end ? list.slice(0, end.index) : list).matchAll(LINK), ([, href]) =>
    posix.join(folder, href!.replace(/&amp;/g, '&')),
  );
  return { places: placesFromLinks(links, folder) };
}
