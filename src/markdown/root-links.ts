// A link from a docs site's root ("/commands/npm-install" in npm's docs, "/guide/setup" in a
// VitePress or Gatsby site), copied with its docs into content/kb: the page of that path in the
// folder the docs were copied into, as on their old site. The validator checks these links
// (src/content/article-link-check.ts) and the renderer points them at the pages (article-links.ts).
import { posix } from 'node:path';
import { ROUTES_OF_THE_PORTAL } from '../lib/routes.ts';
import { ARTICLE_EXTENSION, ARTICLE_EXTENSIONS } from '../lib/slugs.ts';

const PORTAL_SECTIONS: ReadonlySet<string> = new Set(ROUTES_OF_THE_PORTAL);

/**
 * The kb path of the page `path` names (decoded, from the root, without query or anchor): an
 * article file ("npm/commands/npm-install.md"), named with or without its extension (or with
 * another article extension than its file's), or a folder
 * ("npm/commands/", its page). Looked for in each folder above the article at `fromKbPath`,
 * content/kb first, so docs copied into a folder of their own find their pages there. Undefined
 * when no folder has it, and for the portal's own sections ("/kb/…", "/training/…"), its pages.
 */
export function docsRootPage(
  fromKbPath: string,
  path: string,
  exists: (kbPath: string) => boolean,
  isFolder: (kbPath: string) => boolean,
): string | undefined {
  const relative = posix.normalize(path.replace(/^\/+/, '')).replace(/\/+$/, '');
  if (relative === '.' || relative.startsWith('..') || PORTAL_SECTIONS.has(relative.split('/')[0]!)) return undefined;
  const folders = posix
    .dirname(fromKbPath)
    .split('/')
    .filter((folder) => folder !== '.' && folder !== '');
  for (let depth = 0; depth <= folders.length; depth++) {
    const candidate = [...folders.slice(0, depth), relative].join('/');
    if (ARTICLE_EXTENSION.test(candidate) && exists(candidate)) return candidate;
    // Named with another article extension too: HTML built from Markdown keeps some links to
    // "/user-guide/configuration.md" where the page it holds is configuration.html.
    const stem = candidate.replace(ARTICLE_EXTENSION, '');
    const file = ARTICLE_EXTENSIONS.map((extension) => stem + extension).find(exists);
    if (file) return file;
    if (isFolder(candidate)) return `${candidate}/`;
  }
  return undefined;
}
