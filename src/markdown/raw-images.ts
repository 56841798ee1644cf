// Images in raw HTML, as help-center exports keep them (`<img src="img/x.png" width="300">` alone,
// in a `<p>`, in a table cell), become Markdown images before Astro collects the images it
// imports: the page then offers them like any other, and on the dev server Astro serves them.
// Left as raw HTML, their relative path pointed next to the article's page, where no file is:
// validation found the file, and the built page showed a broken image.
import type { Html, Image } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { htmlAttributes } from './raw-html.ts';
import { isLocalImage, localImagePath } from './image-paths.ts';

const IMG = /<img\b((?:[^>"']|"[^"]*"|'[^']*')*)\/?>/gi;
/** Where an `<img>` is text, not an image: comments, and elements whose content is not markup. */
const NOT_MARKUP = /<!--[\s\S]*?(?:-->|$)|<(script|style|template|textarea|title)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** Attributes the image keeps (its size as the article shows it, and what links or styles may name); the page sets src, srcset and the rest. */
const KEPT = new Set(['width', 'height', 'id', 'class']);

/** An `<img>` of raw HTML with a relative `src`: where it is in the HTML, and the Markdown image it becomes. */
export interface RawImage {
  start: number;
  end: number;
  image: Image;
}

/**
 * The Markdown image an `<img>` with these attributes (names in lower case, values as a browser
 * reads them) becomes, at `url`: its alt text, title, and the attributes it keeps, `classes` added.
 */
export function markdownImage(url: string, attributes: ReadonlyMap<string, string>, classes: string[] = []): Image {
  const properties: Record<string, string | string[]> = {};
  for (const [name, value] of attributes)
    if (KEPT.has(name)) properties[name === 'class' ? 'className' : name] = name === 'class' ? value.split(/\s+/).filter(Boolean) : value;
  if (classes.length > 0) properties.className = [...((properties.className as string[] | undefined) ?? []), ...classes];
  return {
    type: 'image',
    url,
    alt: attributes.get('alt') ?? null,
    title: attributes.get('title') ?? null,
    ...(Object.keys(properties).length > 0 ? { data: { hProperties: properties } } : {}),
  };
}

/** The `<img>` tags of `html` whose file lies beside the article, in order. */
export function rawImages(html: string): RawImage[] {
  const found: RawImage[] = [];
  const text = [...html.matchAll(NOT_MARKUP)].map((match) => [match.index, match.index + match[0].length] as const);
  for (const tag of html.matchAll(IMG)) {
    if (text.some(([start, end]) => tag.index >= start && tag.index < end)) continue;
    const attributes = htmlAttributes(tag[1]!);
    const src = attributes.get('src')?.trim() ?? '';
    if (!isLocalImage(src)) continue;
    // GitBook's icons in a line of text, as high as the text.
    const classes = attributes.get('data-size') === 'line' ? ['inline-icon'] : [];
    found.push({ start: tag.index, end: tag.index + tag[0].length, image: markdownImage(localImagePath(src), attributes, classes) });
  }
  return found;
}

const SOURCE = /<source\b((?:[^>"']|"[^"]*"|'[^']*')*)\/?>/gi;

/**
 * `html` without the `<source srcset>` elements (a `<picture>`'s) whose files lie beside the
 * article: a browser picks a source before the picture's `<img>`, and theirs would point beside
 * the page, where no file is; the `<img>` is offered at the widths the page needs. (The
 * sources of a video or audio element have `src`, not `srcset`, and stay.)
 */
export function withoutLocalSources(html: string): string {
  return html.replace(SOURCE, (source, attributes: string) => {
    const urls = (htmlAttributes(attributes).get('srcset') ?? '')
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/)[0]!)
      .filter(Boolean);
    return urls.length > 0 && urls.every(isLocalImage) ? '' : source;
  });
}

export const rawHtmlImages = defineMdastPlugin({
  name: 'milepost-raw-html-images',
  html(node, ctx) {
    const value = withoutLocalSources(node.value);
    const images = rawImages(value);
    if (images.length === 0) {
      if (value !== node.value) ctx.replaceNode(node, { type: 'html', value });
      return;
    }
    // The HTML around each image stays raw: `<td>`, the image, `</td>`.
    const parts: (Html | Image)[] = [];
    let at = 0;
    for (const { start, end, image } of images) {
      if (start > at) parts.push({ type: 'html', value: value.slice(at, start) });
      parts.push(image);
      at = end;
    }
    if (at < value.length) parts.push({ type: 'html', value: value.slice(at) });
    ctx.replaceNode(node, parts);
  },
});
