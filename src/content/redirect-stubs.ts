// Redirect stubs in an HTML export: pages that only send the reader on with a
// `<meta http-equiv="refresh">`, as mdBook writes them for its `output.html.redirect` map, Hugo for
// a page's aliases, Jekyll's redirect_from and Sphinx's redirects. Each becomes a redirect from the
// address the page would have had to the page it names, not an article titled "Redirecting...".
import { posix } from 'node:path';
import { decodeHtmlEntities, tryDecode } from '../lib/escape.ts';
import { folderPathId, isFolderIndex, kbPageId } from '../lib/kb-paths.ts';
import type { ContentIndex } from './content-index.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Redirect } from './redirects.ts';

/** The longest stub: every tool's is a few hundred bytes; a longer page is read as an article. */
export const STUB_BYTES = 4096;

const REFRESH = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?refresh\b[^>]*>/i;
/** A refresh a browser follows only with scripts off (LibreOffice's help sends those readers to a "turn on JavaScript" page). */
const NOSCRIPT = /<noscript\b[^>]*>[\s\S]*?(?:<\/noscript\s*>|$)/gi;
const CONTENT = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
/** "0; url=next.html", "0;URL='https://…'": a delay, then the address (a refresh without one reloads the page). */
const DELAY_AND_URL = /^\s*\d*(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(.+)$/is;

/** Where a page forwards its reader, as written, or undefined for a page that is not a stub. */
export function stubTarget(html: string): string | undefined {
  if (html.length > STUB_BYTES) return undefined;
  return refreshTarget(REFRESH.exec(html.replace(NOSCRIPT, ''))?.[0]);
}

/** Where a page sends readers without scripts, as written (LibreOffice's help: `<noscript><meta http-equiv="refresh" …>`). */
export function noscriptTarget(html: string): string | undefined {
  for (const [noscript] of html.matchAll(NOSCRIPT)) {
    const target = refreshTarget(REFRESH.exec(noscript)?.[0]);
    if (target !== undefined) return target;
  }
  return undefined;
}

/** The address of a refresh `<meta>`, as written. */
function refreshTarget(meta: string | undefined): string | undefined {
  const content = meta === undefined ? null : CONTENT.exec(meta);
  const value = content?.[1] ?? content?.[2] ?? content?.[3];
  const url = value === undefined ? undefined : DELAY_AND_URL.exec(decodeHtmlEntities(value))?.[1]?.trim();
  return url?.replace(/^(["'])(.*)\1$/, '$2').trim() || undefined;
}

/** A stub found in content/kb: its path inside content/kb, and where it forwards to, as written. */
export interface RedirectStub {
  kbPath: string;
  target: string;
}

/** Redirects in place of an export's stubs that lead to a page of the portal or elsewhere on the web; a warning for each that leads nowhere here. */
export function stubRedirects(
  stubs: readonly RedirectStub[],
  content: Pick<ContentIndex, 'articles' | 'kbFolders'>,
): { redirects: Redirect[]; diagnostics: Diagnostic[] } {
  const byKbPath = new Map(stubs.map((stub) => [stub.kbPath, stub.target]));
  const articles = new Map(content.articles.map((article) => [article.kbPath, article.id]));
  const folders = new Map(content.kbFolders.map((folder) => [folder.kbPath, folder.id]));
  const folderPages = new Set([
    ...content.kbFolders.map((folder) => folder.id),
    ...content.articles.flatMap((article) => ancestors(article.id)),
  ]);
  const pages = new Set([...folderPages, ...content.articles.map((article) => article.id)]);

  /** The page a target written in the stub at kbPath leads to, following stubs that lead to stubs. */
  const destination = (kbPath: string, written: string, hops = 0): { to: string; article?: string } | undefined => {
    if (/^https?:\/\//i.test(written)) return { to: written };
    if (/^[a-z][a-z0-9+.-]*:|^\/|^$/i.test(written)) return undefined;
    const [path = '', fragment] = written.split('#');
    const decoded = tryDecode(path.split('?')[0]!);
    if (decoded === undefined) return undefined;
    const target = posix.normalize(posix.join(posix.dirname(kbPath), decoded)).replace(/\/$/, '');
    if (target.startsWith('..')) return undefined;
    const anchor = fragment ? `#${fragment}` : '';
    const next = byKbPath.get(target);
    if (next !== undefined) return hops < 8 ? destination(target, next, hops + 1) : undefined;
    const article = articles.get(target);
    if (article !== undefined) return { to: `/kb/${article}/${anchor}`, article };
    const folder = folders.get(target) ?? folderPathId(isFolderIndex(target) ? posix.dirname(target) : target);
    return folder === '' || folderPages.has(folder) ? { to: `/kb/${folder ? `${folder}/` : ''}${anchor}` } : undefined;
  };

  const redirects: Redirect[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { kbPath, target } of stubs) {
    const id = kbPageId(kbPath);
    // A folder that has pages beside its stub keeps its own page.
    if (pages.has(id)) continue;
    const found = destination(kbPath, target);
    const file = `content/kb/${kbPath}`;
    if (found) redirects.push({ from: `/kb/${id}`, ...found, file, written: `/kb/${id}` });
    else
      diagnostics.push({
        file,
        line: 1,
        column: 1,
        severity: 'warning',
        rule: 'redirect-stub',
        message: `This page only forwards readers to "${target}", which is not a page of the portal: it is not published`,
        hint: 'Links to it lead nowhere. Link the page it forwarded to, or copy that page into content/kb.',
      });
  }
  return { redirects, diagnostics };
}

/** "a/b/c" → ["a", "a/b"]: the folders whose pages list an article. */
const ancestors = (id: string) =>
  id
    .split('/')
    .slice(0, -1)
    .map((_, at, parts) => parts.slice(0, at + 1).join('/'));
