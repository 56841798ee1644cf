// An article's content for its own page: Markdown rendered from its file now (the content store
// keeps no article HTML, see content/article-renderer.ts), MDX from the module Vite compiled.
import { render } from 'astro:content';
import { renderArticleFile } from '../content/article-renderer.ts';
import type { Article } from './kb-tree.ts';

export async function renderArticle(article: Article): ReturnType<typeof render> {
  if (!article.rendered || !article.filePath) return render(article);
  const { html, metadata } = await renderArticleFile(article.filePath);
  return render({ ...article, rendered: { html, metadata: { ...metadata, imagePaths: metadata?.imagePaths ?? [] } } });
}
