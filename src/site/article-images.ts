// How article pages show images: the widths to encode and the `sizes` that tells the browser
// which one to fetch. The prose column is at most 70ch of the body font (757 CSS px in DejaVu
// Sans, about 660 in Segoe UI), and on a phone the viewport less its 1rem margins.
export const ARTICLE_COLUMN_PX = 760;

/** The column at 1×, 1.5× (phones) and 2× (Retina) pixel density. */
export const ARTICLE_IMAGE_WIDTHS = [ARTICLE_COLUMN_PX, 1140, 2 * ARTICLE_COLUMN_PX];

export const ARTICLE_IMAGE_SIZES = `(min-width: 50rem) ${ARTICLE_COLUMN_PX}px, calc(100vw - 2rem)`;

/**
 * The widths to offer of an image `sourceWidth` pixels wide: the column's, never wider than the
 * image itself, and none within 15% of the next larger one (a 1,200 px screenshot is offered at
 * 760 and 1,200, not also at 1,140).
 */
export function articleImageWidths(sourceWidth: number): number[] {
  const capped = [...new Set(ARTICLE_IMAGE_WIDTHS.map((width) => Math.min(width, sourceWidth)))].sort((a, b) => a - b);
  return capped.filter((width, n) => n === capped.length - 1 || width < 0.85 * capped[n + 1]!);
}
