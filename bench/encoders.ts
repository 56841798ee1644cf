// `npm run bench -- --encoders`: what each way of encoding the help center's images costs and
// saves, measured on its own screenshots and photos at the widths the article column shows them
// (src/site/article-images.ts): bytes against encoder seconds. Settings run interleaved, image by
// image, so a machine that gets busier halfway through burdens every setting alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { ARTICLE_IMAGE_WIDTHS, articleImageWidths } from '../src/site/article-images.ts';
import type { HelpCenter } from './help-center.ts';

/** How to encode an image at one of its widths (the width lets a setting differ between 1× and 2×). */
type Encode = (image: Sharp, width: number) => Sharp;

/** A setting: how to encode, at which widths, or once at the image's own width, as Astro does unless told widths. */
type Setting = { encode: Encode; widths?: number[]; fullSizeOnly?: boolean };

const ASTRO_TODAY: Setting = { encode: (i) => i.webp({ quality: 80, effort: 4 }), fullSizeOnly: true };
const WITH_PHONES = [760, 1140, 1520];
const webp = (effort: number, quality = 80): Encode => (i) => i.webp({ quality, effort });

const SCREENSHOT_SETTINGS: Record<string, Setting> = {
  'Astro by default: WebP q80, effort 4, one file at full size': ASTRO_TODAY,
  'WebP q80, effort 2, at 760, 1,140 and 1,520 px (Milepost until 2026-12-02)': { encode: webp(2), widths: WITH_PHONES },
  'WebP q80, effort 4': { encode: webp(4) },
  'WebP q80, effort 2': { encode: webp(2) },
  'WebP q80, effort 2 at 1×, effort 0 at 2× (chosen)': { encode: (i, width) => i.webp({ quality: 80, effort: width > 760 ? 0 : 2 }) },
  'WebP q80, effort 0': { encode: webp(0) },
  'WebP q90, effort 1': { encode: webp(1, 90) },
  'WebP lossless, effort 1': { encode: (i) => i.webp({ lossless: true, effort: 1 }) },
  'WebP near-lossless 60, effort 4': { encode: (i) => i.webp({ nearLossless: true, quality: 60, effort: 4 }) },
  'PNG, zlib 9': { encode: (i) => i.png({ compressionLevel: 9 }) },
  'PNG, 256-colour palette, effort 3': { encode: (i) => i.png({ palette: true, quality: 90, effort: 3, compressionLevel: 9 }) },
};

const PHOTO_SETTINGS: Record<string, Setting> = {
  'Astro by default: WebP q80, effort 4, one file at full size': ASTRO_TODAY,
  'WebP q80, effort 4': { encode: webp(4) },
  'WebP q80, effort 2': { encode: webp(2) },
  'WebP q80, effort 2 at 1×, effort 0 at 2× (chosen)': { encode: (i, width) => i.webp({ quality: 80, effort: width > 760 ? 0 : 2 }) },
  'WebP q75, effort 1': { encode: webp(1, 75) },
  'JPEG (mozjpeg) q80': { encode: (i) => i.jpeg({ quality: 80, mozjpeg: true }) },
};

function imagesOf(root: string, extension: RegExp): string[] {
  return readdirSync(join(root, 'content/kb'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extension.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** What a reader whose screen needs `pixels` px downloads of an image: the smallest file as wide, else the widest. */
const READERS = { 'a reader at 1×': 760, 'a phone at 3×': 1074, 'a reader at 2× (Retina)': 1520 } as const;

interface Tally {
  /** Every file written. */
  bytes: number;
  seconds: number;
  /** Bytes a reader downloads, by reader. */
  read: Record<keyof typeof READERS, number>;
}

/** CPU seconds (all threads of this process) that `work` took: unlike the clock, not inflated by other processes on a busy machine. */
async function cpuSeconds<T>(work: () => Promise<T>): Promise<[T, number]> {
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  return [result, (used.user + used.system) / 1e6];
}

/** The files of one image under one setting: width and bytes. */
async function encodeImage(input: Buffer, { encode, widths, fullSizeOnly }: Setting): Promise<[{ width: number; bytes: number }[], number]> {
  if (fullSizeOnly) {
    const [output, seconds] = await cpuSeconds(() => encode(sharp(input), 0).toBuffer({ resolveWithObject: true }));
    return [[{ width: output.info.width, bytes: output.data.length }], seconds];
  }
  // Decoded for each width inside libvips, as the image service does (src/integration/image-encodings.ts).
  const ownWidth = (await sharp(input).metadata()).width;
  const files = [];
  let seconds = 0;
  for (const width of articleImageWidths(ownWidth, widths)) {
    const [output, encodeSeconds] = await cpuSeconds(() => encode(sharp(input).resize({ width }), width).toBuffer());
    files.push({ width, bytes: output.length });
    seconds += encodeSeconds;
  }
  return [files, seconds];
}

/** Every setting on every image, at every width the article column asks for (never wider than the image). */
async function measure(paths: string[], settings: Record<string, Setting>) {
  const tallies = new Map(
    Object.keys(settings).map((name): [string, Tally] => [name, { bytes: 0, seconds: 0, read: { 'a reader at 1×': 0, 'a phone at 3×': 0, 'a reader at 2× (Retina)': 0 } }]),
  );
  let original = 0;
  for (const path of paths) {
    const input = readFileSync(path);
    original += input.length;
    for (const [name, setting] of Object.entries(settings)) {
      const tally = tallies.get(name)!;
      const [files, seconds] = await encodeImage(input, setting);
      tally.seconds += seconds;
      tally.bytes += files.reduce((sum, file) => sum + file.bytes, 0);
      for (const [reader, pixels] of Object.entries(READERS) as [keyof typeof READERS, number][]) {
        tally.read[reader] += (files.find((file) => file.width >= pixels) ?? files.at(-1)!).bytes;
      }
    }
  }
  return { original, tallies };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export async function compareEncoders(center: HelpCenter, sample = 4): Promise<void> {
  // Every `sample`-th screenshot, so the table comes in minutes on a busy machine.
  const screenshots = imagesOf(center.root, /\.png$/).filter((_, n) => n % sample === 0);
  const photos = imagesOf(center.root, /\.jpe?g$/);
  console.log(
    `sharp ${sharp.versions.sharp} (libvips ${sharp.versions.vips}, libwebp ${sharp.versions.webp}), ${sharp.concurrency()} libvips thread(s) per image; widths ${ARTICLE_IMAGE_WIDTHS.join(', ')} px`,
  );
  for (const [label, files, settings] of [
    [`${screenshots.length} screenshots (PNG)`, screenshots, SCREENSHOT_SETTINGS],
    [`${photos.length} photos (JPEG)`, photos, PHOTO_SETTINGS],
  ] as const) {
    const { original, tallies } = await measure(files, settings);
    const readers = Object.keys(READERS);
    console.log(
      `\n| ${label}: ${mb(original)} MB as they are | ${readers.join(' | ')} | all files written | CPU seconds |`,
    );
    console.log(`| --- |${' ---: |'.repeat(readers.length + 2)}`);
    for (const [name, tally] of tallies) {
      console.log(
        `| ${name} | ${Object.values(tally.read)
          .map((bytes) => `${mb(bytes)} MB`)
          .join(' | ')} | ${mb(tally.bytes)} MB | ${tally.seconds.toFixed(1)} s |`,
      );
    }
  }
}
