// The images of rendered Markdown, as Astro's Markdown step leaves them: `<img __ASTRO_IMAGE_="…">`
// with the image's path and attributes as JSON, for the build to fill in with the files it offers.
import { decodeHtmlEntities, escapeHtml } from '../lib/escape.ts';

/** What the Markdown said of an image: its path as written (decoded) and its other attributes (alt, title). */
export interface ImageMarker {
  src: string;
  attributes: Record<string, unknown>;
}

/** The attributes a build gives an image: src, srcset, sizes, width and height, in the order they are written. */
export type ImageAttributes = [name: string, value: string | number][];

const MARKER = /__ASTRO_IMAGE_="([^"]+)"/g;
// hast property names that are not the attribute's name. Astro's Markdown step leaves these on the
// <img> beside the marker too, so they are not written again (a second class attribute).
const ATTRIBUTE_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for' };

function parseMarker(encoded: string): ImageMarker | undefined {
  try {
    const {
      src,
      index: _index,
      inferSize: _inferSize,
      ...attributes
    } = JSON.parse(decodeHtmlEntities(encoded)) as Record<string, unknown>;
    return typeof src === 'string' ? { src, attributes } : undefined;
  } catch {
    return undefined;
  }
}

function attributeText(name: string, value: unknown): string | undefined {
  if (value === null || value === undefined || value === false) return undefined;
  const written = ATTRIBUTE_NAMES[name] ?? name;
  if (value === true || value === '') return `${written}=""`;
  return `${written}="${escapeHtml(Array.isArray(value) ? value.join(' ') : String(value))}"`;
}

/**
 * `html` with each image marker replaced by the Markdown's own attributes and those `attributesOf`
 * gives, which win where both name one (the size); a marker it gives none for (a remote image,
 * say) is left for Astro. Each image is looked up once, however often it appears.
 */
export async function replaceImageMarkers(
  html: string,
  attributesOf: (marker: ImageMarker) => Promise<ImageAttributes | undefined>,
): Promise<string> {
  const found = new Map<string, Promise<string | undefined>>();
  for (const [, encoded] of html.matchAll(MARKER)) {
    if (found.has(encoded!)) continue;
    const marker = parseMarker(encoded!);
    found.set(
      encoded!,
      marker
        ? attributesOf(marker).then((offered) =>
            offered
              ? [...Object.entries(marker.attributes).filter(([name]) => !(name in ATTRIBUTE_NAMES) && !offered.some(([given]) => given === name)), ...offered]
                  .map(([name, value]) => attributeText(name, value))
                  .filter(Boolean)
                  .join(' ')
              : undefined,
          )
        : Promise.resolve(undefined),
    );
  }
  const replaced = new Map<string, string | undefined>();
  for (const [encoded, text] of found) replaced.set(encoded, await text);
  return html.replace(MARKER, (whole, encoded: string) => replaced.get(encoded) ?? whole);
}

/** Whether markers are left in `html`, for Astro to resolve. */
export const hasImageMarkers = (html: string): boolean => html.includes('__ASTRO_IMAGE_=');
