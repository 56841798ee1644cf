// Where a knowledge-base file sits: its folders (category, section, sub-sections), whether it
// describes its folder (index.md, _index.md, or README.md as GitHub and GitBook show it), and a
// title made from its file name.
import { ARTICLE_EXTENSION, articleSlug, slugify, withoutPageId } from './slugs.ts';

const FOLDER_INDEX = /^(?:_?index|README|readme|Readme)\.(?:mdx?|markdown|html?)$/;

/** The same files as globs, for Astro's loaders (src/content/loaders.ts). */
export const FOLDER_INDEX_GLOB = '**/{index,_index,README,readme,Readme}.{md,mdx,markdown,html,htm}';

/** Parts other articles include, in Markdown files and folders named "_…" (src/content/files.ts): not articles or folders of their own. */
export const ARTICLE_PART_GLOBS = ['!**/_*.{md,mdx,markdown}', '!**/_*/**'];

/**
 * An exported site's own pages, at the top of content/kb or beside the index.html of a site
 * exported into a folder, which the portal has its own of: its 404 and search pages, and the
 * indexes Sphinx generates (`genindex.html`, split by letter as `genindex-A.html`; a domain's
 * `py-modindex.html`; `contents.html`, the whole table of contents, 2.4 MB for Python's docs)
 * and DocBook's back-of-the-book index (`ix01.html`, PostgreSQL's `bookindex.html`), lists of
 * every term, module and page linked to where the articles are.
 */
export const SITE_PAGE = /^(?:404|(search)|genindex(?:-[^.]+)?|(?:[a-z]+-)?modindex|contents|bookindex|ix\d{2})\.html?$/i;

/**
 * A book's index under a name of the book's own (GIMP's help: `gimp-help-index.html`, a GNU
 * manual's `Concept-Index.html`), known by its start: the name says "index", and the page is
 * DocBook's `<div class="index">` under its title page, or the index table of Texinfo's makeinfo
 * (`<table class="index-fn">`, since Texinfo 7 `class="fn-entries-printindex"`). `start` reads a
 * file's first kilobytes.
 */
export const isBookIndex = (fileName: string, start: () => string): boolean =>
  /index/i.test(fileName) && !FOLDER_INDEX.test(fileName) && /\.html?$/i.test(fileName) && BOOK_INDEX.test(start());
const BOOK_INDEX = /<div class="index"[^>]*>\s*<div class="titlepage">|<table class="(?:index-[a-z]+|[a-z]+-entries-printindex)"/;

/**
 * Whether a link inside content/kb leads to such a page: "search" for the site's search page (the
 * portal's /search/ replaces it), "index" for another (an index of terms, which the portal has not).
 */
export function sitePageLink(
  kbPath: string,
  exists: (kbPath: string) => boolean,
  start: (kbPath: string) => string = () => '',
): 'search' | 'index' | undefined {
  const { folders, fileName } = kbParts(kbPath);
  const match = SITE_PAGE.exec(fileName) ?? (exists(kbPath) && isBookIndex(fileName, () => start(kbPath)) ? [fileName] : null);
  if (!match || !exists(kbPath)) return undefined;
  const folder = folders.join('/');
  if (folder !== '' && !exists(`${folder}/index.html`) && !exists(`${folder}/index.htm`)) return undefined;
  return match[1] ? 'search' : 'index';
}

/** GitBook's table of contents at the top of a space: not an article (src/content/kb-summary.ts). */
export const KB_SUMMARY = 'SUMMARY.md';

const KB_FOLDER = '/content/kb/';

/**
 * A file's path with forward slashes, and the part of it up to and including content/kb/
 * ("/repo/content/kb/"): where paths inside the knowledge base start. Undefined outside it.
 */
export function kbRootOf(filePath: string): { file: string; kbRoot: string } | undefined {
  const file = filePath.split('\\').join('/');
  const index = file.lastIndexOf(KB_FOLDER);
  return index === -1 ? undefined : { file, kbRoot: file.slice(0, index + KB_FOLDER.length) };
}

/** Path parts of a path inside content/kb: "A/B/c.md" → { folders: ["A", "B"], fileName: "c.md" }. */
export function kbParts(kbPath: string): { folders: string[]; fileName: string } {
  const parts = kbPath.replace(/\\/g, '/').split('/');
  return { folders: parts.slice(0, -1), fileName: parts.at(-1)! };
}

/** Whether the file describes its folder rather than being an article: index.md, _index.md, README.md (or .mdx). */
export const isFolderIndex = (kbPath: string): boolean => FOLDER_INDEX.test(kbParts(kbPath).fileName);

/**
 * Pages beside a folder of their own name that holds pages (Notion's export: "Account 1a2b.md"
 * beside "Account 1a2b/", the page's sub-pages inside): that folder's introduction, as an index.md
 * inside it is. Not where the folder has an index file of its own, nor beside a folder of images.
 */
export function introductionsBesideFolders(kbPaths: Iterable<string>): Set<string> {
  const paths = [...kbPaths];
  const withPages = new Set<string>();
  const withIndex = new Set<string>();
  for (const kbPath of paths) {
    const { folders } = kbParts(kbPath);
    if (isFolderIndex(kbPath)) withIndex.add(folders.join('/'));
    for (let depth = 1; depth <= folders.length; depth++) withPages.add(folders.slice(0, depth).join('/'));
  }
  const beside = new Set<string>();
  for (const kbPath of paths) {
    const folder = kbPath.replace(ARTICLE_EXTENSION, '');
    if (folder !== kbPath && !isFolderIndex(kbPath) && withPages.has(folder) && !withIndex.has(folder)) beside.add(kbPath);
  }
  return beside;
}

/**
 * Index files that are pages, not introductions: their folder holds no article, at any depth (a
 * Hugo page bundle's `install/index.md` beside its images; Sphinx's `builders/index.html`). Such a
 * file is the article of its parent folder, at its own folder's address. Deepest first, so a folder
 * whose only content is such a page is no page itself. content/kb's own index never is one.
 */
export function leafPageIndexes(kbPaths: Iterable<string>): Set<string> {
  const withArticles = new Set<string>();
  const holdsArticleIn = (folders: readonly string[]) => {
    for (let depth = 0; depth <= folders.length; depth++) withArticles.add(folders.slice(0, depth).join('/'));
  };
  const indexes: string[] = [];
  for (const kbPath of kbPaths) {
    if (isFolderIndex(kbPath)) indexes.push(kbPath);
    else holdsArticleIn(kbParts(kbPath).folders);
  }
  const leaves = new Set<string>();
  const depth = (kbPath: string) => kbParts(kbPath).folders.length;
  for (const kbPath of indexes.sort((a, b) => depth(b) - depth(a))) {
    const { folders } = kbParts(kbPath);
    if (folders.length === 0 || withArticles.has(folders.join('/'))) continue;
    leaves.add(kbPath);
    holdsArticleIn(folders.slice(0, -1));
  }
  return leaves;
}

/** Slug path of a folder from its names: ["Getting started", "Set up"] → "getting-started/set-up"; "" for content/kb itself. */
export const folderId = (folders: readonly string[]): string => folders.map((name) => slugify(withoutPageId(name))).join('/');

/** The id of the page a knowledge-base file is: its folder's, for a folder's index file, else the article's. */
export const kbPageId = (kbPath: string): string => (isFolderIndex(kbPath) ? folderId(kbParts(kbPath).folders) : articleSlug(kbPath));

/** Slug path of the folder a relative path inside content/kb names: "Guides/Alerts/email/" → "guides/alerts/email", "." → "". */
export const folderPathId = (path: string): string => folderId(path.split('/').filter((name) => name !== '' && name !== '.'));

/**
 * A readable title from a file name, for articles with neither a title nor a `# ` heading:
 * "10205725-connect-your-warehouse.md" → "Connect your warehouse", "Reset_Password.md" → "Reset Password".
 */
export function titleFromFileName(fileName: string): string {
  const stem = withoutPageId(fileName).replace(ARTICLE_EXTENSION, '');
  // A leading numeric id or ordering prefix ("10205725-", "01_", "3. ") is not part of the title.
  const words = stem
    .replace(/^\d+(?:[-_. ]+|$)(?=.)/, '')
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const title = words || stem;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** How a folder is shown without an index.md title: "getting-started" → "Getting started"; "Set up SSO" stays as written. */
export function titleFromFolderName(folderName: string): string {
  const name = withoutPageId(folderName);
  return /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(name) ? titleFromFileName(name) : name;
}
