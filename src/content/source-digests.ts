// Digests of what an article or a folder's introduction is made of: its own file and the files it
// shows or links to. A rebuild renders the page again when this digest, or anything else on it, changed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileDigest } from '../lib/file-digest.ts';
import { hasIntroductionFile, type ArticleEntry, type KbFolderEntry } from './content-index.ts';
import { discoverFiles } from './files.ts';

/**
 * Digest of the article's file and its assets, by article id; each file is read once, and not at
 * all when the image pipeline has read it already (src/lib/file-digest.ts).
 */
export function articleSourceDigests(root: string, articles: readonly ArticleEntry[]): Map<string, string> {
  return new Map(articles.map((article) => [article.id, filesDigest(root, [article.file, ...article.assets])]));
}

/**
 * Digest of each folder introduction's file and the files it links to, by folder id: the content
 * store keeps no introduction's text, so a folder page's cache key holds this instead.
 */
export function folderSourceDigests(root: string, folders: readonly KbFolderEntry[]): Map<string, string> {
  return new Map(folders.filter(hasIntroductionFile).map((folder) => [folder.id, filesDigest(root, [folder.file, ...folder.attachments])]));
}

function filesDigest(root: string, paths: readonly string[]): string {
  const digestOf = (path: string) => {
    try {
      return fileDigest(join(root, path));
    } catch {
      return 'missing';
    }
  };
  return paths.map(digestOf).join(':');
}

/**
 * Digest of every content file but the customers' (whose workspaces are never indexed for
 * search): when it is the one the kept search index was made with, the index is most likely
 * reused whole, and the publish step does not start Pagefind ahead (src/integration/warm-index.ts).
 */
export function indexedSourcesDigest(root: string): string {
  const hash = createHash('sha256');
  for (const file of discoverFiles(root)) {
    if (file.kind === 'customer') continue;
    hash.update(`${file.path}\0`);
    try {
      hash.update(readFileSync(file.absolute));
    } catch {
      hash.update('missing');
    }
  }
  return hash.digest('base64url');
}
