// An article's Markdown rendered through the portal's article pipeline, as the build renders it
// (src/content/article-renderer.ts): other tools' syntax rewritten first (export-syntax.ts).
import { markdownToHtml } from 'satteri';
import { articleProcessorOptions } from '../../src/markdown/article-pipeline.ts';
import { exportSyntax } from '../../src/markdown/export-syntax.ts';

/** The HTML of `markdown` as the article pipeline renders it, without the rewriting of other tools' syntax. */
export function renderMarkdown(markdown: string, frontmatter: Record<string, unknown> = { title: 'Article' }): string {
  const astro = { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  return (markdownToHtml(markdown, { ...articleProcessorOptions('/'), data: { astro } }) as { html: string }).html;
}

/** The HTML of an article's Markdown as the build renders it. */
export const renderArticleMarkdown = (markdown: string): string => renderMarkdown(exportSyntax(markdown).text);
