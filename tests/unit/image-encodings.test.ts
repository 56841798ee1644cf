import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { articleImageFiles, encodeImage, encodeTopWidth, ImageEncodings, readSourceImage } from '../../src/integration/image-encodings.ts';

const SETTINGS = { webp: { quality: 80, effort: 2 } };

/** A screenshot-like PNG: flat colours with a few bars of text-like detail. */
async function screenshot(width: number, height: number): Promise<Uint8Array> {
  const bars = Array.from(
    { length: 12 },
    (_, n) => `<rect x="${40 + n * 90}" y="${80 + (n % 4) * 60}" width="70" height="14" fill="#334"/>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f4f6fb"/><rect width="100%" height="56" fill="#1d4ed8"/>${bars}</svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

const widthOf = async (bytes: Uint8Array) => (await sharp(bytes).metadata()).width;

describe('encodeImage', () => {
  it('encodes a wide screenshot as WebP at each width the article column shows, each file as wide as it says', async () => {
    const encodings = await encodeImage(await screenshot(1600, 1000), SETTINGS);
    expect([...encodings.keys()].sort((a, b) => a - b)).toEqual([760, 1520]);
    for (const [width, data] of encodings) {
      expect((await sharp(data!).metadata()).format).toBe('webp');
      expect(await widthOf(data!)).toBe(width);
    }
  });

  it('encodes a TIFF, which most browsers cannot show, and leaves an animated GIF as it is', async () => {
    const tiff = new Uint8Array(
      await sharp(await screenshot(700, 400))
        .tiff()
        .toBuffer(),
    );
    const encodings = await encodeImage(tiff, SETTINGS);
    expect([...encodings.keys()]).toEqual([700]);
    expect((await sharp(encodings.get(700)!).metadata()).format).toBe('webp');
    const gif = new Uint8Array(
      await sharp(await screenshot(400, 300))
        .gif()
        .toBuffer(),
    );
    expect((await readSourceImage(gif)).widths).toEqual([]);
  });

  it('keeps an image as it is at its own width when WebP would not make it smaller', async () => {
    // A photo already compressed hard, as exported help centers have them (640 × 359, 4 KB).
    const photo = new Uint8Array(
      readFileSync(
        fileURLToPath(new URL('../fixtures/article-images/content/kb/Getting started/First steps/img/team.jpg', import.meta.url)),
      ),
    );
    expect([...(await encodeImage(photo, SETTINGS))]).toEqual([[640, undefined]]);
  });

  it('encodes nothing for a format the article column does not re-encode', async () => {
    const gif = new Uint8Array(
      await sharp(await screenshot(300, 200))
        .gif()
        .toBuffer(),
    );
    expect((await encodeImage(gif, SETTINGS)).size).toBe(0);
  });
});

describe('ImageEncodings', () => {
  it('hands a later build the encodings of an earlier one from the cache, without encoding again', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'milepost-encodings-'));
    const image = await screenshot(1600, 1000);
    const first = await new ImageEncodings(SETTINGS, cache).encodingAt(image, 1520);
    // Mark the cached 760 px file: a second build that reads the cache gets the mark back.
    const cached = readdirSync(cache).find((name) => name.endsWith('-760.webp'))!;
    writeFileSync(join(cache, cached), 'from the cache');
    const second = new ImageEncodings(SETTINGS, cache);
    expect(Buffer.from((await second.encodingAt(image, 760))!).toString()).toBe('from the cache');
    expect(await second.encodingAt(image, 1520)).toEqual(first);
  });

  it('encodes again when the encoder settings change', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'milepost-encodings-'));
    const image = await screenshot(1600, 1000);
    await new ImageEncodings(SETTINGS, cache).encodingAt(image, 760);
    for (const name of readdirSync(cache).filter((name) => name.endsWith('.webp'))) writeFileSync(join(cache, name), 'stale');
    const other = await new ImageEncodings({ webp: { quality: 60, effort: 0 } }, cache).encodingAt(image, 760);
    expect(await widthOf(other!)).toBe(760);
  });

  it('encodes an image shown by two articles once', async () => {
    const encodings = new ImageEncodings(SETTINGS, mkdtempSync(join(tmpdir(), 'milepost-encodings-')));
    const image = await screenshot(900, 500);
    const [first, second] = await Promise.all([encodings.encodingAt(image, 760), encodings.encodingAt(new Uint8Array(image), 760)]);
    expect(second).toBe(first); // the very same bytes, not an equal second encoding
  });
});

describe('ImageEncodings.described', () => {
  it('gives a rendering page every width of an image while the narrower ones are still encoding', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'milepost-encodings-'));
    const file = join(folder, 'settings.png');
    writeFileSync(file, await screenshot(1600, 1000));
    const encodings = new ImageEncodings(SETTINGS, join(folder, 'cache'));
    // First asked by a page, before any encoding: answered once the widest width is done.
    const described = await encodings.described(file);
    expect([described.width, described.height]).toEqual([1600, 1000]);
    expect(described.encodings).toEqual([
      [760, false],
      [1520, false],
    ]);
    // And the same from the cache, once every width is written.
    expect(await encodings.encodedFile(described.key, 760)).toMatch(/-760\.webp$/);
    expect((await new ImageEncodings(SETTINGS, join(folder, 'cache')).described(file)).encodings).toEqual(described.encodings);
  });
});

describe('articleImageFiles', () => {
  it('resolves each article’s images beside it, each file once', () => {
    const articles = [
      { file: 'content/kb/Setup/Start/invite.md', imagePaths: ['img/invite.png', '../shared/logo.png'] },
      { file: 'content/kb/Setup/Start/roles.md', imagePaths: ['img/invite.png'] },
    ];
    expect(articleImageFiles('/site', articles)).toEqual([
      '/site/content/kb/Setup/Start/img/invite.png',
      '/site/content/kb/Setup/shared/logo.png',
    ]);
  });
});

describe('webpAt', () => {
  it('encodes the widths above the article column (2× screens) with the Retina settings, the column width with the others', async () => {
    const image = await screenshot(1600, 1000);
    const plain = await encodeImage(image, SETTINGS);
    const retina = await encodeImage(image, { ...SETTINGS, webpRetina: { quality: 10 } });
    expect(retina.get(760)).toEqual(plain.get(760));
    expect(retina.get(1520)!.length).toBeLessThan(plain.get(1520)!.length);
  });
});

describe('encodeTopWidth', () => {
  it('offers the original at the widest width where WebP would not be fewer bytes (a flat 1,600 px PNG at 2× effort 0)', async () => {
    const flat = new Uint8Array(
      readFileSync(
        fileURLToPath(new URL('../fixtures/article-images/content/kb/Getting started/First steps/img/dashboard.png', import.meta.url)),
      ),
    );
    expect([
      ...(await encodeTopWidth(await readSourceImage(flat), { webp: { quality: 80, effort: 2 }, webpRetina: { effort: 0 } })),
    ]).toEqual([[1520, undefined]]);
    const top = await encodeTopWidth(await readSourceImage(flat), { webp: { quality: 60, effort: 4 } });
    expect(top.get(1520)!.length).toBeLessThan(flat.length);
  });
});

describe('ImageEncodings.prune', () => {
  it('keeps the encodings of the images this build shows and removes the rest, other settings included', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'milepost-encodings-'));
    const folder = mkdtempSync(join(tmpdir(), 'milepost-images-'));
    const [kept, replaced] = [await screenshot(1600, 1000), await screenshot(1200, 700)];
    writeFileSync(join(folder, 'kept.png'), kept);
    await new ImageEncodings(SETTINGS, cache).encodingAt(replaced, 760);
    await new ImageEncodings({ webp: { quality: 50 } }, cache).encodingAt(kept, 760);
    const build = new ImageEncodings(SETTINGS, cache);
    await build.encodeAhead([join(folder, 'kept.png')]);
    expect(readdirSync(cache)).toHaveLength(9);
    await build.prune();
    // Only the shown image's manifest and its two widths, with this build's settings, are left.
    expect(readdirSync(cache)).toHaveLength(3);
  });

  it('keeps an image a page asked for although no article lists it (a folder introduction)', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'milepost-encodings-'));
    const introduction = await screenshot(1200, 700);
    const build = new ImageEncodings(SETTINGS, cache);
    await build.encodeAhead([]);
    await build.encodingAt(introduction, 760);
    await build.prune();
    expect(readdirSync(cache)).toHaveLength(3); // its manifest and its 760 and 1,200 px files
  });
});
