// An mdBook's table of contents, as its HTML export keeps it: in every page's sidebar (index.html
// of older books), or once for the whole book since mdBook 0.4.41 (toc.js, and toc.html for
// readers without JavaScript). Read as a navigation file (navigation-files.ts): the chapters take
// the book's order instead of their titles' alphabetical one. A file of those names that an mdBook
// did not write places nothing.
import { posix } from 'node:path';
import { decodeHtmlEntities } from '../lib/escape.ts';
import { navTarget, placesFromLinks, type NavReading } from './kb-navigation.ts';
import { MDBOOK } from './mdbook-index.ts';

/** Where the table of contents is, newest mdBook first: a folder's first one that exists is read. */
export const MDBOOK_TOC_FILES = ['toc.html', 'toc.js', 'index.html'];

/** mdBook's mark: a comment in the head of its pages, the custom element of its toc.js. */
const MDBOOK_TOC = new RegExp(`${MDBOOK.source}|MDBookSidebarScrollbox`);
/** The list of chapters (in toc.js, inside a string), and where it ends: the sidebar, the string, the page. */
const CHAPTERS = /<ol class=\\?"chapter\\?">/;
const END = /<\/nav>|';|<\/body>/;
const LINK = /<a\s[^>]*?href=\\?"([^"\\]+)\\?"/g;

export function mdbookTocPlaces(source: string, folder: string): NavReading {
  const start = MDBOOK_TOC.test(source) ? CHAPTERS.exec(source) : null;
  if (!start) return { places: new Map() };
  const rest = source.slice(start.index);
  const end = END.exec(rest);
  const list = end ? rest.slice(0, end.index) : rest;
  const links = Array.from(list.matchAll(LINK), ([, href]) => posix.join(folder, href!.replace(/&amp;/g, '&')));
  const places = placesFromLinks(links, folder);
  for (const [path, title] of sectionTitles(list, folder)) places.set(path, { ...places.get(path), title });
  return { places };
}

/** A nested list of chapters, a chapter's link, and the closing of a list (in toc.js, inside a string). */
const TOC_PART = /<ol class=\\?"section\\?">|<\/ol>|<a\s[^>]*?href=\\?"([^"\\]+)\\?"[^>]*>([\s\S]*?)<\/a>/g;

/**
 * A folder's title from the chapter whose sub-chapters it holds, where that chapter is in the
 * folder too ("Implementing Arc and Mutex", arc-mutex/arc-and-mutex.html, above arc-mutex/arc.html):
 * the folder's name says less. A folder with an index file (a README chapter) is titled by it.
 */
function sectionTitles(list: string, folder: string): Map<string, string> {
  const chapters: { path: string; title: string; depth: number }[] = [];
  let depth = 0;
  for (const [part, href, text] of list.matchAll(TOC_PART)) {
    if (href === undefined) depth += part.startsWith('</') ? -1 : 1;
    else {
      const path = navTarget(posix.join(folder, href.replace(/&amp;/g, '&')));
      // mdBook numbers chapters in a <strong> before the title ("1.2.").
      const title = decodeHtmlEntities(text!.replace(/<strong[^>]*>[\s\S]*?<\/strong>/g, '').replace(/<[^>]+>/g, '')).trim();
      if (path !== undefined && title) chapters.push({ path, title, depth });
    }
  }
  const titles = new Map<string, string>();
  chapters.forEach((chapter, at) => {
    const section = posix.dirname(chapter.path);
    const next = chapters[at + 1];
    if (
      section === '.' ||
      section === folder ||
      titles.has(section) ||
      chapters.slice(0, at).some((before) => before.path.startsWith(`${section}/`))
    )
      return;
    if (next && next.depth === chapter.depth + 1 && next.path.startsWith(`${section}/`)) titles.set(section, chapter.title);
  });
  return titles;
}
