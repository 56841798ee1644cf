// `milepost import … --download-images`: the images an imported article shows from its help
// center (Zendesk's `/hc/article_attachments/…`, Intercom's downloads host) saved beside it, in
// `img/`, and shown from there: a help center that is closed takes its images with it.
import { posix } from 'node:path';
import { tryDecode } from '../lib/escape.ts';
import { linkPath, type ImportedFile } from './import-files.ts';

/** An image of Markdown (`![alt](address)`) or of HTML (`<img src="address">`), with a web address. */
const IMAGE = /(!\[[^\]]*\]\(<?)(https?:\/\/[^\s)>]+)|(<img\b[^>]*?\ssrc=")(https?:\/\/[^"]+)/gi;
const EXTENSIONS: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'image/svg+xml': '.svg',
  'image/avif': '.avif',
};
/** The largest image saved: a screenshot is rarely 2 MB; past this it stays where it is. */
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** An image file to write beside the articles, by its path inside content/kb. */
export interface ImportedImage {
  path: string;
  bytes: Uint8Array;
}

/**
 * `files` with their images downloaded: each image saved once in the `img/` folder of the first
 * article that shows it, and every article that shows it pointing there; an image that cannot be
 * downloaded (or is no image) stays at its address, and is listed in `failed`.
 */
export async function withDownloadedImages(
  files: readonly ImportedFile[],
  download: (address: string) => Promise<{ type: string; bytes: Uint8Array } | undefined> = fetchImage,
): Promise<{ files: ImportedFile[]; images: ImportedImage[]; failed: string[] }> {
  const saved = new Map<string, string | undefined>();
  const images: ImportedImage[] = [];
  const taken = new Set<string>();
  const failed: string[] = [];
  for (const file of files) {
    for (const [, , markdown, , html] of file.text.matchAll(IMAGE)) {
      const address = (markdown ?? html)!.replace(/&amp;/g, '&');
      if (saved.has(address)) continue;
      const image = await download(address).catch(() => undefined);
      const extension = image && EXTENSIONS[image.type.split(';')[0]!.trim().toLowerCase()];
      if (!image || !extension || image.bytes.length > MAX_IMAGE_BYTES) {
        saved.set(address, undefined);
        failed.push(address);
        continue;
      }
      const path = uniquePath(posix.join(posix.dirname(file.path), 'img', imageName(address, extension)), taken);
      images.push({ path, bytes: image.bytes });
      saved.set(address, path);
    }
  }
  const rewritten = files.map((file) => ({
    path: file.path,
    text: file.text.replace(IMAGE, (written, markdownStart?: string, markdown?: string, htmlStart?: string, html?: string) => {
      const path = saved.get((markdown ?? html)!.replace(/&amp;/g, '&'));
      return path === undefined ? written : `${markdownStart ?? htmlStart}${linkPath(posix.relative(posix.dirname(file.path), path))}`;
    }),
  }));
  return { files: rewritten, images, failed };
}

/** A file name for an image: the last part of its address (Zendesk's attachment id), else "image", with the extension its type says. */
function imageName(address: string, extension: string): string {
  const last = new URL(address).pathname.split('/').filter(Boolean).at(-1);
  const named = (last && tryDecode(last)) || 'image';
  const stem =
    named
      .replace(/\.[a-z0-9]{2,5}$/i, '')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^[-.]+|-+$/g, '') || 'image';
  return `${stem}${extension}`;
}

function uniquePath(path: string, taken: Set<string>): string {
  const { dir, name, ext } = posix.parse(path);
  let candidate = path;
  for (let n = 2; taken.has(candidate); n++) candidate = posix.join(dir, `${name}-${n}${ext}`);
  taken.add(candidate);
  return candidate;
}

async function fetchImage(address: string): Promise<{ type: string; bytes: Uint8Array } | undefined> {
  const response = await fetch(address, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
  if (!response.ok) return undefined;
  return { type: response.headers.get('content-type') ?? '', bytes: new Uint8Array(await response.arrayBuffer()) };
}
