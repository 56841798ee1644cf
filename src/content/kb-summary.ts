// GitBook's SUMMARY.md: the table of contents of a space, and the only place the order of its
// pages is written. It is not an article. Its links, in order, give the pages and folders they
// lead to their order, where their own frontmatter gives none (kb-navigation.ts). Docsify's
// _sidebar.md is the same nested list of links (docsify-sidebar.ts).
import { KB_SUMMARY } from '../lib/kb-paths.ts';
import { placesFromLinks, type NavPlace } from './kb-navigation.ts';

/** A list item that starts with a link: `* [Title](path.md)`, `- [Title](<path with spaces.md> "tip")`. */
const LIST_LINK = /^\s*[*+-]\s+\[[^\]]*\]\(\s*(?:<([^>]*)>|([^)\s]+))[^)]*\)/;

/** Whether a file of content/kb (its path there) is the table of contents. */
export const isKbSummary = (kbPath: string) => kbPath === KB_SUMMARY;

/** Where the list's links lead, as written, in order: `[Title](path.md ':target=_blank')` → "path.md". */
export function summaryLinks(summary: string): string[] {
  return summary.split(/\r?\n/).flatMap((line) => {
    const match = LIST_LINK.exec(line);
    return match ? [match[1] ?? match[2]!] : [];
  });
}

/** The pages and folders the table of contents lists, each at its position; a folder where its first page is. */
export const summaryPlaces = (summary: string): Map<string, NavPlace> => placesFromLinks(summaryLinks(summary));
