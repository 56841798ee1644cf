// A Confluence space's HTML export: its overview, index.html, lists the space's pages as a tree
// ("Available Pages:"), the only place their order is written, as the space's sidebar showed it.
// Read as a navigation file (navigation-files.ts): the pages take the tree's order, each parent
// before its children. Any other index.html places nothing.
import { childPath, type NavPlace, type NavReading } from './kb-navigation.ts';

export const CONFLUENCE_OVERVIEW = 'index.html';

/** Where the overview's details table is: the mark of a Confluence export's index.html. */
const OVERVIEW = /<div\s+id="main-content"\s+class="pageSection"/;
const LINK = /<a\s[^>]*?href="([^"]+)"/g;

export function confluencePagesPlaces(source: string, folder: string): NavReading {
  const places = new Map<string, NavPlace>();
  const overview = OVERVIEW.exec(source);
  if (!overview) return { places };
  let position = 0;
  for (const [, href] of source.slice(overview.index).matchAll(LINK)) {
    const path = /^[a-z][\w+.-]*:|^[/#]/i.test(href!) ? undefined : childPath(folder, href!.replace(/&amp;/g, '&'));
    if (path !== undefined && !places.has(path)) places.set(path, { order: ++position });
  }
  return { places };
}
