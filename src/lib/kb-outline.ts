// The knowledge base as a tree of folders (categories, sections, sub-sections at any depth)
// holding articles, each level in the order the team sets: site.yaml's category list, then
// `order` (in an article, or in a folder's index.md), then title.
import { folderId, isFolderIndex, kbParts, titleFromFolderName } from './kb-paths.ts';
import { slugify } from './slugs.ts';

export interface OutlineArticle {
  id: string;
  /** Path inside content/kb. */
  kbPath: string;
  data: { title: string; order?: number | undefined };
}

/** What a folder's index.md says about it. */
export interface FolderInfo {
  title: string;
  order?: number | undefined;
}

export interface KbFolder<A extends OutlineArticle> {
  /** Slug path, "" for content/kb itself. */
  id: string;
  title: string;
  order: number | undefined;
  /** 0 for content/kb, 1 for a category, 2 for a section, more for sub-sections. */
  depth: number;
  parent: KbFolder<A> | undefined;
  articles: A[];
  folders: KbFolder<A>[];
  /** Articles in this folder and all folders below it. */
  articleCount: number;
}

export interface KbOutline<A extends OutlineArticle> {
  root: KbFolder<A>;
  /** Every folder below the root, parents before children. */
  folders: KbFolder<A>[];
  /** Where each article sits, by id. */
  place: Map<string, { folder: KbFolder<A>; index: number }>;
}

/**
 * By order, then by title with the numbers in it compared as numbers: a book's "1.2. Architecture"
 * before "10.1. Overview" and "Chapter 2" before "Chapter 10" (PostgreSQL's documentation listed
 * 1.4, 10.1, 10.2 … 11.1, 11.10, 11.11 before 2.1).
 */
const byOrderThenTitle = (a: { order?: number | undefined; title: string }, b: { order?: number | undefined; title: string }) =>
  (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title, undefined, { numeric: true });

export function kbOutline<A extends OutlineArticle>(
  articles: readonly A[],
  info: ReadonlyMap<string, FolderInfo>,
  categoryOrder: readonly string[] = [],
): KbOutline<A> {
  const folder = (id: string, name: string, parent: KbFolder<A> | undefined): KbFolder<A> => ({
    id,
    title: info.get(id)?.title ?? titleFromFolderName(name),
    order: info.get(id)?.order,
    depth: parent ? parent.depth + 1 : 0,
    parent,
    articles: [],
    folders: [],
    articleCount: 0,
  });
  const root = folder('', '', undefined);
  const byId = new Map([['', root]]);
  for (const article of articles) {
    // An index file that is an article (a page of its own, leafPageIndexes) sits in its folder's parent.
    const { folders } = kbParts(article.kbPath);
    const names = isFolderIndex(article.kbPath) ? folders.slice(0, -1) : folders;
    let current = root;
    current.articleCount++;
    names.forEach((name, depth) => {
      const id = folderId(names.slice(0, depth + 1));
      let child = byId.get(id);
      if (!child) {
        child = folder(id, name, current);
        byId.set(id, child);
        current.folders.push(child);
      }
      current = child;
      current.articleCount++;
    });
    current.articles.push(article);
  }
  // Categories the team listed in site.yaml come first, in that order (by folder name, slug or title).
  const listed = categoryOrder.map(slugify);
  const rank = (category: KbFolder<A>) => {
    const index = listed.findIndex((entry) => entry === category.id || entry === slugify(category.title));
    return index === -1 ? Infinity : index;
  };
  const place: KbOutline<A>['place'] = new Map();
  const folders: KbFolder<A>[] = [];
  const sort = (current: KbFolder<A>) => {
    current.folders.sort((a, b) => (current === root ? rank(a) - rank(b) : 0) || byOrderThenTitle(a, b));
    current.articles.sort((a, b) => byOrderThenTitle(a.data, b.data));
    current.articles.forEach((article, index) => place.set(article.id, { folder: current, index }));
    for (const child of current.folders) {
      folders.push(child);
      sort(child);
    }
  };
  sort(root);
  return { root, folders, place };
}

/** The folders from the category down to `folder`, without content/kb itself. */
export function trail<A extends OutlineArticle>(folder: KbFolder<A>): KbFolder<A>[] {
  const out: KbFolder<A>[] = [];
  for (let current: KbFolder<A> | undefined = folder; current && current.depth > 0; current = current.parent) out.unshift(current);
  return out;
}

/**
 * Up to `count` of `items` nearest the one at `index`, itself left out: two before it where there
 * are, then those after. What an article without `related` lists: in a section of a help center
 * its neighbours, in a book of a hundred pages the sections around it, not the book's first five.
 */
export function nearestItems<T>(items: readonly T[], index: number, count = 5): T[] {
  const start = Math.max(0, Math.min(index - 2, items.length - count - 1));
  return items
    .slice(start, start + count + 1)
    .filter((_, at) => start + at !== index)
    .slice(0, count);
}
