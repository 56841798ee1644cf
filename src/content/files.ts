// Finding content files under MILEPOST_ROOT and reading them as UTF-8 text, never writing.
import { ARTICLE_EXTENSION } from '../lib/slugs.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { decodeHtml } from '../lib/html-charset.ts';
import { isBookIndex, isFolderIndex, SITE_PAGE } from '../lib/kb-paths.ts';
import { KIND_LOCATIONS, type Kind } from '../schemas/locations.ts';
import type { Diagnostic } from './diagnostics.ts';
import { isToolPage, mdbookIndexCopies, pagesByStart, savedWithPageOf } from './export-pages.ts';
import { fileStart, startText } from './file-reads.ts';
import type { RedirectStub } from './redirect-stubs.ts';

export const MAX_FILE_BYTES = 1024 * 1024;
/**
 * An HTML page's limit: its markup weighs several times its text, and docs sites draw diagrams in
 * it (SQLite's SELECT page is 1.5 MB of inline SVG around 60 KB of text; its requirements page 1.8 MB).
 */
export const MAX_HTML_FILE_BYTES = 4 * 1024 * 1024;

export interface SourceFile {
  kind: Kind;
  /** Relative to the root, forward slashes: what diagnostics print. */
  path: string;
  absolute: string;
}

const YAML_FILE = /\.ya?ml$/i;
const ARTICLE_FILE = ARTICLE_EXTENSION;
const HTML_FILE = /\.html?$/i;

/**
 * Files and folders whose name starts with "_" hold parts other articles include (Docusaurus's
 * `_snippet.mdx`, Jekyll's `_includes/`) or a docs tool's own files (Sphinx's `_static/`,
 * `_sources/`, `_modules/`), not articles; `_index.md` describes its folder. An HTML page is a
 * page whatever its name (Python's `library/__main__.html`, `_thread.html`).
 */
export const isArticlePart = (name: string): boolean =>
  name.startsWith('_') && !/^_index\.(?:mdx?|markdown|html?)$/.test(name) && !HTML_FILE.test(name);

/** Files found on the way that are not content but worth a word: `test` picks them, `out` gets them. */
interface AlsoFound {
  /** `name` is the file's name, `path` its absolute path. */
  test: (name: string, path: string) => boolean;
  out: string[];
}

function walk(folder: string, accept: RegExp, out: string[], skip: (name: string) => boolean = () => false, also?: AlsoFound): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return; // A missing folder simply holds no content of that kind.
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || skip(entry.name)) continue;
    const full = join(folder, entry.name);
    if (entry.isDirectory()) walk(full, accept, out, skip, also);
    else if (accept.test(entry.name)) out.push(full);
    else if (also?.test(entry.name, full)) also.out.push(full);
  }
}

/**
 * Pages written in a markup Milepost does not read, which a docs repository or a wiki brings
 * (Sphinx's reStructuredText, Antora's AsciiDoc, a GitHub wiki's Textile or Org pages, Markdown
 * under a rare extension): not published, and said so, rather than missing without a word.
 */
const UNREAD_MARKUPS: { extension: RegExp; name: string; hint: (file: string) => string; sniff?: (path: string) => boolean }[] = [
  {
    // wget saves a page at a pretty address ("/hc/en-us/articles/360…-Reset-your-password") as a
    // file without an extension, unless told to add one.
    extension: /^[^.]+$/,
    name: 'an HTML page saved without an extension (as wget saves pretty addresses)',
    hint: (file) => `Rename it to ${file}.html, or mirror the site again with \`wget --adjust-extension\`, which names its pages so.`,
    sniff: (path) => /^(?:\uFEFF|\xEF\xBB\xBF)?\s*(?:<!doctype\s+html|<html[\s>])/i.test(fileStart(path, 512)?.toString('latin1') ?? ''),
  },
  {
    extension: /\.(?:rst|rest)$/i,
    name: 'reStructuredText',
    hint: (file) =>
      `Build the docs as HTML (Sphinx: \`sphinx-build -b html\`) and copy the HTML pages in, which Milepost reads, or convert the page: \`pandoc ${file} -o ${markdownName(file)}\`.`,
  },
  {
    extension: /\.(?:adoc|asciidoc)$/i,
    name: 'AsciiDoc',
    hint: (file) => `Convert it to HTML, which Milepost reads: \`asciidoctor ${file}\`, and copy the .html file in its place.`,
  },
  {
    extension: /\.(?:textile|org|mediawiki|wiki|creole|muse)$/i,
    name: 'a markup other than Markdown',
    hint: (file) => `Convert it to Markdown: \`pandoc ${file} -o ${markdownName(file)}\`.`,
  },
  {
    extension: /\.ipynb$/i,
    name: 'a Jupyter notebook',
    hint: (file) => `Export it as Markdown: \`jupyter nbconvert --to markdown ${file}\`.`,
  },
  {
    extension: /\.(?:mdown|mkdn?|mdwn|mdtext|mdtxt)$/i,
    name: 'Markdown under an extension Milepost does not read',
    hint: (file) => `Rename it to ${markdownName(file)}.`,
  },
];

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const markdownName = (path: string) => fileName(path).replace(/\.[^.]+$/, '.md');
/** The markup of a file Milepost does not read, by its name (and a look at its start where a name says too little). */
const unreadMarkup = (name: string, path?: string) =>
  UNREAD_MARKUPS.find(({ extension, sniff }) => extension.test(name) && (!sniff || path === undefined || sniff(path)));

function unreadFileWarning(file: string): Diagnostic {
  const markup = unreadMarkup(fileName(file))!;
  return {
    file,
    line: 1,
    column: 1,
    severity: 'warning',
    rule: 'unread-file',
    message: `This page is not published: it is ${markup.name}, and Milepost reads Markdown, MDX and HTML articles`,
    hint: markup.hint(fileName(file)),
  };
}

export function discoverFiles(root: string): SourceFile[] {
  return discoverContent(root).files;
}

/**
 * The content files under the root, a warning for each file not published (a folder index set
 * aside because another describes its folder, a page in a markup Milepost does not read), and the
 * redirect stubs of an HTML export, which are not articles.
 */
export function discoverContent(root: string): { files: SourceFile[]; notPublished: Diagnostic[]; redirectStubs: RedirectStub[] } {
  const files: SourceFile[] = [];
  const notPublished: Diagnostic[] = [];
  const redirectStubs: RedirectStub[] = [];
  const inRoot = (absolute: string) => relative(root, absolute).split(sep).join('/');
  for (const [kind, location] of Object.entries(KIND_LOCATIONS) as [Kind, string][]) {
    const found: string[] = [];
    if (kind === 'site') {
      const absolute = join(root, location);
      if (statSync(absolute, { throwIfNoEntry: false })?.isFile()) found.push(absolute);
    } else if (kind === 'article') {
      const articles = articleFiles(join(root, location));
      found.push(...articles.kept);
      for (const [file, describedBy] of articles.setAside) notPublished.push(setAsideIndexWarning(inRoot(file), inRoot(describedBy)));
      for (const file of articles.unread) notPublished.push(unreadFileWarning(inRoot(file)));
      for (const file of articles.scripted) notPublished.push(scriptPageWarning(inRoot(file), 'scripts only'));
      for (const file of articles.forReadersWithoutScripts)
        notPublished.push(scriptPageWarning(inRoot(file), 'for readers without scripts'));
      for (const [file, target] of articles.stubs)
        redirectStubs.push({ kbPath: relative(join(root, location), file).split(sep).join('/'), target });
    } else walk(join(root, location), YAML_FILE, found);
    found.sort();
    for (const absolute of found) files.push({ kind, absolute, path: inRoot(absolute) });
  }
  return { files, notPublished, redirectStubs };
}

function scriptPageWarning(file: string, kind: 'scripts only' | 'for readers without scripts'): Diagnostic {
  return {
    file,
    line: 1,
    column: 1,
    severity: 'warning',
    rule: 'script-page',
    message:
      kind === 'scripts only'
        ? 'This page is not published: without its scripts it has nothing to read (an app’s page, or a redirect made by a script)'
        : 'This page is not published: the other pages send readers without scripts to it (a <noscript> refresh), and the portal’s pages need none',
    hint:
      kind === 'scripts only'
        ? 'To send readers from its address to an article, list the address in that article’s `aliases`.'
        : 'If readers should find what it says, write it in an article of its own.',
  };
}

function setAsideIndexWarning(file: string, describedBy: string): Diagnostic {
  return {
    file,
    line: 1,
    column: 1,
    severity: 'warning',
    rule: 'folder-index-set-aside',
    message: `This file is not published: ${describedBy} already describes its folder`,
    hint: `To publish it as an article of the folder, give it a name of its own (not index, _index or README).`,
  };
}

/** A folder's index file names, the one a static host or MkDocs shows first. */
const INDEX_NAMES = ['index', '_index', 'readme'];

/**
 * Which of a folder's index files describes it, lowest first: Markdown before HTML (Docsify's
 * `index.html` app page beside its `README.md`, the HTML a Markdown export was made from), then
 * `index` before `_index` before `README`, as MkDocs and static hosts choose (a repository's
 * `docs/README.md` for GitHub beside the site's `docs/index.md`; rustdoc's `README.html` beside
 * an mdBook's `index.html`).
 */
function indexRank(file: string): number {
  const name = basename(file).toLowerCase();
  return (HTML_FILE.test(name) ? INDEX_NAMES.length : 0) + INDEX_NAMES.indexOf(name.replace(/\.[^.]+$/, ''));
}

/** Each folder index another index of the same format outranks (indexRank), with that one: published as neither page nor article. */
function indexesSetAside(files: readonly string[]): Map<string, string> {
  const best = new Map<string, string>();
  const indexes = files.filter((file) => isFolderIndex(basename(file)));
  const outranks = (file: string, other: string) => (indexRank(file) - indexRank(other) || file.localeCompare(other)) < 0;
  for (const file of indexes) {
    const other = best.get(dirname(file));
    if (other === undefined || outranks(file, other)) best.set(dirname(file), file);
  }
  const setAside = new Map<string, string>();
  for (const file of indexes) {
    const describedBy = best.get(dirname(file))!;
    if (describedBy !== file && HTML_FILE.test(file) === HTML_FILE.test(describedBy)) setAside.set(file, describedBy);
  }
  return setAside;
}

/**
 * The article files of content/kb (absolute paths), and the files left out: a folder's index file
 * another of its index files outranks (`setAside`, with that one), the HTML files a Markdown file of
 * the same folder and name replaces (Docsify's `index.html` app page beside its `README.md`, the
 * HTML a Markdown export was made from), an exported site's own 404 and search pages (at the top
 * of content/kb, or beside the index.html of a site exported into a folder), a docs tool's print
 * copy and table of contents (isToolPage), and the frames a browser saved with a page. The
 * loaders' globs leave out the same files (src/content/loaders.ts).
 */
export function articleFiles(kbRoot: string): {
  kept: string[];
  leftOut: string[];
  setAside: Map<string, string>;
  stubs: Map<string, string>;
  /** Pages in a markup Milepost does not read (UNREAD_MARKUPS). */
  unread: string[];
  /** HTML pages with nothing to read without their scripts (script-pages.ts). */
  scripted: string[];
  /** HTML pages the others send readers without scripts to. */
  forReadersWithoutScripts: string[];
} {
  const files: string[] = [];
  const unread: string[] = [];
  walk(kbRoot, ARTICLE_FILE, files, isArticlePart, { test: (name, path) => unreadMarkup(name, path) !== undefined, out: unread });
  const key = (file: string) => {
    const name = basename(file).replace(ARTICLE_FILE, '');
    return join(dirname(file), isFolderIndex(basename(file)) ? '\0index' : name.toLowerCase());
  };
  const markdown = new Set(files.filter((file) => !HTML_FILE.test(file)).map(key));
  const savedWithPage = savedWithPageOf(files.filter((file) => HTML_FILE.test(file)));
  const top = kbRoot.replace(/[\\/]$/, '');
  // A site exported into a folder of its own has its home page, index.html, there: its 404 and search pages beside it.
  const siteRoots = new Set([top, ...files.filter((file) => /^index\.html?$/i.test(basename(file))).map(dirname)]);
  const setAside = indexesSetAside(files);
  const { stubs, scripted, forReadersWithoutScripts } = pagesByStart(files.filter((file) => HTML_FILE.test(file)));
  for (const [copy, index] of mdbookIndexCopies(files)) stubs.set(copy, relative(dirname(copy), index).split(sep).join('/'));
  const leftOut = (file: string) =>
    setAside.has(file) ||
    stubs.has(file) ||
    scripted.has(file) ||
    forReadersWithoutScripts.has(file) ||
    (HTML_FILE.test(file) &&
      (markdown.has(key(file)) ||
        (siteRoots.has(dirname(file)) && (SITE_PAGE.test(basename(file)) || isBookIndex(basename(file), () => startText(file)))) ||
        savedWithPage(file) ||
        isToolPage(file)));
  return {
    kept: files.filter((file) => !leftOut(file)),
    leftOut: files.filter(leftOut),
    setAside,
    stubs,
    unread: unread.sort(),
    scripted: [...scripted].sort(),
    forReadersWithoutScripts: files.filter((file) => forReadersWithoutScripts.has(file)),
  };
}

export type ReadResult = { text: string } | { problem: Omit<Diagnostic, 'file'> };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readSourceText(absolute: string): ReadResult {
  let bytes: Buffer;
  try {
    const size = statSync(absolute).size;
    if (size > (HTML_FILE.test(absolute) ? MAX_HTML_FILE_BYTES : MAX_FILE_BYTES)) {
      return {
        problem: {
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'file-too-large',
          message: `The file is ${(size / 1024 / 1024).toFixed(1)} MB; content files may be at most 1 MB, HTML pages 4 MB`,
          hint: 'Split it into several files, or move large media to public/.',
        },
      };
    }
    bytes = readFileSync(absolute);
  } catch (error) {
    return {
      problem: {
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'file-unreadable',
        message: `The file could not be read: ${(error as Error).message}`,
      },
    };
  }
  // An HTML file is read as a browser reads it: in the encoding it declares.
  const html = HTML_FILE.test(absolute);
  try {
    return { text: html ? (decodeHtml(bytes) ?? decoder.decode(bytes)) : decoder.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      problem: {
        ...at,
        severity: 'error',
        rule: 'file-encoding',
        message: html ? 'The file is not valid UTF-8 text, and declares no other encoding' : 'The file is not valid UTF-8 text',
        hint: html
          ? 'Save it as UTF-8, or name its encoding in its <head>: <meta charset="windows-1252"> (a page saved from an older site is often Windows-1252).'
          : 'Save it as UTF-8 in your editor (it was probably saved as Latin-1 or Windows-1252).',
      },
    };
  }
}

/** Line and column (in bytes) of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < bytes.length;) {
    const byte = bytes[index]!;
    if (byte === 0x0a) {
      line++;
      lineStart = index + 1;
    }
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    let valid = length > 0 && index + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = (bytes[index + k]! & 0xc0) === 0x80;
    if (!valid) return { line, column: index - lineStart + 1 };
    index += length;
  }
  return { line: 1, column: 1 };
}
