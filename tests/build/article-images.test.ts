// Article images as a reader's browser gets them: offered at the widths the article column shows
// them, with their size set so the page does not shift while they load, each file as wide as it
// says, and kept as they are where encoding them again would not make them smaller.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_IMAGE_SIZES } from '../../src/site/article-images.ts';
import { buildSite, readText, type BuildResult } from '../helpers/build.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

const IMAGES = 'content/kb/Getting started/First steps/img';

interface Img {
  alt: string;
  width: number;
  height: number;
  src: string;
  sizes: string | undefined;
  srcset: { url: string; width: number }[];
}

function images(html: string): Img[] {
  return [...html.matchAll(/<img\s([^>]+)>/g)].map(([, attributes]) => {
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes!)?.[1];
    return {
      alt: attribute('alt') ?? '',
      width: Number(attribute('width')),
      height: Number(attribute('height')),
      src: attribute('src') ?? '',
      sizes: attribute('sizes'),
      srcset: (attribute('srcset') ?? '')
        .split(', ')
        .filter(Boolean)
        .map((candidate) => {
          const [url, descriptor] = candidate.split(' ');
          return { url: url!, width: Number.parseInt(descriptor!) };
        }),
    };
  });
}

describe('images in an article', () => {
  let root: string;
  let build: BuildResult;
  let html: string;
  const file = (url: string) => readFileSync(join(build.outDir, url));

  beforeAll(() => {
    root = fixtureRoot('article-images');
    build = buildSite(root);
    expect(build.code, build.output).toBe(0);
    html = readText(build.outDir, 'kb/getting-started/first-steps/find-your-dashboard/index.html');
  });

  const image = (alt: string) => images(html).find((img) => img.alt === alt)!;
  const RETINA = 'Workspace settings with two charts and a table of data sources';
  const FLAT = 'The dashboard page with two charts and a table';

  it('offers a wide screenshot at the widths the article column shows it, each file as wide as it says', async () => {
    const screenshot = image(RETINA); // a 2,000 × 1,250 Retina capture
    expect(screenshot.srcset.map((candidate) => candidate.width)).toEqual([760, 1520]);
    expect(screenshot.sizes).toBe(ARTICLE_IMAGE_SIZES);
    for (const candidate of screenshot.srcset) {
      const metadata = await sharp(file(candidate.url)).metadata();
      expect([metadata.format, metadata.width]).toEqual(['webp', candidate.width]);
    }
    expect(screenshot.src).toBe(screenshot.srcset[0]!.url);
  });

  it('sets width and height in the proportions of the image, so the page does not shift as it loads', () => {
    expect([image(RETINA).width, image(RETINA).height]).toEqual([760, 475]); // 2,000 × 1,250
    expect([image(FLAT).width, image(FLAT).height]).toEqual([760, 475]); // 1,600 × 1,000
  });

  it('offers the original as the 2× file where WebP at 1,520 px would not be fewer bytes (a flat 1,600 px PNG)', () => {
    const flat = image(FLAT);
    expect(flat.srcset.map((candidate) => candidate.width)).toEqual([760, 1600]);
    expect(file(flat.srcset[1]!.url).equals(readFileSync(join(root, IMAGES, 'dashboard.png')))).toBe(true);
  });

  it('never sends a reader more bytes than the original, at any width', () => {
    for (const [alt, name] of [
      [RETINA, 'workspace-settings.png'],
      [FLAT, 'dashboard.png'],
    ] as const) {
      const original = readFileSync(join(root, IMAGES, name)).length;
      for (const candidate of image(alt).srcset) expect(file(candidate.url).length).toBeLessThanOrEqual(original);
    }
  });

  it('keeps a photo as it is when encoding it again would not make it smaller', () => {
    const photo = image('The design team at the launch');
    expect(photo.src).toMatch(/\.jpg$/);
    expect(file(photo.src).equals(readFileSync(join(root, IMAGES, 'team.jpg')))).toBe(true);
    expect([photo.width, photo.height]).toEqual([640, 359]);
  });

  it('serves a WebP at its own width as it is, without encoding it again', () => {
    const chart = image('The weekly chart, exported');
    expect(chart.srcset.map((candidate) => candidate.width)).toEqual([700]);
    expect(file(chart.src).equals(readFileSync(join(root, IMAGES, 'chart.webp')))).toBe(true);
  });

  it('shows a reference-style image ("![alt][id]" and "[id]: path") like an inline one, not as a broken relative path', async () => {
    const byReference = image('The report filters, by reference');
    expect(byReference.srcset.map((candidate) => candidate.width)).toEqual([760, 900]);
    for (const candidate of byReference.srcset) expect((await sharp(file(candidate.url)).metadata()).width).toBe(candidate.width);
  });

  it('shows an image whose path carries a query ("img/x.png?width=400", as exports copy CDN addresses) as the file it names', () => {
    const hinted = image('The dashboard, with a size hint');
    expect(hinted.srcset).toEqual(image(FLAT).srcset);
    expect([hinted.width, hinted.height]).toEqual([760, 475]);
  });

  it('shows an image of raw HTML like a Markdown one, at the width the HTML gives it, in the image’s proportions', async () => {
    const raw = image('The report filters, as raw HTML'); // 900 × 560, width="300"
    expect([raw.width, raw.height]).toEqual([300, 187]);
    expect(raw.sizes).toBe('300px');
    expect(raw.srcset.map((candidate) => candidate.width)).toEqual([760, 900]);
    for (const candidate of raw.srcset) expect((await sharp(file(candidate.url)).metadata()).width).toBe(candidate.width);
    const inCell = image('The team, in a table cell');
    expect(file(inCell.src).equals(readFileSync(join(root, IMAGES, 'team.jpg')))).toBe(true);
    expect([inCell.width, inCell.height]).toEqual([640, 359]);
    // No image is left pointing beside the page, where no file is.
    expect(images(html).filter((img) => !img.src.startsWith('/'))).toEqual([]);
  });

  it('warns about damaged images by name, and shows what of one cut short could be read rather than a broken file', async () => {
    expect(build.output).toMatch(/2 article images are damaged/);
    expect(build.output).toContain(`${IMAGES}/cut-short.png`);
    expect(build.output).toContain(`${IMAGES}/access-denied.png`);
    const cut = image('The filters, cut short');
    expect(cut.src).toMatch(/\.webp$/);
    const shown = await sharp(file(cut.src)).metadata();
    expect([shown.format, shown.width]).toEqual(['webp', cut.srcset[0]!.width]);
    // The screenshots that are whole are not named.
    expect(build.output).not.toContain(`${IMAGES}/dashboard.png`);
  });

  it('puts no style attribute on the page, which the Content Security Policy would block', () => {
    expect(html).not.toMatch(/<[^>]+\sstyle=/);
  });
});
