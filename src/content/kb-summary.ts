// GitBook's SUMMARY.md: the table of contents of a space, and the only place the order of its
// pages is written. It is not an article. Its links, in order, give the pages and folders they
// lead to their order, where their own frontmatter gives none.
import { posix } from 'node:path';
import { tryDecode } from '../lib/escape.ts';
import { KB_SUMMARY } from '../lib/kb-paths.ts';
import type { ContentIndex } from './content-index.ts';

const LIST_LINK = /^\s*[*+-]\s+\[[^\]]*\]\(\s*<?([^)>]+?)>?\s*\)/;

/** Whether a file of content/kb (its path there) is the table of contents. */
export const isKbSummary = (kbPath: string) => kbPath === KB_SUMMARY;

/** The kb paths the table of contents links to, each with its position (1, 2, …). */
export function summaryPositions(summary: string): Map<string, number> {
  const positions = new Map<string, number>();
  for (const line of summary.split(/\r?\n/)) {
    const target = LIST_LINK.exec(line)?.[1];
    if (!target || /^[a-z][\w+.-]*:/i.test(target)) continue;
    const written = target.replace(/[#?].*$/, '');
    let path = posix.normalize(tryDecode(written, decodeURI) ?? written);
    if (path.endsWith('/')) path += 'README.md';
    if (!positions.has(path)) positions.set(path, positions.size + 1);
  }
  return positions;
}

/** Gives the articles and folders the table of contents lists its order, unless their frontmatter has one. */
export function orderBySummary(content: ContentIndex, summary: string): void {
  const positions = summaryPositions(summary);
  for (const { kbPath, data } of [...content.articles, ...content.kbFolders]) {
    const position = positions.get(kbPath);
    if (data.order === undefined && position !== undefined) data.order = position;
  }
}
