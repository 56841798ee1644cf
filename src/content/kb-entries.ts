// Knowledge-base files as entries of the content index: articles, and the index.md / _index.md
// files that describe their folders. Folders show under the title their index gives them.
import { folderId, kbParts, titleFromFolderName } from '../lib/kb-paths.ts';
import { articleFormat } from '../lib/slugs.ts';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { articleDataAndTitleSource } from './article-data.ts';
import { hasIntroductionFile, kbLocation, type ArticleEntry, type KbFolderEntry } from './content-index.ts';
import type { ParsedFile } from './parse-file.ts';

/** Keys that may hold one old path or a list of them. */
const PATH_LISTS = ['aliases', 'redirectFrom', 'redirect_from'];

/** Frontmatter as the schema reads it: a single old path is a list of one. */
export function prepareFrontmatter(raw: Record<string, unknown>): Record<string, unknown> {
  if (!PATH_LISTS.some((key) => typeof raw[key] === 'string')) return raw;
  const prepared = { ...raw };
  for (const key of PATH_LISTS) if (typeof prepared[key] === 'string') prepared[key] = [prepared[key]];
  return prepared;
}

export function kbEntry(
  parsed: ParsedFile,
  frontmatter: ArticleFrontmatter,
  leafPages?: ReadonlySet<string>,
  besideFolders?: ReadonlySet<string>,
): { article: ArticleEntry } | { folder: KbFolderEntry } {
  const location = kbLocation(parsed.file.path, leafPages, besideFolders);
  const { kbPath, folders, fileName, folderIndex, id, leafPage } = location;
  const body = parsed.body?.text ?? '';
  const bodyLine = parsed.body?.line ?? 0;
  const bodyOrigins = parsed.body?.origins;
  const file = parsed.file.path;
  if (folderIndex) {
    const fallback = folders.length > 0 ? titleFromFolderName(folders.at(-1)!) : 'Help articles';
    const { data, titleFromName } = articleDataAndTitleSource(frontmatter, body, fileName, fallback);
    const beside = 'besideFolder' in location ? { besideFolder: true } : {};
    const siteName = parsed.body?.siteName;
    return {
      folder: {
        id,
        file,
        data,
        names: folders,
        kbPath,
        body,
        bodyLine,
        ...(bodyOrigins ? { bodyOrigins } : {}),
        attachments: [],
        titleFromName,
        ...beside,
        ...(siteName ? { siteName } : {}),
      },
    };
  }
  // A page named index.md is titled by its folder's name, not "Index".
  const fallback = leafPage ? titleFromFolderName(kbParts(kbPath).folders.at(-1)!) : undefined;
  const { data: written, titleFromName } = articleDataAndTitleSource(frontmatter, body, fileName, fallback);
  // An HTML page's own date of its last change, where no frontmatter gives one.
  const pageUpdated = parsed.body?.updated;
  const data = written.updated === undefined && pageUpdated ? { ...written, updated: new Date(pageUpdated) } : written;
  const exportId = parsed.raw?.id;
  const exportSlug = parsed.raw?.slug;
  return {
    article: {
      id,
      file,
      data,
      folders,
      kbPath,
      body,
      bodyLine,
      ...(bodyOrigins ? { bodyOrigins } : {}),
      assets: [],
      attachments: [],
      anchors: [],
      imagePaths: [],
      titleFromName,
      ...(typeof exportId === 'string' || typeof exportId === 'number' ? { exportId: String(exportId) } : {}),
      ...(typeof exportSlug === 'string' && exportSlug.trim() ? { exportSlug: exportSlug.trim() } : {}),
    },
  };
}

/**
 * Titles each folder an HTML export of a whole site was copied into by the site's name, where its
 * home page (the folder's index.html, no folder above it described by an HTML page) names it
 * after its own title: "Introduction - The Rust Programming Language" (mdBook), "Welcome —
 * Sphinx documentation". The home's own title would otherwise name the site in every breadcrumb.
 */
export function titleSiteHomes(folders: readonly KbFolderEntry[]): void {
  const htmlIndexes = new Set(folders.filter((folder) => articleFormat(folder.kbPath) === 'html' && hasIntroductionFile(folder)).map((folder) => folder.id));
  const underAnother = (id: string) => id.split('/').some((_, depth, parts) => htmlIndexes.has(parts.slice(0, depth).join('/')));
  for (const folder of folders)
    if (folder.siteName && folder.id !== '' && htmlIndexes.has(folder.id) && !underAnother(folder.id)) folder.data.title = folder.siteName;
}

/** Replaces each article's folder names with the folders' titles (from their index files, else the names). */
export function titleFolders(articles: readonly ArticleEntry[], folders: readonly KbFolderEntry[]): void {
  const titles = new Map(folders.map((folder) => [folder.id, folder.data.title]));
  for (const article of articles) {
    article.folders = article.folders.map((name, depth) => titles.get(folderId(article.folders.slice(0, depth + 1))) ?? titleFromFolderName(name));
  }
}
