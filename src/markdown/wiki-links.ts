// A wiki's links between pages, as GitHub wikis and Obsidian vaults write them: `[[Page Name]]`,
// `[[Link text|Page-Name]]` (GitHub: the text first), `[[Page Name|text]]` (Obsidian: the page
// first), `[[Page Name#Heading]]`. Rewritten before an article is parsed into a Markdown link to
// "wiki:Page Name" (export-tags.ts), which the validator and the renderer resolve to the page of that
// name: its file beside the article or in a folder above it, named as written or with hyphens for
// spaces (GitHub's file names). A name no page has is a warning, and the page shows the text.
import { posix } from 'node:path';
import { slug } from 'github-slugger';
import { tryDecode } from '../lib/escape.ts';
import { ARTICLE_EXTENSIONS } from '../lib/slugs.ts';

export const WIKI_SCHEME = 'wiki:';

/** `[[…]]` not preceded by "!" (an Obsidian embed stays as written) and on one line. */
const WIKILINK = /(?<!!)\[\[([^[\]\n]+?)\]\]/g;

/** The line with its wiki links as Markdown links to "wiki:" addresses. */
export function withWikiLinks(line: string): string {
  if (!line.includes('[[')) return line;
  return line.replace(WIKILINK, (_whole, inside: string) => {
    const [first = '', second] = inside.split('|').map((part) => part.trim());
    // The page is the side without spaces where only one side has none ("Install guide|Install-Guide").
    const githubOrder = second !== undefined && /\s/.test(first) && !/\s/.test(second);
    const page = githubOrder ? second : first;
    const [name = '', heading] = page.split('#');
    const text = second === undefined ? (heading ?? name) : githubOrder ? first : second;
    const anchor = heading ? `#${slug(heading)}` : '';
    return `[${text.replace(/[[\]\\]/g, '\\$&')}](<${WIKI_SCHEME}${encodeURI(name.trim())}${anchor}>)`;
  });
}

/**
 * The page a "wiki:" address names, as a path inside content/kb without extension resolved, from
 * the article at `fromKbPath`; undefined when no page has that name. `exists` is given a kb path.
 */
export function wikiPage(fromKbPath: string, address: string, exists: (kbPath: string) => boolean): string | undefined {
  const name = (tryDecode(address.slice(WIKI_SCHEME.length).split('#')[0]!, decodeURI) ?? '').trim();
  if (!name || name.includes('..')) return undefined;
  const spellings = [...new Set([name, name.replace(/ /g, '-')])];
  for (let folder = posix.dirname(fromKbPath); ; folder = posix.dirname(folder)) {
    for (const spelling of spellings)
      for (const extension of ARTICLE_EXTENSIONS) {
        const candidate = posix.join(folder, `${spelling}${extension}`);
        if (exists(candidate)) return candidate;
      }
    if (folder === '.' || folder === '/' || folder === '') return undefined;
  }
}
