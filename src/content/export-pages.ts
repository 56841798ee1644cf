// The pages of an exported site that are no articles, each known by its name and its file's
// start: a docs tool's print copy and table of contents, the frames a browser saved with a page,
// redirect stubs, pages of scripts only and the page readers without scripts are sent to, and the
// chapter an mdBook's index.html repeats (files.ts leaves them out of content/kb's articles).
import { basename, dirname, join } from 'node:path';
import { tryDecode } from '../lib/escape.ts';
import { isFolderIndex } from '../lib/kb-paths.ts';
import { fileStart, startText, textIfReadable } from './file-reads.ts';
import { MDBOOK, mdbookIndexCopy } from './mdbook-index.ts';
import { noscriptTarget, STUB_BYTES, stubTarget } from './redirect-stubs.ts';
import { isScriptPage, SCRIPT_PAGE_BYTES } from './script-pages.ts';

/** The start of a page, where its `<head>` and a robots `<meta>` are. */
const HEAD_BYTES = 4096;

/**
 * A docs tool's own page beside the chapters: a print copy of the whole book or site (a
 * `print.html` its tool keeps out of search engines: mdBook's, every chapter on one page, 1.6 MB
 * for the Rust book: over the size limit, and the same text as the chapters), or mdBook's table of
 * contents for readers without JavaScript (`toc.html`, which mdbook-toc.ts reads for the chapters'
 * order). Only such a file's start is read.
 */
export function isToolPage(file: string): boolean {
  const name = basename(file).toLowerCase();
  if (!/^(?:print\.html?|toc\.html)$/.test(name)) return false;
  const head = startText(file, HEAD_BYTES);
  if (name === 'toc.html') return MDBOOK.test(head);
  return (head.match(/<meta\b[^>]*>/gi) ?? []).some(
    (meta) => /\bname=["']?robots\b/i.test(meta) && /\bcontent=["'][^"']*noindex/i.test(meta),
  );
}

/**
 * The folder a browser saves a page's images, scripts and frames into, beside the page: its name
 * and a word ("Update your card_files" beside "Update your card.html"; Firefox says it in its
 * own language, "-Dateien", "_fichiers"). The frames are saved as HTML files too.
 */
const SAVED_PAGE_FOLDER = /^(.+)[_-][^_\-\s]+$/;

/** An attribute that loads a file into the page (an image, a frame, a script, a style sheet), not a link to read on. */
const LOADED_FILE = /<(?:img|iframe|frame|script|link|source|embed)\b[^>]*?\s(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/**
 * Whether the page loads files from the folder beside it, as a page a browser saved does from its
 * `_files` folder; a chapter beside a folder of sub-chapters (an mdBook's `arc.html` beside
 * `arc-mutex/`) only links to them.
 */
function showsFromFolder(page: string, folder: string): boolean {
  for (const match of (textIfReadable(page) ?? '').matchAll(LOADED_FILE)) {
    const address = tryDecode(match[1] ?? match[2] ?? match[3] ?? '', decodeURI) ?? '';
    if (address.replace(/^\.\//, '').startsWith(`${folder}/`)) return true;
  }
  return false;
}

/**
 * Whether an HTML file is a frame a browser saved with a page, in the folder of the page's files
 * (`Update your card_files/` beside `Update your card.html`), among `htmlFiles`.
 */
export function savedWithPageOf(htmlFiles: readonly string[]): (file: string) => boolean {
  const htmlPages = new Map(htmlFiles.map((file) => [file.replace(/\.html?$/i, '').toLowerCase(), file]));
  const savedFolders = new Map<string, boolean>();
  return (file) => {
    const folder = dirname(file);
    const name = SAVED_PAGE_FOLDER.exec(basename(folder))?.[1];
    const page = name === undefined ? undefined : htmlPages.get(join(dirname(folder), name).toLowerCase());
    if (page === undefined) return false;
    if (!savedFolders.has(folder)) savedFolders.set(folder, showsFromFolder(page, basename(folder)));
    return savedFolders.get(folder)!;
  };
}

/**
 * What each HTML file's start says it is, read once: a redirect stub (redirect-stubs.ts), with
 * where it forwards to; a page of scripts only (script-pages.ts); and the pages the others send
 * readers without scripts to (LibreOffice's help: "Enable JavaScript in the browser to display
 * LibreOffice Help pages"), which the portal's pages, working without scripts, do not need.
 */
export function pagesByStart(htmlFiles: readonly string[]): {
  stubs: Map<string, string>;
  scripted: Set<string>;
  forReadersWithoutScripts: Set<string>;
} {
  const stubs = new Map<string, string>();
  const scripted = new Set<string>();
  const forReadersWithoutScripts = new Set<string>();
  for (const file of htmlFiles) {
    const bytes = fileStart(file, SCRIPT_PAGE_BYTES) ?? Buffer.alloc(0);
    const stub = bytes.length <= STUB_BYTES ? stubTarget(bytes.toString('utf8')) : undefined;
    if (stub !== undefined) {
      stubs.set(file, stub);
      continue;
    }
    const start = bytes.toString('latin1');
    if (start.length < SCRIPT_PAGE_BYTES && !isFolderIndex(basename(file)) && isScriptPage(start)) scripted.add(file);
    const body = start.search(/<body\b/i);
    const target = noscriptTarget(body === -1 ? start : start.slice(0, body));
    const decoded = target === undefined || /^[a-z][a-z0-9+.-]*:|^\//i.test(target) ? undefined : tryDecode(target.replace(/[?#].*$/, ''));
    // Not a folder's index (a site that sends those readers to its home page).
    if (decoded && !isFolderIndex(basename(decoded))) forReadersWithoutScripts.add(join(dirname(file), decoded));
  }
  return { stubs, scripted, forReadersWithoutScripts };
}

/** The chapters an mdBook's index.html repeats (mdbook-index.ts), each with that index.html. Only an index.html's start is read, but for an mdBook's. */
export function mdbookIndexCopies(files: readonly string[]): Map<string, string> {
  const copies = new Map<string, string>();
  let all: Set<string> | undefined;
  for (const index of files.filter((file) => basename(file) === 'index.html')) {
    if (!MDBOOK.test(startText(index, HEAD_BYTES))) continue;
    const copy = mdbookIndexCopy(index, (all ??= new Set(files)));
    if (copy) copies.set(copy, index);
  }
  return copies;
}
