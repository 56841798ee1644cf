// An article's content (or a folder index's introduction) for its page: Markdown rendered from
// its file now (the content store keeps no article HTML, see content/article-renderer.ts), MDX
// from the module Vite compiled. In a build, Markdown images are the files Milepost offers
// (integration/offered-images.ts); on the dev server, Astro's image pipeline serves them.
import { render, type CollectionEntry } from 'astro:content';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFileURL, renderArticleFile } from '../content/article-renderer.ts';
import { offeredImages } from '../integration/offered-images.ts';
import { hasImageMarkers, replaceImageMarkers } from '../markdown/image-markers.ts';
import { articleImageFile } from './article-images.ts';

export async function renderArticle(entry: CollectionEntry<'kb'> | CollectionEntry<'kbFolders'>): ReturnType<typeof render> {
  if (!entry.rendered || !entry.filePath) return render(entry);
  const rendered = await renderArticleFile(entry.filePath);
  const offered = offeredImages();
  const folder = dirname(fileURLToPath(articleFileURL(entry.filePath)));
  const html = offered
    ? await replaceImageMarkers(rendered.html, ({ src }) =>
        URL.canParse(src) ? Promise.resolve(undefined) : offered.attributes(articleImageFile(folder, src)),
      )
    : rendered.html;
  // Astro resolves what is left (remote images; every image on the dev server) from the store's imports.
  const imagePaths = hasImageMarkers(html) ? (rendered.metadata?.imagePaths ?? []) : [];
  return render({ ...entry, rendered: { html, metadata: { ...rendered.metadata, imagePaths } } });
}
