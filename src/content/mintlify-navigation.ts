// Mintlify's `docs.json` (or the older `mint.json`) at the docs root: its `navigation` lists the
// pages, by path from the root without extension, in groups, tabs, anchors or dropdowns, in the
// order readers saw them.
import { readObjectLiteral, type LiteralValue } from '../lib/object-literal.ts';
import { placesFromLinks, type NavReading } from './kb-navigation.ts';

/** The names of Mintlify's settings file, the current one first. */
export const MINTLIFY_FILES = ['docs.json', 'mint.json'];

/**
 * The pages of every `pages` list (and a group's `root` page) under `node`, in order. Whatever
 * holds them (a list of groups, `tabs`, `groups`, `anchors`, `dropdowns`, `versions`…) is walked
 * alike; group names, icons and links to other sites are not pages.
 */
function pagesIn(node: LiteralValue, out: string[]): string[] {
  if (Array.isArray(node)) for (const item of node) pagesIn(item, out);
  if (!(node instanceof Map)) return out;
  for (const [key, value] of node) {
    if (key === 'root' && typeof value === 'string') out.push(value);
    else if (key === 'pages' && Array.isArray(value))
      for (const page of value) typeof page === 'string' ? out.push(page) : pagesIn(page, out);
    else pagesIn(value, out);
  }
  return out;
}

/** The places the navigation gives the pages it lists; a folder goes where its first page does. */
export function mintlifyPlaces(source: string): NavReading {
  const read = readObjectLiteral(source, false);
  if ('problem' in read) return read;
  const navigation = read.value.get('navigation');
  return { places: placesFromLinks(navigation === undefined ? [] : pagesIn(navigation, [])) };
}
