// Cache keys of knowledge-base pages for Astro's incremental build (astro.config.mjs): a page whose
// key and code are unchanged since the last build is copied from the build cache, not rendered.
// So the key holds everything the page shows: for an article, the article and its images, its
// section and neighbours, what it lists as related and its last-updated date; for a folder, its
// introduction, its articles' titles and descriptions and its sub-folders'; for both, the layout.
import { createHash } from 'node:crypto';
import { loadContent } from '../content/load.ts';
import { resolveRoot } from '../content/settings.ts';
import { articleSourceDigests, folderSourceDigests } from '../content/source-digests.ts';
import { resolveReferences } from './catalog.ts';
import { trail } from '../lib/kb-outline.ts';
import { articleById, neighbours, relatedReferences, type Article, type Folder, type KbTree } from './kb-tree.ts';
import { layoutCacheKey } from './layout-cache-key.ts';

const keyOf = (shown: unknown) => createHash('sha256').update(JSON.stringify(shown)).digest('base64url');

/** The cache key of every article page, by article id. */
export async function articleCacheKeys(tree: KbTree): Promise<Map<string, string>> {
  const { articles } = loadContent();
  const sources = articleSourceDigests(resolveRoot(), articles);
  const draftLinks = new Map(articles.map((article) => [article.id, article.draftLinks]));
  const layout = await layoutCacheKey();
  const keys = new Map<string, string>();
  for (const [id, place] of tree.place) {
    const article = articleById(id, tree);
    const { previous, next } = neighbours(article, tree);
    const shown = {
      source: sources.get(id),
      place: trail(place.folder).map((folder) => folder.title),
      neighbours: [previous, next].map((other) => other && [other.id, other.data.title]),
      related: await resolveReferences(relatedReferences(article, tree)),
      updated: tree.updated.get(id)?.toISOString(),
      sourcePath: tree.sourcePath.get(id),
      // A link to a draft is text until the draft is published (src/content/draft-links.ts).
      draftLinks: draftLinks.get(id),
      layout,
    };
    keys.set(id, keyOf(shown));
  }
  return keys;
}

/** An article as a folder page lists it. */
const listed = (article: Article) => [article.id, article.data.title, article.data.description];

/** The cache key of every folder page (category, section, sub-section), by folder id. */
export async function folderCacheKeys(tree: KbTree): Promise<Map<string, string>> {
  const layout = await layoutCacheKey();
  // The store keeps no introduction's text: the digest of its file stands for it.
  const sources = folderSourceDigests(resolveRoot(), loadContent().kbFolders);
  const introduction = (folder: Folder) => {
    const index = tree.folderIndex.get(folder.id);
    return index && [index.data, sources.get(folder.id)];
  };
  return new Map(
    tree.folders.map((folder) => {
      const shown = {
        folder: [folder.id, folder.title, introduction(folder)],
        trail: trail(folder.parent!).map((parent) => [parent.id, parent.title]),
        articles: folder.articles.map(listed),
        folders: folder.folders.map((child) => [
          child.id,
          child.title,
          child.articles.map(listed),
          child.folders.map((grandchild) => [grandchild.id, grandchild.title, grandchild.articleCount]),
        ]),
        layout,
      };
      return [folder.id, keyOf(shown)];
    }),
  );
}
