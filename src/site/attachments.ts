// Files an article links to beside it, as help-center exports bring them along: a PDF guide, a
// CSV template, a full-size screenshot (`[the setup guide](files/setup%20guide.pdf)`). The page
// links them at /files/<digest>/<their own name>, where the build copies them: named by their
// content, an edited file gets a new address and is never served stale from a cache, and a
// download keeps its name. Left relative, the link pointed beside the article's page, where no
// file is, though validation had found it.
import { createReadStream } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { forEachAtMost } from '../lib/concurrency.ts';
import { fileDigest } from '../lib/file-digest.ts';

/** Where attachments are, from the site's base. */
export const ATTACHMENTS_FOLDER = 'files';

/** The attachment's path from the site's base, as a URL path (its name encoded): `files/3f2a…/setup%20guide.pdf`. */
export const attachmentPath = (file: string): string =>
  `${ATTACHMENTS_FOLDER}/${fileDigest(file).slice(0, 16)}/${encodeURIComponent(basename(file))}`;

/** Copies each of `files` (absolute paths) into `outDir` at its attachmentPath. Returns how many. */
export async function placeAttachments(outDir: string, files: Iterable<string>): Promise<number> {
  const unique = [...new Set(files)];
  // A few at a time: a help center of thousands of downloads would otherwise open them all at once.
  await forEachAtMost(unique, 16, async (file) => {
    const target = join(outDir, decodeURIComponent(attachmentPath(file)));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(file, target);
  });
  return unique.length;
}

// The files pages linked so far, for the dev server to serve: shared through globalThis, as the
// Markdown pipeline runs in Astro's module graph and the integration in Node's.
const LINKED = Symbol.for('milepost.attachments');
type Registry = { [LINKED]?: Map<string, string> };
const linked = () => ((globalThis as Registry)[LINKED] ??= new Map());

/** Notes that a page links to `file` (called as links are rewritten). */
export function noteAttachment(file: string): void {
  linked().set(attachmentPath(file), file);
}

/** The files pages of this build linked so far. */
export const linkedAttachments = (): string[] => [...linked().values()];

const TYPES: Record<string, string> = { '.pdf': 'application/pdf', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json', '.zip': 'application/zip', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.svg': 'image/svg+xml', '.mp4': 'video/mp4' };

/** On the dev server, the files pages link to, at the address the build publishes them. */
export function serveAttachments(server: ViteDevServer, base: string): void {
  const prefix = `${base.replace(/\/?$/, '/')}${ATTACHMENTS_FOLDER}/`;
  server.middlewares.use((request, response, next) => {
    const path = request.url?.split('?')[0] ?? '';
    const file = path.startsWith(prefix) ? linked().get(path.slice(base.replace(/\/?$/, '/').length)) : undefined;
    if (!file) return next();
    response.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    createReadStream(file).on('error', next).pipe(response);
  });
}
