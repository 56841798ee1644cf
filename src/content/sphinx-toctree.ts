// A Sphinx site's order of pages, as its HTML output keeps it: the toctree of a folder's
// index.html (`div.toctree-wrapper`, its pages' links nested by level) lists the pages below it in
// the order the project's index.rst gives them. Read as a navigation file (navigation-files.ts):
// the pages take that order instead of their titles' alphabetical one. A page without a toctree
// places nothing.
import { posix } from 'node:path';
import { tryDecode } from '../lib/escape.ts';
import { placesFromLinks, type NavPlace } from './kb-navigation.ts';

export const SPHINX_TOCTREE_FILES = ['index.html'];

/** Each toctree of the page: a caption and nested lists of links, no element of its own that ends it early. */
const TOCTREE = /<div class="toctree-wrapper[^"]*"[^>]*>([\s\S]*?)<\/div>/g;
const LINK = /<a\s[^>]*?href="([^"#]*)[^"]*"/g;

export function sphinxToctreePlaces(source: string, folder: string): { places: Map<string, NavPlace> } {
  const links: string[] = [];
  for (const [, toctree] of source.matchAll(TOCTREE))
    for (const [, href] of toctree!.matchAll(LINK)) {
      const path = tryDecode(href!.replace(/&amp;/g, '&'));
      // A link to an anchor of the index itself, or out of the site, is no page of the tree.
      if (path && !/^[a-z][a-z0-9+.-]*:|^\//i.test(path)) links.push(posix.join(folder, path));
    }
  return { places: placesFromLinks(links, folder) };
}
