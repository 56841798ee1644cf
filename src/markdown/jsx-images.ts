// `<img src="…">` written as JSX in an MDX article, as Mintlify and Docusaurus docs write their
// screenshots (`<Frame><img src="/images/settings.png" /></Frame>`): a JSX image is used as it is
// written, so one beside the article, or from the docs' root in content/kb, led nowhere on the
// built page. A local one becomes a Markdown image, which the build offers at the column's widths
// as any other (width, height, id and class kept, as for raw HTML images in raw-images.ts).
import type { Image, Paragraph } from 'mdast';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { isLocalImage, kbRootedImage, localImagePath } from './image-paths.ts';
import { markdownImage } from './raw-images.ts';

type JsxElement = { name: string | null; attributes: { type: string; name?: string; value?: unknown }[] };

/** The Markdown image a JSX `<img>` with a local `src` written as a string stands for; undefined for any other element. */
export function jsxImage(node: JsxElement, articleFile: string | undefined): Image | undefined {
  if (node.name !== 'img') return undefined;
  const attributes = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    // An expression (`src={logo}`) is the article's own import: Astro handles it.
    if (typeof attribute.value !== 'string') {
      if (attribute.name === 'src') return undefined;
      continue;
    }
    // JSX names the class `className`; the rest as HTML does.
    attributes.set(attribute.name === 'className' ? 'class' : attribute.name, attribute.value);
  }
  const src = attributes.get('src')?.trim() ?? '';
  const url = (articleFile && kbRootedImage(src, articleFile)) || (isLocalImage(src) ? localImagePath(src) : undefined);
  return url ? markdownImage(url, attributes) : undefined;
}

export const jsxImages = defineMdastPlugin({
  name: 'milepost-jsx-images',
  mdxJsxFlowElement(node, ctx) {
    const image = jsxImage(node as unknown as JsxElement, ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined);
    if (image) ctx.replaceNode(node, { type: 'paragraph', children: [image] } satisfies Paragraph as never);
  },
  mdxJsxTextElement(node, ctx) {
    const image = jsxImage(node as unknown as JsxElement, ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined);
    if (image) ctx.replaceNode(node, image as never);
  },
});
