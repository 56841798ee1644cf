// An article's content (or a folder index's introduction) for its page: Markdown rendered from
// its file now (the content store keeps no article HTML, see content/article-renderer.ts), MDX
// from the module Vite compiled. In a build, Markdown images are the files Milepost offers
// (integration/offered-images.ts); on the dev server, Astro's image pipeline serves them.
import { render, type CollectionEntry } from 'astro:content';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFileURL, renderArticleFile } from '../content/article-renderer.ts';
import { offeredImages } from '../integration/offered-images.ts';
import { hasImageMarkers, replaceImageMarkers, type ImageAttributes } from '../markdown/image-markers.ts';
import { articleImageFile } from './article-images.ts';

export async function renderArticle(entry: CollectionEntry<'kb'> | CollectionEntry<'kbFolders'>): ReturnType<typeof render> {
  if (!entry.rendered || !entry.filePath) return render(entry);
  const rendered = await renderArticleFile(entry.filePath);
  const offered = offeredImages();
  const folder = dirname(fileURLToPath(articleFileURL(entry.filePath)));
  const html = offered
    ? await replaceImageMarkers(rendered.html, async ({ src, attributes }) =>
        URL.canParse(src) ? undefined : sizedAsWritten(await offered.attributes(articleImageFile(folder, src)), attributes),
      )
    : rendered.html;
  // Astro resolves what is left (remote images; every image on the dev server) from the store's imports.
  const imagePaths = hasImageMarkers(html) ? (rendered.metadata?.imagePaths ?? []) : [];
  return render({ ...entry, rendered: { html, metadata: { ...rendered.metadata, imagePaths } } });
}

const pixels = (value: unknown) => (typeof value === 'string' || typeof value === 'number') && /^\d+$/.test(String(value)) ? Number(value) : undefined;

/**
 * The attributes of an offered image shown at the size its article gives it, as raw HTML does
 * (`<img … width="300">`): the other side in the image's proportions, and `sizes` at that width,
 * so the page keeps the box it will fill and the browser fetches the narrowest file that does.
 */
export function sizedAsWritten(offered: ImageAttributes, written: Record<string, unknown>): ImageAttributes {
  const get = (name: string) => offered.find(([given]) => given === name)?.[1];
  const [width, height] = [Number(get('width')), Number(get('height'))];
  const [wantedWidth, wantedHeight] = [pixels(written['width']), pixels(written['height'])];
  if (!(width > 0 && height > 0) || (wantedWidth === undefined && wantedHeight === undefined)) return offered;
  const shown = {
    width: wantedWidth ?? Math.round((wantedHeight! * width) / height),
    height: wantedHeight ?? Math.round((wantedWidth! * height) / width),
  };
  return offered.map(([name, value]): ImageAttributes[number] =>
    name === 'width' ? [name, shown.width] : name === 'height' ? [name, shown.height] : name === 'sizes' ? [name, `${shown.width}px`] : [name, value],
  );
}
