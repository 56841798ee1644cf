// The knowledge base as a tree of folders and articles, with sibling order and prev/next,
// computed ONCE per build from the collections: no page scans all articles for itself.
import { getEntry, type CollectionEntry } from 'astro:content';
import { entriesOf } from './collections.ts';
import { join } from 'node:path';
import { resolveRoot } from '../content/settings.ts';
import { lastCommitDates } from '../lib/git-dates.ts';
import { kbOutline, nearestItems, type KbFolder, type KbOutline } from '../lib/kb-outline.ts';

export type Article = CollectionEntry<'kb'> & { kbPath: string };
export type Folder = KbFolder<Article>;
export type FolderIndex = CollectionEntry<'kbFolders'>;

export interface KbTree extends KbOutline<Article> {
  /** The index.md of a folder, by folder id ("" for content/kb), for its introduction. */
  folderIndex: Map<string, FolderIndex>;
  /** Last-updated date by article id: frontmatter `updated`, else the last git commit. */
  updated: Map<string, Date>;
  /** Path of the article file inside content/kb, by id. */
  sourcePath: Map<string, string>;
}

/** The collection id of a folder's index entry: its slug path, "." for content/kb. */
export const folderIndexId = (folderId: string) => folderId || '.';

/** "…/content/kb/Getting started/Set up/x.md" → "Getting started/Set up/x.md". */
function kbPathOf(filePath: string | undefined): string {
  const path = (filePath ?? '').split('\\').join('/');
  return path.slice(path.lastIndexOf('content/kb/') + 'content/kb/'.length);
}

async function build(): Promise<KbTree> {
  const articles = (await entriesOf('kb')).map((entry) => ({ ...entry, kbPath: kbPathOf(entry.filePath) }));
  const indexes = await entriesOf('kbFolders');
  const folderIndex = new Map(indexes.map((entry) => [entry.id === '.' ? '' : entry.id, entry]));
  const info = new Map([...folderIndex].map(([id, entry]) => [id, { title: entry.data.title, order: entry.data.order }]));
  const categories = (await getEntry('site', 'site'))!.data.kb.categories;
  const outline = kbOutline(articles, info, categories);
  const commits = lastCommitDates(join(resolveRoot(), 'content/kb'));
  const updated = new Map<string, Date>();
  const sourcePath = new Map<string, string>();
  for (const article of articles) {
    sourcePath.set(article.id, article.kbPath);
    const date = article.data.updated ?? commits.get(join(resolveRoot(), 'content/kb', article.kbPath));
    if (date) updated.set(article.id, date);
  }
  return { ...outline, folderIndex, updated, sourcePath };
}

let tree: Promise<KbTree> | undefined;

export function kbTree(): Promise<KbTree> {
  tree ??= build();
  return tree;
}

/** The article with this id, as the tree holds it. */
export function articleById(id: string, tree: KbTree): Article {
  const { folder, index } = tree.place.get(id)!;
  return folder.articles[index]!;
}

/** What an article lists as related: its own `related`, else up to five articles of its folder, those nearest it. */
export function relatedReferences(article: Article, tree: KbTree): string[] {
  if (article.data.related.length > 0) return article.data.related;
  const { folder, index } = tree.place.get(article.id)!;
  return nearestItems(folder.articles, index).map((other) => `kb:${other.id}`);
}

/** The articles before and after `article` in its folder. */
export function neighbours(article: Article, tree: KbTree): { previous: Article | undefined; next: Article | undefined } {
  const { folder, index } = tree.place.get(article.id)!;
  return { previous: folder.articles[index - 1], next: folder.articles[index + 1] };
}
