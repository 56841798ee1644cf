// Article images encoded ahead of Astro's image step. Validation already knows every Markdown
// image, so a build starts encoding them at its very beginning, on every core (encoder-lane.ts),
// while Astro syncs content, bundles and renders pages on its main thread; Astro's image step,
// which comes last, then mostly writes out what is done. Encodings are kept in the build cache by
// the image's content and the encoder settings, so a warm build encodes only new images.
// Shared through globalThis: the image service is bundled with the pages, the integration is not.
import { existsSync, mkdirSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { default as Sharp, KernelEnum, WebpOptions } from 'sharp';
import { forEachAtMost } from '../lib/concurrency.ts';
import { digestOf, sha256 } from '../lib/file-digest.ts';
import { ARTICLE_COLUMN_PX, articleImageFile, articleImageWidths } from '../site/article-images.ts';
import { EncoderLane, type Queued } from './encoder-lane.ts';

export interface EncoderSettings {
  webp: WebpOptions;
  /** What changes for widths above the column's (2× screens), where effort buys fewer bytes per second. */
  webpRetina?: WebpOptions;
  kernel?: keyof KernelEnum;
}

/** The WebP settings for an encoding `width` pixels wide. */
export const webpAt = (settings: EncoderSettings, width: number): WebpOptions =>
  width > ARTICLE_COLUMN_PX ? { ...settings.webp, ...settings.webpRetina } : settings.webp;

/** The encoder settings of astro.config.mjs (`image.service.config`), as sharp takes them. */
export const encoderSettings = (serviceConfig: Record<string, unknown>): EncoderSettings => ({
  webp: (serviceConfig['webp'] as WebpOptions | undefined) ?? {},
  ...(serviceConfig['webpRetina'] ? { webpRetina: serviceConfig['webpRetina'] as WebpOptions } : {}),
  ...(serviceConfig['kernel'] ? { kernel: serviceConfig['kernel'] as keyof KernelEnum } : {}),
});

/** The image files the articles show, from the root: what a build will encode. */
export const articleImageFiles = (root: string, articles: { file: string; imagePaths: string[] }[]): string[] => [
  ...new Set(articles.flatMap((article) => article.imagePaths.map((path) => articleImageFile(resolve(root, dirname(article.file)), path)))),
];

/** One width of an image: WebP bytes, or `undefined` where the file as it is should be kept. */
export type Encoding = Uint8Array | undefined;

/**
 * Formats encoded to WebP at the article column's widths: screenshots and photos, and TIFF and
 * HEIF, which most browsers cannot show. GIF (perhaps animated), SVG and AVIF are offered as they are.
 */
export const reencoded = (format: string | undefined) => ['png', 'jpg', 'jpeg', 'webp', 'tiff', 'heif'].includes(format ?? '');

/** Damaged images are shown as far as they can be read; whether one is damaged is told apart (encodeTopWidth). */
const decodeOptions = { failOn: 'none' } as const;
const strictDecodeOptions = { failOn: 'truncated' } as const;

/** An image to encode: its size and the widths the column offers of it. */
export interface SourceImage {
  input: Uint8Array;
  width: number;
  height: number;
  format: string;
  /** None for a format the column does not re-encode. */
  widths: number[];
}

let loading: Promise<typeof Sharp> | undefined;

/**
 * sharp, loaded when an image is first decoded or encoded, not with the integration: a rebuild
 * whose images are all in the cache never needs it (loading it and libvips took about 40 ms). One
 * libvips thread per encoding: the lane, not libvips, decides how many cores encode.
 */
export function loadSharp(): Promise<typeof Sharp> {
  loading ??= import('sharp').then(({ default: sharp }) => {
    sharp.concurrency(1);
    return sharp;
  });
  return loading;
}

export async function readSourceImage(input: Uint8Array): Promise<SourceImage> {
  const sharp = await loadSharp();
  const metadata = await sharp(input, decodeOptions).metadata();
  const { width, height } = metadata.autoOrient ?? metadata;
  return { input, width, height, format: metadata.format ?? '', widths: reencoded(metadata.format) ? articleImageWidths(width) : [] };
}

/**
 * The image as WebP `width` pixels wide, decoded, resized and encoded inside libvips. Decoding
 * once into a raw buffer for all widths looked cheaper, but those buffers (10 MB for a Retina
 * screenshot) are memory V8 must account for: it answered with a full garbage collection every
 * few images, and its collector threads took as much CPU as the main thread (perf, image-heavy
 * help center: 16% of all samples); decoding twice costs a few ms per image.
 */
export async function encodeAt(source: SourceImage, width: number, settings: EncoderSettings, strict = false): Promise<Buffer> {
  const sharp = await loadSharp();
  const image = sharp(source.input, strict ? strictDecodeOptions : decodeOptions).rotate();
  if (width < source.width) image.resize({ width, height: Math.round((width * source.height) / source.width), kernel: settings.kernel });
  return image.webp(webpAt(settings, width)).toBuffer();
}

/**
 * The image at the widest width the column offers (its own width, or twice the column's): WebP,
 * or undefined where the original file should be offered there instead, because it is a WebP at
 * that width already or because WebP would not be fewer bytes than the file as it is (a flat PNG,
 * a JPEG compressed hard): a reader never downloads more than the file the editor put there.
 * A damaged file (cut short, as a failed download leaves it) is encoded as far as it can be read
 * and never kept as it is, which a browser would show as a broken image; `damaged` says so.
 */
export async function encodeTopWidth(source: SourceImage, settings: EncoderSettings): Promise<Map<number, Encoding> & { damaged?: boolean }> {
  const top = source.widths.at(-1);
  if (top === undefined) return new Map();
  if (top === source.width && source.format === 'webp') return new Map([[top, undefined]]);
  const strict = await encodeAt(source, top, settings, true).catch(() => undefined);
  if (!strict) return Object.assign(new Map([[top, new Uint8Array(await encodeAt(source, top, settings))]]), { damaged: true });
  return new Map([[top, strict.length < source.input.length ? new Uint8Array(strict) : undefined]]);
}

/** The image as WebP at each width the column offers below the widest. */
export async function encodeSmallerWidths(source: SourceImage, settings: EncoderSettings): Promise<Map<number, Encoding>> {
  const encodings = new Map<number, Encoding>();
  for (const width of source.widths.slice(0, -1)) encodings.set(width, new Uint8Array(await encodeAt(source, width, settings)));
  return encodings;
}

/** Every width of one image the article column offers. */
export async function encodeImage(input: Uint8Array, settings: EncoderSettings): Promise<Map<number, Encoding>> {
  const source = await readSourceImage(input);
  return new Map([...(await encodeSmallerWidths(source, settings)), ...(await encodeTopWidth(source, settings))]);
}

const contentKey = (bytes: Uint8Array) => keyOfDigest(sha256(bytes));
const keyOfDigest = (digest: string) => digest.slice(0, 32);

/**
 * What the cache knows of an image: its size, and each width the column offers with whether the
 * file as it is is kept there (narrowest first). Enough for a page to offer it.
 */
export interface ImageDescription {
  width: number;
  height: number;
  encodings: [width: number, kept: boolean][];
  /** The file is damaged: its encodings show what of it could be read (encodeTopWidth). */
  damaged?: true;
}

/**
 * The image, once its widest width is encoded: only that one can be kept as it is (see
 * encodeTopWidth), every narrower one is encoded, so this holds before they are.
 */
const describe = (source: SourceImage, widest: Map<number, Encoding> & { damaged?: boolean }): ImageDescription => ({
  width: source.width,
  height: source.height,
  encodings: source.widths.map((width) => [width, widest.has(width) && widest.get(width) === undefined]),
  ...(widest.damaged ? { damaged: true as const } : {}),
});

/** An image being encoded: its widest width (which decides what its page offers, while it renders) and the rest. */
interface Job {
  encoding: Queued<Map<number, Encoding>>;
  /** The image with its widest width only, ready before the others: what a rendering page waits for. */
  top: Promise<ImageDescription>;
}

/** The encodings of a build: the images encoding or waiting on the lane, and those in the cache. */
export class ImageEncodings {
  /**
   * One encoding more than there are cores. An encoding's next one starts from a JavaScript
   * callback, which waits while Astro's main thread renders a page: with one per core, the cores
   * were 1.83 busy on average (of 2) from validation to the image step; with one more, 1.97.
   */
  private readonly lane = new EncoderLane(availableParallelism() + 1);
  private readonly jobs = new Map<string, Job>();
  /** A digest of the encoder settings and the cache's layout: part of every cache file's name. */
  readonly settingsKey: string;
  private readonly settings: EncoderSettings;
  private readonly cacheFolder: string;
  /** The images this build's articles and pages show, by content key. */
  private readonly shown = new Set<string>();
  private readonly keys = new WeakMap<Uint8Array, string>();
  /** Content keys by file, read once a build. */
  private readonly fileKeys = new Map<string, Promise<string>>();
  private readonly manifests = new Map<string, Promise<ImageDescription | undefined>>();

  constructor(settings: EncoderSettings, cacheFolder: string) {
    this.settings = settings;
    this.cacheFolder = cacheFolder;
    this.settingsKey = contentKey(new TextEncoder().encode(JSON.stringify({ cache: 3, ...settings }))).slice(0, 12);
    mkdirSync(cacheFolder, { recursive: true });
  }

  /**
   * Encodes the images in `files` in order, as many at once as the lane is wide, behind any
   * encoding a page or the image step waits for; skips those cached or already started.
   */
  async encodeAhead(files: string[]): Promise<void> {
    await forEachAtMost(files, this.lane.width, async (file) => {
      const found = await digestOf(file).catch(() => undefined);
      if (!found) return;
      const key = this.shownKey(found.digest);
      if (!this.fileKeys.has(file)) this.fileKeys.set(file, Promise.resolve(key));
      if (this.jobs.has(key) || existsSync(this.manifestFile(key))) return;
      const input = found.bytes ?? (await readFile(file).catch(() => undefined));
      if (input) await this.start(key, input).encoding.promise.catch(() => undefined);
    });
  }

  /**
   * Removes what no article of this build shows, and encodings made with other settings (call it
   * once encodeAhead is done): the cache, which CI saves and restores, does not grow with every
   * image ever replaced.
   */
  async prune(): Promise<number> {
    const stale = (await readdir(this.cacheFolder)).filter((name) => {
      const [key, settingsKey] = name.split(/[-.]/);
      return settingsKey !== this.settingsKey || !this.shown.has(key!);
    });
    await Promise.all(stale.map((name) => rm(join(this.cacheFolder, name), { force: true })));
    return stale.length;
  }

  /**
   * The image at `file` as a page offers it, with its content key: from the cache, or once its
   * widest width is encoded (the others may still be under way). Rejects when it cannot be read
   * or encoded.
   */
  async described(file: string): Promise<ImageDescription & { key: string }> {
    let input: Uint8Array | undefined;
    let key = this.fileKeys.get(file);
    if (!key) {
      key = digestOf(file).then((found) => {
        input = found.bytes;
        return this.shownKey(found.digest);
      });
      this.fileKeys.set(file, key);
    }
    const known = await key;
    const cached = this.jobs.has(known) ? undefined : await this.manifest(known);
    if (cached) return { key: known, ...cached };
    input ??= await readFile(file);
    return { key: known, ...(await this.hurried(this.jobFor(known, input), 'top')) };
  }

  /** The image at `file` as the cache describes it; undefined while it is not encoded (none is started). */
  async cachedDescription(file: string): Promise<(ImageDescription & { key: string }) | undefined> {
    let key = this.fileKeys.get(file);
    if (!key) this.fileKeys.set(file, (key = digestOf(file).then((found) => this.shownKey(found.digest))));
    const known = await key;
    const cached = this.jobs.has(known) ? undefined : await this.manifest(known);
    return cached && { key: known, ...cached };
  }

  /** Whether the original file is offered instead of a WebP at `width`, the widest (see encodeTopWidth). */
  async keptAsItIs(input: Uint8Array, width: number): Promise<boolean> {
    const key = this.keyOf(input);
    const cached = this.jobs.has(key) ? undefined : await this.manifest(key);
    const described = cached ?? (await this.hurried(this.jobFor(key, input), 'top'));
    return described.encodings.some(([w, kept]) => w === width && kept);
  }

  /**
   * The image at `width`: from the cache, from the encoding under way, or encoded now; undefined
   * where it is kept as it is, or where the column does not offer that width.
   */
  async encodingAt(input: Uint8Array, width: number): Promise<Encoding> {
    const key = this.keyOf(input);
    const cached = this.jobs.has(key) ? undefined : await this.manifest(key);
    if (cached) {
      const kept = cached.encodings.find(([w]) => w === width)?.[1] ?? true;
      return kept ? undefined : new Uint8Array(await readFile(this.widthFile(key, width)));
    }
    return (await this.hurried(this.jobFor(key, input), 'all')).get(width);
  }

  /**
   * The cache file of the WebP at `width` of the image with content key `key`, once encoded;
   * undefined where the file as it is is offered there instead. The image's encoding must have
   * been started (encodeAhead, described); rejects when it failed.
   */
  async encodedFile(key: string, width: number): Promise<string | undefined> {
    const job = this.jobs.get(key);
    if (job) await this.hurried(job, 'all');
    const manifest = await this.manifest(key);
    if (!manifest) throw new Error(`No encoding of image ${key} was made or started in this build`);
    return manifest.encodings.find(([w]) => w === width)?.[1] === false ? this.widthFile(key, width) : undefined;
  }

  /**
   * The image's content key, noted as shown by this build: an image a page asks for is kept in
   * the cache by prune() even when no article lists it (a folder's introduction, say).
   */
  private keyOf(input: Uint8Array): string {
    // Astro's image step hands the same bytes for each width of an image: hashed once.
    const key = this.keys.get(input) ?? contentKey(input);
    this.keys.set(input, key);
    this.shown.add(key);
    return key;
  }

  /** The content key of a file's digest (src/lib/file-digest.ts), noted as shown (keyOf). */
  private shownKey(digest: string): string {
    const key = keyOfDigest(digest);
    this.shown.add(key);
    return key;
  }

  /**
   * The image's encoding under way, or a new one. Called after the awaited cache lookup, so
   * two pages showing one image start one encoding.
   */
  private jobFor(key: string, input: Uint8Array): Job {
    return this.jobs.get(key) ?? this.start(key, input);
  }

  private hurried(job: Job, part: 'top'): Promise<ImageDescription>;
  private hurried(job: Job, part: 'all'): Promise<Map<number, Encoding>>;
  private hurried(job: Job, part: 'top' | 'all'): Promise<ImageDescription | Map<number, Encoding>> {
    job.encoding.hurry();
    return part === 'top' ? job.top : job.encoding.promise;
  }

  private start(key: string, input: Uint8Array): Job {
    let topReady = (_top: ImageDescription) => {};
    const top = new Promise<ImageDescription>((resolve) => (topReady = resolve));
    // One piece of work per image, widest width first.
    const encoding = this.lane.add(async () => {
      const source = await readSourceImage(input);
      const widest = await encodeTopWidth(source, this.settings);
      const description = describe(source, widest);
      topReady(description);
      const encodings = new Map([...(await encodeSmallerWidths(source, this.settings)), ...widest]);
      await this.keep(key, encodings, description);
      // From now on read from the cache: a build does not hold every image's encodings in memory.
      this.jobs.delete(key);
      return encodings;
    });
    // A failed encoding fails its widest width too.
    const job: Job = { encoding, top: Promise.race([top, encoding.promise.then(() => top)]) };
    // Rejected for the pages that wait for it; a file no page waited for yet (encoded ahead) that
    // is no image at all, an error page saved under an image's name, ended the build with its error.
    job.top.catch(() => undefined);
    this.jobs.set(key, job);
    encoding.promise.catch(() => this.jobs.delete(key));
    return job;
  }

  private manifestFile = (key: string) => join(this.cacheFolder, `${key}-${this.settingsKey}.json`);
  private widthFile = (key: string, width: number) => join(this.cacheFolder, `${key}-${this.settingsKey}-${width}.webp`);

  /** The cached description of an image, or undefined when not cached. */
  private async manifest(key: string): Promise<ImageDescription | undefined> {
    // A page, the image step and the output each ask: read once, when it exists.
    const read = this.manifests.get(key);
    if (read) return read;
    if (!existsSync(this.manifestFile(key))) return undefined;
    const reading = readFile(this.manifestFile(key), 'utf8').then(
      (text) => JSON.parse(text) as ImageDescription,
      () => undefined,
    );
    this.manifests.set(key, reading);
    return reading;
  }

  private async keep(key: string, encodings: Map<number, Encoding>, description: ImageDescription): Promise<void> {
    await Promise.all([...encodings].map(([width, data]) => (data ? writeWhole(this.widthFile(key, width), data) : undefined)));
    // The manifest last: an entry with a manifest has all its files.
    await writeWhole(this.manifestFile(key), JSON.stringify(description));
  }
}

/**
 * Written to a file of its own, then renamed into place: a reader never sees half a file, and a
 * build output linked to the previous file (offered-images.ts) keeps it whole.
 */
async function writeWhole(file: string, data: Uint8Array | string): Promise<void> {
  await writeFile(`${file}.tmp`, data);
  await rename(`${file}.tmp`, file);
}

const REGISTRY = Symbol.for('milepost.imageEncodings');
type Registry = { [REGISTRY]?: { encodings: ImageEncodings; ahead: Promise<void> } };

/** Starts encoding `files` (article images) for this build; the image service picks the results up. */
export function startImageEncodings(files: string[], settings: EncoderSettings, cacheFolder: string): ImageEncodings {
  const encodings = new ImageEncodings(settings, cacheFolder);
  (globalThis as Registry)[REGISTRY] = { encodings, ahead: encodings.encodeAhead(files) };
  return encodings;
}

/** The build is done: what no article of it shows leaves the cache. */
export async function finishImageEncodings(): Promise<void> {
  const registered = (globalThis as Registry)[REGISTRY];
  if (!registered) return;
  await registered.ahead;
  await registered.encodings.prune();
}

/** The build's encodings, or undefined outside a build (dev server, tests of the service). */
export const imageEncodings = (): Pick<ImageEncodings, 'encodingAt' | 'keptAsItIs'> | undefined =>
  (globalThis as Registry)[REGISTRY]?.encodings;
