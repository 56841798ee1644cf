// Image addresses beside an article, as the file system has them. Exports copy image addresses
// from the old help center's CDN with size hints ("img/chart.png?width=400"): a query or fragment
// names no file. The validator accepted them as the file they name; Astro imported the address
// as written, so the dev server showed no image, and the build failed to copy it.
import { defineMdastPlugin } from 'satteri';

/** A path beside the article: not an address with a scheme (https:, data:), not from the site's root or protocol-relative, not an anchor. */
export const isLocalImage = (url: string): boolean => url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#');

/** The image's address without a query or fragment when it is a file beside the article; any other address as it is. */
export const localImagePath = (url: string): string => (isLocalImage(url) ? url.replace(/[?#][\s\S]*$/, '') : url);

export const localImagePaths = defineMdastPlugin({
  name: 'milepost-local-image-paths',
  image(node) {
    const url = localImagePath(node.url);
    return url === node.url ? undefined : { ...node, url };
  },
});
