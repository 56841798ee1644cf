// How article pages show images: the widths to encode and the `sizes` that tells the browser
// which one to fetch. The prose column is at most 70ch of the body font (757 CSS px in DejaVu
// Sans, about 660 in Segoe UI), and on a phone the viewport less its 1rem margins.
import { resolve } from 'node:path';
import { localImagePath } from '../markdown/image-paths.ts';

export const ARTICLE_COLUMN_PX = 760;

/**
 * The column at 1× and 2× (Retina) pixel density. Phones at 3× take the 2× file; a width for
 * them (1,140 px) cost a fifth more encoding for 15% fewer bytes to those phones only
 * (`npm run bench -- --encoders`, README "Performance").
 */
export const ARTICLE_IMAGE_WIDTHS = [ARTICLE_COLUMN_PX, 2 * ARTICLE_COLUMN_PX];

export const ARTICLE_IMAGE_SIZES = `(min-width: 50rem) ${ARTICLE_COLUMN_PX}px, calc(100vw - 2rem)`;

/**
 * The widths to offer of an image `sourceWidth` pixels wide: the column's, never wider than the
 * image itself, and none within 15% of the next larger one (an 800 px screenshot is offered at
 * 800 only, not also at 760).
 */
export function articleImageWidths(sourceWidth: number, offered = ARTICLE_IMAGE_WIDTHS): number[] {
  const capped = [...new Set(offered.map((width) => Math.min(width, sourceWidth)))].sort((a, b) => a - b);
  return capped.filter((width, n) => n === capped.length - 1 || width < 0.85 * capped[n + 1]!);
}

/** The file an article shows for an image `src` relative to its `folder` (URL-decoded, as Astro's Markdown step leaves it). */
export const articleImageFile = (folder: string, src: string): string => resolve(folder, localImagePath(src));
