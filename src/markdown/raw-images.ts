// Images in raw HTML, as help-center exports keep them (`<img src="img/x.png" width="300">` alone,
// in a `<p>`, in a table cell), become Markdown images before Astro collects the images it
// imports: the page then offers them like any other, and on the dev server Astro serves them.
// Left as raw HTML, their relative path pointed next to the article's page, where no file is:
// validation found the file, and the built page showed a broken image.
import type { Html, Image } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { decodeHtmlEntities } from '../lib/escape.ts';
import { isLocalImage, localImagePath } from './image-paths.ts';

const IMG = /<img\b((?:[^>"']|"[^"]*"|'[^']*')*)\/?>/gi;
/** Where an `<img>` is text, not an image: comments, and elements whose content is not markup. */
const NOT_MARKUP = /<!--[\s\S]*?(?:-->|$)|<(script|style|template|textarea|title)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Attributes the image keeps (its size as the article shows it, and what links or styles may name); the page sets src, srcset and the rest. */
const KEPT = new Set(['width', 'height', 'id', 'class']);

/** An `<img>` of raw HTML with a relative `src`: where it is in the HTML, and the Markdown image it becomes. */
export interface RawImage {
  start: number;
  end: number;
  image: Image;
}

/** The `<img>` tags of `html` whose file lies beside the article, in order. */
export function rawImages(html: string): RawImage[] {
  const found: RawImage[] = [];
  const text = [...html.matchAll(NOT_MARKUP)].map((match) => [match.index, match.index + match[0].length] as const);
  for (const tag of html.matchAll(IMG)) {
    if (text.some(([start, end]) => tag.index >= start && tag.index < end)) continue;
    const attributes = new Map<string, string>();
    for (const [, name, ...values] of tag[1]!.matchAll(ATTRIBUTE)) {
      const key = name!.toLowerCase();
      if (!attributes.has(key)) attributes.set(key, decodeHtmlEntities(values.find((value) => value !== undefined) ?? ''));
    }
    const src = attributes.get('src')?.trim() ?? '';
    if (!isLocalImage(src)) continue;
    const properties: Record<string, string | string[]> = {};
    for (const [name, value] of attributes) if (KEPT.has(name)) properties[name === 'class' ? 'className' : name] = name === 'class' ? value.split(/\s+/).filter(Boolean) : value;
    found.push({
      start: tag.index,
      end: tag.index + tag[0].length,
      image: {
        type: 'image',
        url: localImagePath(src),
        alt: attributes.get('alt') ?? null,
        title: attributes.get('title') ?? null,
        ...(Object.keys(properties).length > 0 ? { data: { hProperties: properties } } : {}),
      },
    });
  }
  return found;
}

export const rawHtmlImages = defineMdastPlugin({
  name: 'milepost-raw-html-images',
  html(node, ctx) {
    const images = rawImages(node.value);
    if (images.length === 0) return;
    // The HTML around each image stays raw: `<td>`, the image, `</td>`.
    const parts: (Html | Image)[] = [];
    let at = 0;
    for (const { start, end, image } of images) {
      if (start > at) parts.push({ type: 'html', value: node.value.slice(at, start) });
      parts.push(image);
      at = end;
    }
    if (at < node.value.length) parts.push({ type: 'html', value: node.value.slice(at) });
    ctx.replaceNode(node, parts);
  },
});
