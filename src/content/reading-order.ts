// A book's reading order as its HTML keeps it: each page names the next one in its head
// (`<link rel="next" href="…">`, as DocBook's and Publican's books and Sphinx's sites write
// them) or in its navigation bar (`<a rel="next" href="…">`, as MkDocs' own theme writes it), from
// the home page, index.html, to the last page. Read as a navigation file
// (navigation-files.ts), after the formats that list the pages themselves: the pages take the
// book's order instead of their titles' (PostgreSQL's 1,171 pages in one folder: Preface, then
// Part I's chapters and their sections, then the reference pages, where titles put "Appendix A"
// before "Chapter 1" and the reference pages among them). A home without such a link places nothing.
// A manual made by Texinfo's makeinfo is read by its home page's table of contents instead: its
// "next" is the next section of the same level, so the chain holds the chapters alone (GNU Octave's
// manual: 49 of its 512 pages).
import { join, posix } from 'node:path';
import { tryDecode } from '../lib/escape.ts';
import { fileStart } from './file-reads.ts';
import { placesFromLinks, type NavReading } from './kb-navigation.ts';
import { MAKEINFO } from '../markdown/texinfo-page.ts';

export const READING_ORDER_FILES = ['index.html', 'index.htm'];

/** Where a page's `<link>`s are: its head, well before this far in (Publican's pages: 1 KB; MkDocs' navigation bar: 6.5 KB). */
const HEAD_BYTES = 16 * 1024;
/** More pages than any book has: a chain that loops back or runs on is cut there. */
const MOST_PAGES = 50_000;

const NEXT_LINK = /<(?:link|a)\b[^>]*\brel\s*=\s*["']?next\b[^>]*>/i;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** The page `head` names as the next one, as a kb path from the page at `page`; undefined for none or one outside the folder. */
function nextPage(head: string, page: string, folder: string): string | undefined {
  const link = NEXT_LINK.exec(head)?.[0];
  const match = link === undefined ? undefined : HREF.exec(link);
  return match ? inFolder(match[1] ?? match[2] ?? match[3] ?? '', page, folder) : undefined;
}

/** The link's target as a kb path from the page at `page`; undefined for one outside the folder or of another site. */
function inFolder(href: string, page: string, folder: string): string | undefined {
  const target = href.replace(/&amp;/g, '&').replace(/[?#].*$/, '');
  if (!target || /^[a-z][a-z0-9+.-]*:|^\//i.test(target)) return undefined;
  const next = posix.join(posix.dirname(page), tryDecode(target) ?? target);
  return folder === '' ? (next.startsWith('../') ? undefined : next) : next.startsWith(`${folder}/`) ? next : undefined;
}

/** A page's `<meta name="generator">`, as its head writes it. */
const GENERATOR = /<meta\s+name="generator"\s+content="([^"]*)"/i;
const TEXINFO_CONTENTS = /<h2 class="contents-heading">[\s\S]*?<div class="contents">/;

/** The pages a makeinfo home page's table of contents lists, in its order; none for another page. */
function texinfoContents(source: string, home: string, folder: string): string[] {
  const start = MAKEINFO.test(GENERATOR.exec(source.slice(0, HEAD_BYTES))?.[1] ?? '') ? TEXINFO_CONTENTS.exec(source) : null;
  if (!start) return [];
  const pages: string[] = [];
  // The list ends with the contents' own <div>: the first </div> at the depth it opened.
  let depth = 1;
  const tags = /<(\/?)div\b[^>]*>|<a\b[^>]*\bhref="([^"]*)"/gi;
  tags.lastIndex = start.index + start[0].length;
  for (let tag = tags.exec(source); tag && depth > 0; tag = tags.exec(source)) {
    if (tag[2] !== undefined) {
      const page = inFolder(tag[2], home, folder);
      if (page !== undefined && page !== home && !pages.includes(page)) pages.push(page);
    } else depth += tag[1] ? -1 : 1;
  }
  return pages;
}

/** The pages of the folder's book in reading order, from its home page (`source`, the folder's index.html). */
export function readingOrderPlaces(source: string, folder: string, fileName: string, kbRoot: string): NavReading {
  const home = folder ? `${folder}/${fileName}` : fileName;
  const contents = texinfoContents(source, home, folder);
  if (contents.length > 0) return { places: placesFromLinks(contents, folder) };
  const pages: string[] = [];
  const seen = new Set([home]);
  let page = nextPage(source.slice(0, HEAD_BYTES), home, folder);
  while (page !== undefined && !seen.has(page) && pages.length < MOST_PAGES) {
    seen.add(page);
    pages.push(page);
    const head = fileStart(join(kbRoot, page), HEAD_BYTES)?.toString('utf8');
    page = head === undefined ? undefined : nextPage(head, page, folder);
  }
  return { places: placesFromLinks(pages, folder) };
}
