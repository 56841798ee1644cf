// Image addresses beside an article, as the file system has them. Exports copy image addresses
// from the old help center's CDN with size hints ("img/chart.png?width=400"): a query or fragment
// names no file. The validator accepted them as the file they name; Astro imported the address
// as written, so the dev server showed no image, and the build failed to copy it.
import { statSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { tryDecode } from '../lib/escape.ts';
import { kbRootOf } from '../lib/kb-paths.ts';

/**
 * An image from the docs' own root that is a file of content/kb ("/images/hero.png", as Mintlify
 * and Docusaurus docs write them, copied with their images into content/kb): its path from the
 * article's folder, so it is shown as any image beside the article. Undefined for anything else.
 */
export function kbRootedImage(url: string, articleFile: string): string | undefined {
  const located = kbRootOf(articleFile);
  const path = /^\/(?!\/)/.test(url) ? tryDecode(url.replace(/[?#][\s\S]*$/, ''), decodeURI) : undefined;
  if (!located || path === undefined) return undefined;
  const { file, kbRoot } = located;
  const target = posix.join(kbRoot, path);
  if (!target.startsWith(kbRoot) || !statSync(target, { throwIfNoEntry: false })?.isFile()) return undefined;
  const relative = posix.relative(posix.dirname(file), target);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** A path beside the article: not an address with a scheme (https:, data:), not from the site's root or protocol-relative, not an anchor. */
export const isLocalImage = (url: string): boolean =>
  url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#');

/** The image's address without a query or fragment when it is a file beside the article; any other address as it is. */
export const localImagePath = (url: string): string => (isLocalImage(url) ? url.replace(/[?#][\s\S]*$/, '') : url);

export const localImagePaths = defineMdastPlugin({
  name: 'milepost-local-image-paths',
  image(node, ctx) {
    const rooted = ctx.fileURL ? kbRootedImage(node.url, fileURLToPath(ctx.fileURL)) : undefined;
    const url = localImagePath(rooted ?? node.url);
    return url === node.url ? undefined : { ...node, url };
  },
});
