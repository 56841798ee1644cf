// Where a relative link inside content/kb leads, for the validator (src/content/article-link-check.ts)
// and the renderer (article-links.ts) alike: from the linking file's folder, else where no page is
// there, two other readings. Docs of one language copied into content/kb under a name of their own: Apache's manual is its en/ folder,
// copied as "Apache HTTP Server/", whose pages link to each other through the folder's old name
// ("../../en/developer/API.html", the page's own address in its "Available Languages" row), as
// docs kept in a folder per language do (LibreOffice's en-US/, Hugo's and Docusaurus'
// translations). And links written from a Markdown page's published address, as Hugo's and
// Jekyll's sites write them.
import { posix } from 'node:path';
import { folderId, folderPathId, isFolderIndex, kbParts } from '../lib/kb-paths.ts';
import { ARTICLE_EXTENSION, ARTICLE_EXTENSIONS, articleSlug } from '../lib/slugs.ts';

/** Whether a page (a file, an article by another extension or none, or a folder) is at `kbPath`. */
function pageAt(kbPath: string, exists: (kbPath: string) => boolean, isFolder: (kbPath: string) => boolean): boolean {
  const stem = kbPath.replace(/\/+$/, '').replace(ARTICLE_EXTENSION, '');
  return exists(kbPath) || isFolder(kbPath) || ARTICLE_EXTENSIONS.some((extension) => exists(stem + extension));
}

/**
 * The kb path a relative link (`path`, as written in the page at `fromKbPath`) leads to: from the
 * page's folder where a page is there, else under the new name of a language's folder above the
 * linking page, else from the page's published address (both below); else as written.
 */
export function linkedKbPath(
  fromKbPath: string,
  path: string,
  exists: (kbPath: string) => boolean,
  isFolder: (kbPath: string) => boolean,
): string {
  const written = posix.normalize(posix.join(posix.dirname(fromKbPath), path));
  if (pageAt(written, exists, isFolder)) return written;
  return underNewFolderName(fromKbPath, written, exists, isFolder) ?? fromPageAddress(fromKbPath, path, exists, isFolder) ?? written;
}

/** Where a relative link inside content/kb leads: an article, a folder page (or the page a folder is), or a file. */
export function relativeTarget(
  fromKbPath: string,
  path: string,
  exists: (kbPath: string) => boolean,
  isFolder: (kbPath: string) => boolean = () => false,
): { article: string; path: string } | { folder: string } | { file: string } {
  const kbPath = linkedKbPath(fromKbPath, path, exists, isFolder);
  // "../Alerts/email/": a folder, as docs link to a page bundle or a section.
  if (isFolder(kbPath)) return { folder: folderPathId(kbPath) };
  // Docs sites link to other pages without the extension ("../guides/install", "../install/"),
  // and to a section by its index file so too ("../Alerts/_index", Hugo's).
  const file = ARTICLE_EXTENSION.test(kbPath)
    ? kbPath
    : ARTICLE_EXTENSIONS.map((extension) => kbPath.replace(/\/+$/, '') + extension).find(exists);
  if (file === undefined) return { file: kbPath };
  return isFolderIndex(file) ? { folder: folderId(kbParts(file).folders) } : { article: articleSlug(file), path: file };
}

/** A Markdown article's file. */
const MARKDOWN_FILE = /\.(?:mdx?|markdown)$/i;

/**
 * The kb path of a page link (no extension: "../email-alerts/") written from the published address
 * of the Markdown page at `fromKbPath`, where it leads to a page. A page that is no folder's index
 * is published a folder below its file ("Alerts/slack-alerts.md" at …/alerts/slack-alerts/), and
 * a browser follows a link from there: in Hugo's and Jekyll's sites, "../email-alerts/" is the
 * page beside it, though from the file's folder it is one folder up. Links to files (with an
 * extension), and links from HTML pages, whose address is their file's, are read from the folder.
 */
function fromPageAddress(
  fromKbPath: string,
  path: string,
  exists: (kbPath: string) => boolean,
  isFolder: (kbPath: string) => boolean,
): string | undefined {
  if (!MARKDOWN_FILE.test(fromKbPath) || isFolderIndex(fromKbPath) || posix.extname(path.replace(/\/+$/, '')) !== '') return undefined;
  const target = posix.normalize(posix.join(fromKbPath.replace(MARKDOWN_FILE, ''), path));
  return pageAt(target, exists, isFolder) ? target : undefined;
}

/** A folder named for a language: "en", "pt-br", "en-US", "zh_CN". */
const LANGUAGE_FOLDER = /^[a-z]{2}(?:[-_][a-z]{2,4})?$/i;

/**
 * The kb path `target` (a link's, from the root of content/kb) has under the new name of a folder
 * above the linking page at `fromKbPath`: the link leaves the page's folders into a folder named
 * for a language that is not there, and the same path under the page's own folder holds a page.
 * Undefined otherwise: a link into another book that was not copied ("../std/index.html" from
 * Rust's book) is not read as one into this book.
 */
function underNewFolderName(
  fromKbPath: string,
  target: string,
  exists: (kbPath: string) => boolean,
  isFolder: (kbPath: string) => boolean,
): string | undefined {
  const folders = posix
    .dirname(fromKbPath)
    .split('/')
    .filter((folder) => folder !== '' && folder !== '.');
  const parts = target.split('/');
  let shared = 0;
  while (shared < folders.length && shared < parts.length - 1 && parts[shared] === folders[shared]) shared++;
  if (shared === folders.length || shared === parts.length - 1) return undefined;
  if (!LANGUAGE_FOLDER.test(parts[shared]!) || isFolder(parts.slice(0, shared + 1).join('/'))) return undefined;
  const renamed = [...folders.slice(0, shared + 1), ...parts.slice(shared + 1)].join('/');
  return pageAt(renamed, exists, isFolder) ? renamed : undefined;
}
