// Milepost's image service: Astro's sharp service, with article images offered at the widths the
// article column shows them (src/site/article-images.ts), encoder settings chosen by measurement
// (README, "Performance"), and an image kept as it is where encoding would not make it smaller.
import type { ImageOutputFormat, ImageTransform, LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { ARTICLE_IMAGE_SIZES, articleImageWidths } from '../site/article-images.ts';
import { imageSourceFile } from './image-sources.ts';

type Metadata = { src: string; width: number; height: number; format: string };

/**
 * Lossy WebP at quality 80 (Astro's default quality) and effort 2: on the help center's
 * screenshots, 42% less encoder time than effort 4 for 5% more bytes; lossless and near-lossless
 * WebP, and PNG with or without a palette, came out both larger and slower (bench/encoders.ts).
 */
export const WEBP = { quality: 80, effort: 2 } as const;
/** Part of every output file's name: files encoded with other settings are never reused from the cache. */
const ENCODER = `webp-q${WEBP.quality}-e${WEBP.effort}`;

const isMetadata = (src: unknown): src is Metadata => typeof src === 'object' && src !== null && 'width' in src && 'format' in src;
// Formats a browser shows, so an image can also be kept as it is.
const reencoded = (format: string) => ['png', 'jpg', 'jpeg', 'webp'].includes(format);
const sameFormat = (a: string, b: string) => a.replace('jpeg', 'jpg') === b.replace('jpeg', 'jpg');

// Encodings made to decide whether an image is worth encoding at its own width, kept for the
// transform that writes that very file (same process, later in the build).
const trials = new Map<string, Promise<Uint8Array | undefined>>();

/** The image encoded at its own width, or undefined when that is not smaller than the file as it is. */
function smallerEncoding(src: Metadata, file: string): Promise<Uint8Array | undefined> {
  let trial = trials.get(src.src);
  if (!trial) {
    trial = readFile(file).then(async (input) => {
      const output = await sharp(input, { failOn: 'none' }).rotate().webp(WEBP).toBuffer();
      return output.length < input.length ? new Uint8Array(output) : undefined;
    });
    trials.set(src.src, trial);
  }
  return trial;
}

/** WebP, or the source's own format where WebP at the source's own width would not be smaller. */
async function formatAt(src: Metadata, width: number): Promise<string> {
  const file = imageSourceFile(src.src);
  if (src.format === 'webp' || width < src.width || !file) return 'webp';
  return (await smallerEncoding(src, file)) ? 'webp' : src.format;
}

const service: LocalImageService = {
  ...sharpService,
  // Astro's own list (DEFAULT_HASH_PROPS), and the encoder settings.
  propertiesToHash: ['src', 'width', 'height', 'format', 'quality', 'fit', 'position', 'background', 'encoder'],

  async validateOptions(options, imageConfig, logger) {
    const validated = await sharpService.validateOptions!(options, imageConfig, logger);
    const src = validated.src;
    // An image shown at its natural size (no width, widths or densities asked for), as Markdown images are.
    if (!isMetadata(src) || !reencoded(src.format) || validated.widths || validated.densities || validated.width !== src.width)
      return validated;
    const widths = articleImageWidths(src.width);
    const width = widths[0]!;
    const { densities: _densities, ...rest } = validated;
    return {
      ...rest,
      widths,
      width,
      height: Math.round((width * src.height) / src.width),
      sizes: validated.sizes ?? ARTICLE_IMAGE_SIZES,
      format: (await formatAt(src, width)) as ImageOutputFormat,
      encoder: ENCODER,
    };
  },

  async getSrcSet(options, imageConfig, logger) {
    const src = options.src;
    if (!isMetadata(src) || !options.encoder) return sharpService.getSrcSet!(options, imageConfig, logger);
    const { width: _width, height: _height, ...rest } = options;
    return Promise.all(
      (options.widths as number[]).map(async (width) => ({
        transform: {
          ...rest,
          width,
          height: Math.round((width * src.height) / src.width),
          format: await formatAt(src, width),
        } as ImageTransform,
        descriptor: `${width}w`,
        attributes: {},
      })),
    );
  },

  getHTMLAttributes(options, imageConfig, logger) {
    const { encoder: _encoder, ...rest } = options;
    return sharpService.getHTMLAttributes!(rest as ImageTransform, imageConfig, logger);
  },

  async transform(input, transform, imageConfig, logger) {
    if (transform.encoder) {
      const source = await sharp(input).metadata();
      if (transform.width >= (source.autoOrient ?? source).width) {
        // Kept as it is: encoding it again at its own size would not have made it smaller.
        if (sameFormat(transform.format, source.format)) return { data: input, format: transform.format };
        const trial = await trials.get(transform.src);
        trials.delete(transform.src);
        if (trial) return { data: trial, format: 'webp' };
      }
    }
    const webp = { ...imageConfig, service: { ...imageConfig.service, config: { ...imageConfig.service.config, webp: WEBP } } };
    return sharpService.transform(input, transform, webp, logger);
  },
};

export default service;
