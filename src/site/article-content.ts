// An article's content (or a folder index's introduction) for its page: Markdown rendered from
// its file now (the content store keeps no article HTML, see content/article-renderer.ts), MDX
// from the module Vite compiled.
import { render, type CollectionEntry } from 'astro:content';
import { renderArticleFile } from '../content/article-renderer.ts';

export async function renderArticle(entry: CollectionEntry<'kb'> | CollectionEntry<'kbFolders'>): ReturnType<typeof render> {
  if (!entry.rendered || !entry.filePath) return render(entry);
  const { html, metadata } = await renderArticleFile(entry.filePath);
  return render({ ...entry, rendered: { html, metadata: { ...metadata, imagePaths: metadata?.imagePaths ?? [] } } });
}
