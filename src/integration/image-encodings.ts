// Article images encoded ahead of Astro's image step. Validation already knows every Markdown
// image, so a build starts encoding them at its very beginning, one image at a time on a thread of
// its own, while Astro syncs content, bundles and renders pages on its main thread; Astro's image
// step, which comes last, then mostly writes out what is done. Encodings are kept in the build
// cache by the image's content and the encoder settings, so a warm build encodes only new images.
// Shared through globalThis: the image service is bundled with the pages, the integration is not.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import sharp, { type KernelEnum, type WebpOptions } from 'sharp';
import { articleImageWidths } from '../site/article-images.ts';

export interface EncoderSettings {
  webp: WebpOptions;
  kernel?: keyof KernelEnum;
}

/** The encoder settings of astro.config.mjs (`image.service.config`), as sharp takes them. */
export const encoderSettings = (serviceConfig: Record<string, unknown>): EncoderSettings => ({
  webp: (serviceConfig['webp'] as WebpOptions | undefined) ?? {},
  ...(serviceConfig['kernel'] ? { kernel: serviceConfig['kernel'] as keyof KernelEnum } : {}),
});

/** The image files the articles show, from the root: what a build will encode. */
export const articleImageFiles = (root: string, articles: { file: string; imagePaths: string[] }[]): string[] => [
  ...new Set(articles.flatMap((article) => article.imagePaths.map((path) => resolve(root, dirname(article.file), path)))),
];

/** One width of an image: WebP bytes, or `undefined` where the file as it is should be kept. */
export type Encoding = Uint8Array | undefined;

/** Formats a browser shows, which the service encodes to WebP at the article column's widths. */
export const reencoded = (format: string | undefined) => ['png', 'jpg', 'jpeg', 'webp'].includes(format ?? '');

/**
 * Every width of one image, decoded once: WebP at each width; at the image's own width the file
 * is kept as it is (undefined) when it is a WebP already or when WebP would not be smaller.
 */
export async function encodeImage(input: Uint8Array, settings: EncoderSettings): Promise<Map<number, Encoding>> {
  const metadata = await sharp(input, { failOn: 'none' }).metadata();
  const encodings = new Map<number, Encoding>();
  if (!reencoded(metadata.format)) return encodings;
  const { width, height } = metadata.autoOrient ?? metadata;
  const widths = articleImageWidths(width);
  if (widths.at(-1) === width) {
    const own = metadata.format === 'webp' ? undefined : await sharp(input, { failOn: 'none' }).rotate().webp(settings.webp).toBuffer();
    encodings.set(width, own && own.length < input.length ? new Uint8Array(own) : undefined);
  }
  const smaller = widths.filter((w) => w < width);
  if (smaller.length === 0) return encodings;
  const { data, info } = await sharp(input, { failOn: 'none' }).rotate().raw().toBuffer({ resolveWithObject: true });
  for (const w of smaller) {
    const output = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
      .resize({ width: w, height: Math.round((w * height) / width), withoutEnlargement: true, kernel: settings.kernel })
      .webp(settings.webp)
      .toBuffer();
    encodings.set(w, new Uint8Array(output));
  }
  return encodings;
}

const contentKey = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

/** The encodings of a build: what is encoding, what is in the cache, and the images still to do. */
export class ImageEncodings {
  private readonly running = new Map<string, Promise<Map<number, Encoding>>>();
  private readonly settingsKey: string;
  private readonly settings: EncoderSettings;
  private readonly cacheFolder: string;
  private stopped = false;

  constructor(settings: EncoderSettings, cacheFolder: string) {
    this.settings = settings;
    this.cacheFolder = cacheFolder;
    this.settingsKey = contentKey(new TextEncoder().encode(JSON.stringify(settings))).slice(0, 12);
    mkdirSync(cacheFolder, { recursive: true });
  }

  /** Encodes the images in `files`, one after the other, skipping those already cached or started. */
  async encodeAhead(files: string[]): Promise<void> {
    for (const file of files) {
      if (this.stopped) return;
      const input = await readFile(file).catch(() => undefined);
      if (!input) continue;
      // Cached by an earlier build: nothing to do ahead (Astro's image step copies its own files).
      const key = contentKey(input);
      if (this.running.has(key) || existsSync(this.manifestFile(key))) continue;
      await this.encodingsOf(input).catch(() => undefined);
    }
  }

  /** All widths of the image, from the cache, from the encoding under way, or encoded now. */
  encodingsOf(input: Uint8Array): Promise<Map<number, Encoding>> {
    const key = contentKey(input);
    let encodings = this.running.get(key);
    if (!encodings) {
      encodings = this.fromCache(key).then((cached) => cached ?? this.encodeAndKeep(key, input));
      this.running.set(key, encodings);
    }
    return encodings;
  }

  stop(): void {
    this.stopped = true;
  }

  private manifestFile = (key: string) => join(this.cacheFolder, `${key}-${this.settingsKey}.json`);
  private widthFile = (key: string, width: number) => join(this.cacheFolder, `${key}-${this.settingsKey}-${width}.webp`);

  private async fromCache(key: string): Promise<Map<number, Encoding> | undefined> {
    const manifest = this.manifestFile(key);
    if (!existsSync(manifest)) return undefined;
    try {
      const widths = JSON.parse(await readFile(manifest, 'utf8')) as [number, boolean][];
      const entries = await Promise.all(
        widths.map(async ([width, kept]): Promise<[number, Encoding]> => [width, kept ? undefined : new Uint8Array(await readFile(this.widthFile(key, width)))]),
      );
      return new Map(entries);
    } catch {
      return undefined; // a cache entry cut short by a killed build: encode again
    }
  }

  private async encodeAndKeep(key: string, input: Uint8Array): Promise<Map<number, Encoding>> {
    const encodings = await encodeImage(input, this.settings);
    await Promise.all([...encodings].map(([width, data]) => (data ? writeFile(this.widthFile(key, width), data) : undefined)));
    // The manifest last, written whole: an entry with a manifest has all its files.
    const manifest = this.manifestFile(key);
    await writeFile(`${manifest}.tmp`, JSON.stringify([...encodings].map(([width, data]) => [width, data === undefined])));
    await rename(`${manifest}.tmp`, manifest);
    return encodings;
  }
}

const REGISTRY = Symbol.for('milepost.imageEncodings');
type Registry = { [REGISTRY]?: ImageEncodings };

/** Starts encoding `files` (article images) for this build; the image service picks the results up. */
export function startImageEncodings(files: string[], settings: EncoderSettings, cacheFolder: string): void {
  const encodings = new ImageEncodings(settings, cacheFolder);
  (globalThis as Registry)[REGISTRY] = encodings;
  void encodings.encodeAhead(files);
}

export function stopImageEncodings(): void {
  (globalThis as Registry)[REGISTRY]?.stop();
}

/** The build's encodings, or undefined outside a build (dev server, tests of the service). */
export const imageEncodings = (): Pick<ImageEncodings, 'encodingsOf'> | undefined => (globalThis as Registry)[REGISTRY];
