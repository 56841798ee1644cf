// What a docs tool's navigation file (GitBook's SUMMARY.md, Docsify's _sidebar.md, Nextra's _meta,
// MkDocs' .pages, Mintlify's mint.json) says of the pages and folders of content/kb: their order
// among their siblings and their titles. It fills gaps only: a page's own frontmatter order, and
// its own title (frontmatter or `# ` heading), always win.
import { posix } from 'node:path';
import { tryDecode } from '../lib/escape.ts';
import { folderId, titleFromFolderName } from '../lib/kb-paths.ts';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { articleData } from './article-data.ts';
import type { ContentIndex, KbFolderEntry } from './content-index.ts';
import { ARTICLE_EXTENSION } from '../lib/slugs.ts';

/** What a navigation file says of one page or folder: its place (lower first), a title. */
export interface NavPlace {
  order?: number;
  title?: string;
}

export interface Navigation {
  /** The navigation file, from the root: "content/kb/guides/_meta.json". */
  file: string;
  /** By path in content/kb without extension ("guides/track-events"); a folder by its path ("guides"). */
  places: Map<string, NavPlace>;
  /** The place of what a folder holds but the file does not list, by folder path ("" for content/kb). */
  rest?: Map<string, number>;
}

/** What a reader makes of a navigation file's text: the places it gives, or where and why it could not be read. */
export type NavReading =
  Omit<Navigation, 'file'> | { problem: { line: number; column: number; message: string; hint?: string | undefined } };

const FOLDER_INDEX = /(?:^|\/)(?:_?index|README|readme|Readme)$/;

/** A kb path without its extension, a folder's index as the folder: "guides/README.md" → "guides". */
const withoutExtension = (path: string) => path.replace(ARTICLE_EXTENSION, '').replace(FOLDER_INDEX, '');

/**
 * The page or folder a link in a navigation file leads to, as a path from content/kb without
 * extension: "/guides/setup", "guides/setup.md", "#/guides/setup" → "guides/setup"; "guides/",
 * "guides/README.md" → "guides"; "/" → "". Undefined for links to other sites and anchors.
 */
export function navTarget(written: string): string | undefined {
  const link = written.trim().replace(/^#(?=\/)/, ''); // Docsify's hash routes
  if (!link || link.startsWith('#') || link.startsWith('//') || /^[a-z][\w+.-]*:/i.test(link)) return undefined;
  const path = link.replace(/[#?].*$/, '');
  return withoutExtension(
    posix
      .normalize(`/${tryDecode(path, decodeURI) ?? path}`)
      .slice(1)
      .replace(/\/+$/, ''),
  );
}

/** A page or folder a folder's own navigation file names: "guides" + "setup.md" → "guides/setup"; undefined for its index. */
export function childPath(folder: string, name: string): string | undefined {
  const path = withoutExtension(posix.join(folder || '.', name.trim().replace(/\/+$/, '')));
  return path === folder || path === '.' || path.startsWith('../') ? undefined : path;
}

/**
 * Places from links in reading order (SUMMARY.md, _sidebar.md, mint.json): each page at its
 * position, each folder where its first page is. Only pages and folders inside `folder`.
 */
export function placesFromLinks(links: Iterable<string>, folder = ''): Map<string, NavPlace> {
  const places = new Map<string, NavPlace>();
  const inside = (path: string) => (folder === '' ? path !== '' : path.startsWith(`${folder}/`));
  let position = 0;
  for (const link of links) {
    const target = navTarget(link);
    if (target === undefined) continue;
    position++;
    const parts = target.split('/');
    for (let depth = 1; depth <= parts.length; depth++) {
      const path = parts.slice(0, depth).join('/');
      if (inside(path) && !places.has(path)) places.set(path, { order: position });
    }
  }
  return places;
}

/** Gives a page or folder the place's order and title, where its own file gives none. */
function fillGaps(entry: { data: ArticleData; titleFromName?: boolean }, place: NavPlace | undefined): void {
  if (!place) return;
  if (place.order !== undefined && entry.data.order === undefined) entry.data.order = place.order;
  if (place.title && entry.titleFromName) {
    entry.data.title = place.title;
    entry.titleFromName = false;
  }
}

/** A folder without an index file, described by the navigation file alone (as kb-categories.ts does for `_category_.json`). */
function navigationFolder(names: string[], file: string): KbFolderEntry {
  const kbPath = file.replace(/^content\/kb\//, '');
  const data = articleData(articleSchema.parse({}), '', kbPath.split('/').at(-1)!, titleFromFolderName(names.at(-1)!));
  return {
    id: folderId(names),
    file,
    data,
    names,
    kbPath,
    body: '',
    bodyLine: 0,
    attachments: [],
    titleFromName: true,
    fromNavigation: true,
  };
}

/** Gives the articles and folders the navigation places their order and titles, where their own files give none. */
export function applyNavigation(content: ContentIndex, { file, places, rest }: Navigation): void {
  const placeOf = (path: string): NavPlace | undefined => {
    const listed = places.get(path);
    if (listed) return listed;
    const order = rest?.get(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
    return order === undefined ? undefined : { order };
  };
  for (const article of content.articles) fillGaps(article, placeOf(article.kbPath.replace(ARTICLE_EXTENSION, '')));
  const folders = new Map(content.kbFolders.map((folder) => [folder.names.join('/'), folder]));
  const seen = new Set<string>();
  for (const article of content.articles) {
    const names = article.kbPath.split('/').slice(0, -1);
    for (let depth = 1; depth <= names.length; depth++) {
      const path = names.slice(0, depth).join('/');
      const place = seen.has(path) ? undefined : placeOf(path);
      seen.add(path);
      if (!place) continue;
      let folder = folders.get(path);
      if (!folder) {
        folder = navigationFolder(names.slice(0, depth), file);
        folders.set(path, folder);
        content.kbFolders.push(folder);
      }
      fillGaps(folder, place);
    }
  }
}
