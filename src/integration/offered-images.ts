// Markdown article images in a build, outside Astro's image pipeline: each <img> offers the WebP
// widths the encodings make (image-encodings.ts), or the file as it is where encoding would not
// make it smaller, under names made of the image's content and the encoder settings; the files
// are linked from the build cache into the output once the pages are written. Through Astro's
// pipeline, Vite bundled and emitted every original (38 MB on the image-heavy help center, a
// second of every warm build) and Astro's image step copied each encoding out of its own cache.
// Shared through globalThis: pages are bundled, the integration is not, and both run in one process.
import { copyFile, mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { forEachAtMost } from '../lib/concurrency.ts';
import { linkOrCopy } from '../lib/linked-files.ts';
import { ARTICLE_IMAGE_SIZES } from '../site/article-images.ts';
import type { ImageAttributes } from '../markdown/image-markers.ts';
import type { ImageEncodings } from './image-encodings.ts';

/** One file an image offers: its name in the output's assets folder, its width, and whether it is an encoding (or the file as it is). */
interface OfferedFile {
  name: string;
  width: number | undefined;
  encoded: boolean;
}

interface Offer {
  file: string;
  key: string;
  /** The shown size (of the narrowest file); unknown for a file sharp cannot read. */
  size?: { width: number; height: number };
  /** Narrowest first. */
  files: OfferedFile[];
  /** Offered at several widths, with `srcset` and `sizes`. */
  responsive: boolean;
  /** The file is damaged: cut short, or no image though named like one a browser shows. */
  damaged: boolean;
}

/** Formats sharp reads: a file named like one that it cannot read at all is damaged (a BMP or ICO is merely not encoded). */
const READABLE = /\.(png|jpe?g|webp|gif|avif|tiff?|heic|heif)$/i;

/** Where the files go, as Astro's config has it: `build.assets` ("_astro") and `base` ("/", "/docs/"). */
export interface ImageOutput {
  assets: string;
  base: string;
}

/** A name for URLs from the image's own: letters, digits, "-" and "_" (Astro's emitted names look the same). */
const stemOf = (file: string) =>
  basename(file, extname(file))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48) || 'image';

export class OfferedImages {
  private readonly offers = new Map<string, Promise<Offer>>();
  /** Names of the files placed in the output so far. */
  private readonly placed = new Set<string>();
  private readonly encodings: ImageEncodings;
  private readonly output: ImageOutput;

  constructor(encodings: ImageEncodings, output: ImageOutput) {
    this.encodings = encodings;
    this.output = { ...output, base: output.base.endsWith('/') ? output.base : `${output.base}/` };
  }

  /** The attributes of the image at `file` as a page shows it: waits for its widest width to be encoded, not the others. */
  async attributes(file: string): Promise<ImageAttributes> {
    const offer = await this.offer(file);
    const url = (name: string) => `${this.output.base}${this.output.assets}/${name}`;
    const [first] = offer.files;
    const size: ImageAttributes = offer.size
      ? [
          ['width', offer.size.width],
          ['height', offer.size.height],
        ]
      : [];
    const lazy: ImageAttributes = [
      ['loading', 'lazy'],
      ['decoding', 'async'],
    ];
    if (!offer.responsive) return [...lazy, ...size, ['src', url(first!.name)]];
    const srcset = offer.files.map((offered) => `${url(offered.name)} ${offered.width}w`).join(', ');
    return [...lazy, ['sizes', ARTICLE_IMAGE_SIZES], ...size, ['src', url(first!.name)], ['srcset', srcset]];
  }

  /**
   * Puts every file offered by a page of this build, and by the pages of `files` (articles whose
   * page the incremental build copied from its cache), into `outDir`. Encodings are linked from
   * the cache, which replaces its files rather than writing into them; originals are copied.
   */
  async place(outDir: string, files: string[]): Promise<number> {
    const folder = join(outDir, this.output.assets);
    await mkdir(folder, { recursive: true });
    const offers = await Promise.all([...new Set([...this.offers.keys(), ...files])].map((file) => this.offer(file)));
    const placing = new Map<string, () => Promise<void>>();
    for (const offer of offers) {
      for (const offered of offer.files) {
        if (this.placed.has(offered.name)) continue;
        this.placed.add(offered.name);
        const target = join(folder, offered.name);
        placing.set(offered.name, async () => {
          try {
            const encoded = offered.encoded ? await this.encodings.encodedFile(offer.key, offered.width!) : undefined;
            if (encoded) await linkOrCopy(encoded, target);
            else await copyFile(offer.file, target);
          } catch (error) {
            this.placed.delete(offered.name); // for a later call to try again
            throw error;
          }
        });
      }
    }
    // A few files at a time: one after the other, each waits for the file system in turn.
    await forEachAtMost([...placing.values()], 16, (place) => place());
    return placing.size;
  }

  /**
   * Places the files of the images at `files` that the cache holds encoded already, and no others:
   * called while Astro bundles, which leaves the file system idle, it leaves a rebuild's last step
   * nothing to place (750 files on the image-heavy help center) and a cold build's order of
   * encodings untouched.
   */
  async placeCached(outDir: string, files: string[]): Promise<number> {
    const cached = await Promise.all(files.map((file) => this.encodings.cachedDescription(file).catch(() => undefined)));
    return this.place(
      outDir,
      files.filter((_, index) => cached[index] !== undefined),
    );
  }

  /** The files of this build's offered images that are damaged (call once the pages are placed). */
  async damaged(): Promise<string[]> {
    const offers = await Promise.all([...this.offers].map(async ([file, offer]) => [file, await offer] as const));
    return offers.filter(([, offer]) => offer.damaged).map(([file]) => file);
  }

  private offer(file: string): Promise<Offer> {
    let offer = this.offers.get(file);
    if (!offer) this.offers.set(file, (offer = this.makeOffer(file)));
    return offer;
  }

  private async makeOffer(file: string): Promise<Offer> {
    const image = await this.encodings.described(file).catch(() => undefined);
    const stem = `${stemOf(file)}.${image?.key.slice(0, 10) ?? 'unread'}`;
    const asItIs: OfferedFile = { name: `${stem}${extname(file).toLowerCase()}`, width: image?.width, encoded: false };
    // A format the column does not encode (GIF, SVG), or a file that could not be read or encoded: offered as it is.
    if (!image || image.encodings.length === 0) {
      const size = image ? { width: image.width, height: image.height } : undefined;
      return { file, key: image?.key ?? '', ...(size ? { size } : {}), files: [asItIs], responsive: false, damaged: !image && READABLE.test(file) };
    }
    const files = image.encodings.map(([width, kept]): OfferedFile =>
      kept ? asItIs : { name: `${stem}-${this.encodings.settingsKey.slice(0, 6)}-${width}.webp`, width, encoded: true },
    );
    const [narrowest] = image.encodings[0]!;
    const size = { width: narrowest, height: Math.round((narrowest * image.height) / image.width) };
    return { file, key: image.key, size, files, responsive: true, damaged: image.damaged === true };
  }
}

const REGISTRY = Symbol.for('milepost.offeredImages');
type Registry = { [REGISTRY]?: OfferedImages };

/** From now on, pages of this build offer Markdown images through `encodings`. */
export function startOfferedImages(encodings: ImageEncodings, output: ImageOutput): void {
  (globalThis as Registry)[REGISTRY] = new OfferedImages(encodings, output);
}

/** This build's offered images, or undefined outside a build (the dev server serves images through Astro). */
export const offeredImages = (): OfferedImages | undefined => (globalThis as Registry)[REGISTRY];
