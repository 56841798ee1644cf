// Markdown articles are rendered when their page is built, not when content is synced. The
// content store keeps their frontmatter and image imports only, so the store (and the module
// Astro bundles it into) does not grow with the text of the whole knowledge base.
import type { LoaderContext } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { decodeHtml } from '../lib/html-charset.ts';
import { articleFormat } from '../lib/slugs.ts';
import { exportSyntax } from '../markdown/export-syntax.ts';
import { convertedHtmlArticle } from './html-conversions.ts';

type RenderMarkdown = LoaderContext['renderMarkdown'];
export type RenderedArticle = Awaited<ReturnType<RenderMarkdown>>;

// Shared through globalThis: the loader runs in Node's module graph (src/content.config.ts), pages
// in the built bundle's, both in the same process.
const RENDERER = Symbol.for('milepost.articleRenderer');
type Registry = { [RENDERER]?: { renderMarkdown: RenderMarkdown; projectRoot: URL } };

/** Called by the article loader with Astro's own Markdown pipeline (the one `markdown` config sets up). */
export function rememberArticleRenderer(context: Pick<LoaderContext, 'renderMarkdown' | 'config'>): void {
  (globalThis as Registry)[RENDERER] = { renderMarkdown: context.renderMarkdown, projectRoot: context.config.root };
}

/**
 * The store entry keeps what pages other than the article's own need: no HTML, no body.
 * `imagePaths` stay, because Astro resolves the article's images through them when it renders.
 */
export function withoutRenderedText<T extends { rendered?: { metadata?: { imagePaths?: string[] } } }>(entry: T): T {
  if (!entry.rendered) return entry;
  return { ...entry, rendered: { html: '', metadata: { imagePaths: entry.rendered.metadata?.imagePaths ?? [] } } };
}

function registered() {
  const renderer = (globalThis as Registry)[RENDERER];
  if (!renderer) throw new Error('Articles can only be rendered after the knowledge base was loaded by its collection loader');
  return renderer;
}

/** The file of a store entry's `filePath` (relative to the Astro project). */
export const articleFileURL = (filePath: string): URL => new URL(filePath, registered().projectRoot);

/** Renders the Markdown article stored at `filePath` (relative to the Astro project, as in store entries). */
export async function renderArticleFile(filePath: string): Promise<RenderedArticle> {
  const fileURL = articleFileURL(filePath);
  const bytes = await readFile(fileURL);
  // An HTML file in the encoding it declares, as the validator and the content sync read it.
  const html = articleFormat(fileURL.pathname) === 'html';
  const source = (html ? decodeHtml(bytes) : undefined) ?? bytes.toString('utf8');
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source)?.[0] ?? '';
  const body = source.slice(frontmatter.length);
  // HTML as Markdown; other docs tools' blocks (GitBook hints, MkDocs admonitions…) as the ":::" blocks the pipeline renders.
  const markdown = html ? convertedHtmlArticle(body).markdown : exportSyntax(body).text;
  return registered().renderMarkdown(frontmatter + markdown, { fileURL });
}
