// Milepost's image service: Astro's sharp service, with article images offered at the widths the
// article column shows them (src/site/article-images.ts), the encoder settings of astro.config.mjs
// in every file's name, and an image kept as it is where encoding would not make it smaller.
import type { ImageOutputFormat, ImageTransform, LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { readFile } from 'node:fs/promises';
import { ARTICLE_IMAGE_SIZES, articleImageWidths } from '../site/article-images.ts';
import { encodeAt, encoderSettings, imageEncodings, loadSharp, readSourceImage, reencoded } from './image-encodings.ts';
import { imageSourceFile } from './image-sources.ts';

type Metadata = { src: string; width: number; height: number; format: string };

const isMetadata = (src: unknown): src is Metadata => typeof src === 'object' && src !== null && 'width' in src && 'format' in src;
const sameFormat = (a: string, b: string) => a.replace('jpeg', 'jpg') === b.replace('jpeg', 'jpg');

/** Whether the original file is offered at `width` instead of a WebP: only ever at the widest (see encodeTopWidth). */
async function originalAt(src: Metadata, width: number, widths: number[]): Promise<boolean> {
  const file = imageSourceFile(src.src);
  const encodings = imageEncodings();
  if (width !== widths.at(-1) || !file || !encodings) return false;
  // An image that cannot be read or encoded here is offered as WebP like any other: the image
  // step's own encoding then fails with sharp's error, naming the file, as without Milepost.
  return readFile(file)
    .then((input) => encodings.keptAsItIs(input, width))
    .catch(() => false);
}

const service: LocalImageService = {
  ...sharpService,
  // Astro's own list (DEFAULT_HASH_PROPS), and the encoder settings: a file encoded with other
  // settings has another name, so Astro's image cache never hands it out for these.
  propertiesToHash: ['src', 'width', 'height', 'format', 'quality', 'fit', 'position', 'background', 'encoder'],

  async validateOptions(options, imageConfig, logger) {
    const validated = await sharpService.validateOptions!(options, imageConfig, logger);
    const src = validated.src;
    // An image shown at its natural size (no width, widths or densities asked for), as Markdown images are.
    if (!isMetadata(src) || !reencoded(src.format) || validated.widths || validated.densities || validated.width !== src.width)
      return validated;
    const widths = articleImageWidths(src.width);
    const width = widths[0]!;
    const original = await originalAt(src, width, widths);
    const { densities: _densities, ...rest } = validated;
    return {
      ...rest,
      widths,
      width,
      height: Math.round((width * src.height) / src.width),
      sizes: validated.sizes ?? ARTICLE_IMAGE_SIZES,
      format: (original ? src.format : 'webp') as ImageOutputFormat,
      encoder: JSON.stringify(encoderSettings(imageConfig.service.config)),
    };
  },

  async getSrcSet(options, imageConfig, logger) {
    const src = options.src;
    if (!isMetadata(src) || !options.encoder) return sharpService.getSrcSet!(options, imageConfig, logger);
    const { width: _width, height: _height, ...rest } = options;
    const widths = options.widths as number[];
    return Promise.all(
      widths.map(async (width) => {
        // Where the original is offered instead of a WebP, it is offered at its own width.
        const original = await originalAt(src, width, widths);
        const offered = original ? src.width : width;
        return {
          transform: {
            ...rest,
            width: offered,
            height: Math.round((offered * src.height) / src.width),
            format: original ? src.format : 'webp',
          } as ImageTransform,
          descriptor: `${offered}w`,
          attributes: {},
        };
      }),
    );
  },

  getHTMLAttributes(options, imageConfig, logger) {
    const { encoder: _encoder, ...rest } = options;
    return sharpService.getHTMLAttributes!(rest as ImageTransform, imageConfig, logger);
  },

  async transform(input, transform, imageConfig, logger) {
    if (!transform.encoder) {
      await loadSharp(); // with one libvips thread per image, as for the article images
      return sharpService.transform(input, transform, imageConfig, logger);
    }
    // Astro's metadata of the image (width after EXIF rotation, format), read once when it was
    // imported, rather than asking sharp again for every file the image step writes.
    const source = isMetadata(transform.src) ? transform.src : await readSourceImage(input);
    const ownWidth = transform.width >= source.width;
    // Kept as it is: at its own width and in its own format (a WebP already, or a file that WebP
    // would not make smaller), encoding it again could only lose quality.
    if (ownWidth && sameFormat(transform.format, source.format)) return { data: input, format: transform.format };
    // In a build, encoded ahead while pages rendered, or from the cache (src/integration/image-encodings.ts).
    const ready = await imageEncodings()
      ?.encodingAt(input, transform.width)
      .catch(() => undefined);
    if (ready) return { data: ready, format: 'webp' };
    // Outside a build (the dev server), or an image the encodings could not read: encoded here, the same way.
    const output = await encodeAt(await readSourceImage(input), transform.width, encoderSettings(imageConfig.service.config));
    return { data: new Uint8Array(output), format: 'webp' };
  },
};

export default service;
