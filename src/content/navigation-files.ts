// Finds the navigation files of docs tools in content/kb and gives the pages and folders they list
// their order and titles (kb-navigation.ts). None is an article; one that cannot be read is a
// warning at its line, and the pages keep the order they would have without it.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { tryDecode } from '../lib/escape.ts';
import { KB_SUMMARY } from '../lib/kb-paths.ts';
import { CONFLUENCE_OVERVIEW, confluencePagesPlaces } from './confluence-pages.ts';
import type { ContentIndex } from './content-index.ts';
import type { Diagnostic } from './diagnostics.ts';
import { DOCSIFY_SIDEBAR, docsifySidebarPlaces } from './docsify-sidebar.ts';
import { applyNavigation, placesFromLinks, type NavPlace, type NavReading } from './kb-navigation.ts';
import { kbFiles } from './kb-files.ts';
import { WIKI_SCHEME, wikiPage, withWikiLinks } from '../markdown/wiki-links.ts';
import { summaryPlaces } from './kb-summary.ts';
import { MDBOOK_TOC_FILES, mdbookTocPlaces } from './mdbook-toc.ts';
import { MINTLIFY_FILES, mintlifyPlaces } from './mintlify-navigation.ts';
import { MKDOCS_PAGES_FILE, mkdocsPagesPlaces } from './mkdocs-pages.ts';
import { NEXTRA_META_FILES, nextraMetaPlaces } from './nextra-meta.ts';
import { READING_ORDER_FILES, readingOrderPlaces } from './reading-order.ts';
import { SPHINX_TOCTREE_FILES, sphinxToctreePlaces } from './sphinx-toctree.ts';

interface NavigationFormat {
  /** The docs tool that writes it, for a CS editor: "Nextra". */
  tool: string;
  /** The names it goes by; a folder's first one that exists is read. */
  fileNames: string[];
  /** Read only at the top of content/kb. */
  rootOnly?: boolean;
  /** `kbRoot` is the absolute path of content/kb, for formats that name pages rather than link files. */
  read: (source: string, folder: string, fileName: string, kbRoot: string) => NavReading;
}

/** A GitHub wiki's sidebar (wiki-links.ts names its pages). */
const WIKI_SIDEBAR = '_Sidebar.md';

/** In the order they apply: where two files place the same page, the first wins. */
const FORMATS: NavigationFormat[] = [
  { tool: 'GitBook', fileNames: [KB_SUMMARY], rootOnly: true, read: (source) => ({ places: summaryPlaces(source) }) },
  { tool: 'Docsify', fileNames: [DOCSIFY_SIDEBAR], read: (source, folder) => ({ places: docsifySidebarPlaces(source, folder) }) },
  { tool: 'Nextra', fileNames: NEXTRA_META_FILES, read: nextraMetaPlaces },
  { tool: 'MkDocs', fileNames: [MKDOCS_PAGES_FILE], read: mkdocsPagesPlaces },
  { tool: 'Mintlify', fileNames: MINTLIFY_FILES, rootOnly: true, read: mintlifyPlaces },
  { tool: 'Confluence', fileNames: [CONFLUENCE_OVERVIEW], read: confluencePagesPlaces },
  { tool: 'mdBook', fileNames: MDBOOK_TOC_FILES, read: mdbookTocPlaces },
  { tool: 'Sphinx', fileNames: SPHINX_TOCTREE_FILES, read: sphinxToctreePlaces },
  {
    tool: 'GitHub wiki',
    fileNames: [WIKI_SIDEBAR],
    read: (source, folder, _fileName, kbRoot) => ({ places: wikiSidebarPlaces(source, folder, kbRoot) }),
  },
  // Last: a book's pages, each naming the next one (DocBook, Publican), where nothing above listed them.
  { tool: 'The home page', fileNames: READING_ORDER_FILES, read: readingOrderPlaces },
];

/** Every folder of content/kb that holds articles, as paths from it, deepest first, content/kb itself ("") last. */
function kbFolderPaths(content: Pick<ContentIndex, 'articles'>): string[] {
  const paths = new Set<string>();
  for (const { kbPath } of content.articles) {
    const names = kbPath.split('/').slice(0, -1);
    for (let depth = 1; depth <= names.length; depth++) paths.add(names.slice(0, depth).join('/'));
  }
  return [...paths].sort((a, b) => b.split('/').length - a.split('/').length || a.localeCompare(b)).concat('');
}

/**
 * Orders and titles the articles and folders by the navigation files in content/kb, where their
 * own files say nothing. `kbRoot` is the absolute path of content/kb. A folder's own file is read
 * before its parent's, so a page takes the place its nearest one gives it.
 */
export function orderByNavigationFiles(content: ContentIndex, kbRoot: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const folders = kbFolderPaths(content);
  for (const format of FORMATS) {
    for (const folder of format.rootOnly ? [''] : folders) {
      const fileName = format.fileNames.find((name) => existsSync(join(kbRoot, folder, name)));
      if (!fileName) continue;
      const kbPath = folder ? `${folder}/${fileName}` : fileName;
      const file = `content/kb/${kbPath}`;
      let reading: NavReading;
      try {
        reading = format.read(readFileSync(join(kbRoot, kbPath), 'utf8'), folder, fileName, kbRoot);
      } catch (error) {
        reading = { problem: { line: 1, column: 1, message: (error as Error).message } };
      }
      if ('problem' in reading) {
        const { line, column, message, hint } = reading.problem;
        diagnostics.push({
          file,
          line,
          column,
          severity: 'warning',
          rule: 'file-unreadable',
          message: `${format.tool}'s ${fileName} could not be read, so the pages it lists are in the order their own files give: ${message}`,
          hint: hint ?? 'Correct the file at this line; the rest of the help center builds as it is.',
        });
        continue;
      }
      applyNavigation(content, { file, ...reading });
    }
  }
  orderBySubPageLinks(content);
  return diagnostics;
}

/** The pages a GitHub wiki's sidebar lists, by name ([[Page Name]]) or by link, in reading order. */
function wikiSidebarPlaces(sidebar: string, folder: string, kbRoot: string): Map<string, NavPlace> {
  const from = folder ? `${folder}/${WIKI_SIDEBAR}` : WIKI_SIDEBAR;
  const { exists } = kbFiles(kbRoot);
  const links = Array.from(withWikiLinks(sidebar).matchAll(MARKDOWN_LINK), ([, link]) =>
    link!.startsWith(WIKI_SCHEME) ? wikiPage(from, link!, exists) : posix.join(folder, tryDecode(link!) ?? link!),
  );
  return placesFromLinks(
    links.filter((link): link is string => link !== undefined),
    folder,
  );
}

/** A Markdown link's target as written: `[Title](Account%20…/Reset%20….md)`. */
const MARKDOWN_LINK = /\]\(\s*<?([^)\s>]+)>?/g;

/**
 * A page beside the folder of its sub-pages (Notion's layout, introductionsBesideFolders) lists
 * them as links, in the order its readers see them: the sub-pages take that order.
 */
function orderBySubPageLinks(content: ContentIndex): void {
  for (const folder of content.kbFolders) {
    if (!folder.besideFolder) continue;
    const from = posix.dirname(folder.kbPath);
    const links = Array.from(folder.body.matchAll(MARKDOWN_LINK), ([, link]) => posix.join(from, tryDecode(link!) ?? link!));
    applyNavigation(content, { file: folder.file, places: placesFromLinks(links, folder.names.join('/')) });
  }
}
