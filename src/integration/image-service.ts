// Milepost's image service: Astro's sharp service, with article images offered at the widths the
// article column shows them (src/site/article-images.ts), the encoder settings of astro.config.mjs
// in every file's name, and an image kept as it is where encoding would not make it smaller.
import type { ImageOutputFormat, ImageTransform, LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { readFile } from 'node:fs/promises';
import sharp, { type OutputInfo, type WebpOptions } from 'sharp';
import { ARTICLE_IMAGE_SIZES, articleImageWidths } from '../site/article-images.ts';
import { imageSourceFile } from './image-sources.ts';

type Metadata = { src: string; width: number; height: number; format: string };

type Config = Parameters<NonNullable<LocalImageService['validateOptions']>>[1];

/** The WebP settings of astro.config.mjs (`image.service.config.webp`), as sharp takes them. */
const webpOf = (imageConfig: Config): WebpOptions => imageConfig.service.config['webp'] ?? {};

const isMetadata = (src: unknown): src is Metadata => typeof src === 'object' && src !== null && 'width' in src && 'format' in src;
// Formats a browser shows, so an image can also be kept as it is.
const reencoded = (format: string) => ['png', 'jpg', 'jpeg', 'webp'].includes(format);
const sameFormat = (a: string, b: string) => a.replace('jpeg', 'jpg') === b.replace('jpeg', 'jpg');

// Encodings made to decide whether an image is worth encoding at its own width, kept for the
// transform that writes that very file (same process, later in the build).
const trials = new Map<string, Promise<Uint8Array | undefined>>();

// An image's pixels, decoded once for all the widths it is encoded at (a tenth of the encoding
// time of a PNG screenshot went to decoding it again for each width). Astro hands every transform
// of one image the same buffer, and transforms one image after the other.
const decoded = new WeakMap<Uint8Array, Promise<{ data: Buffer; info: OutputInfo }>>();

function pixelsOf(input: Uint8Array): Promise<{ data: Buffer; info: OutputInfo }> {
  let pixels = decoded.get(input);
  if (!pixels) {
    pixels = sharp(input, { failOn: 'none' }).rotate().raw().toBuffer({ resolveWithObject: true });
    decoded.set(input, pixels);
  }
  return pixels;
}

/** The image encoded at its own width, or undefined when that is not smaller than the file as it is. */
function smallerEncoding(src: Metadata, file: string, webp: WebpOptions): Promise<Uint8Array | undefined> {
  let trial = trials.get(src.src);
  if (!trial) {
    trial = readFile(file).then(async (input) => {
      const output = await sharp(input, { failOn: 'none' }).rotate().webp(webp).toBuffer();
      return output.length < input.length ? new Uint8Array(output) : undefined;
    });
    trials.set(src.src, trial);
  }
  return trial;
}

/** WebP, or the source's own format where WebP at the source's own width would not be smaller. */
async function formatAt(src: Metadata, width: number, imageConfig: Config): Promise<string> {
  const file = imageSourceFile(src.src);
  if (src.format === 'webp' || width < src.width || !file) return 'webp';
  return (await smallerEncoding(src, file, webpOf(imageConfig))) ? 'webp' : src.format;
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
    const { densities: _densities, ...rest } = validated;
    return {
      ...rest,
      widths,
      width,
      height: Math.round((width * src.height) / src.width),
      sizes: validated.sizes ?? ARTICLE_IMAGE_SIZES,
      format: (await formatAt(src, width, imageConfig)) as ImageOutputFormat,
      encoder: `webp ${JSON.stringify(webpOf(imageConfig))}`,
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
          format: await formatAt(src, width, imageConfig),
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
    if (!transform.encoder) return sharpService.transform(input, transform, imageConfig, logger);
    const source = await sharp(input).metadata();
    const ownWidth = transform.width >= (source.autoOrient ?? source).width;
    // Kept as it is: at its own width and in its own format (a WebP already, or a file that WebP
    // would not make smaller), encoding it again could only lose quality.
    if (ownWidth && sameFormat(transform.format, source.format)) return { data: input, format: transform.format };
    const trial = ownWidth ? await trials.get(transform.src) : undefined;
    if (trial) {
      trials.delete(transform.src);
      return { data: trial, format: 'webp' };
    }
    const { data, info } = await pixelsOf(input);
    const output = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
      .resize({ width: transform.width, height: transform.height, withoutEnlargement: true, kernel: imageConfig.service.config['kernel'] })
      .webp(webpOf(imageConfig))
      .toBuffer();
    return { data: new Uint8Array(output), format: 'webp' };
  },
};

export default service;
