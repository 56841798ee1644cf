// The search index of the last build, kept in the build cache and reused whole when nothing it is
// made from has changed: the same indexed pages, byte for byte and in the same order, the same
// facets, records and synonyms, the same indexing code and Pagefind. A build that changed only
// what is never indexed (customer workspaces, the team's portfolio) or nothing at all then skips
// Pagefind, which at 10,000 pages is half of a rebuild.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forEachAtMost } from '../lib/concurrency.ts';
import { linkOrCopy } from '../lib/linked-files.ts';
import { siteFiles } from './link-check.ts';

/** A page as the index was made from it: its path in the site and a digest of its HTML. */
export type IndexedPage = [path: string, digest: string];

interface CachedIndex {
  inputs: string;
  pages: readonly IndexedPage[];
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

export const pageDigest = (html: string): string => digest(html);

/** The code that decides what goes into the index: a change to it starts the index afresh. */
const INDEXING_CODE = ['./search-index.ts', './pagefind-env.ts', '../search/'].map((path) => fileURLToPath(new URL(path, import.meta.url)));

function indexingCodeDigest(): string {
  const hash = createHash('sha256');
  for (const path of INDEXING_CODE) {
    const files = path.endsWith('/') ? readdirSync(path).sort().map((name) => join(path, name)) : [path];
    for (const file of files) hash.update(readFileSync(file));
  }
  return hash.update(pagefindVersion()).digest('hex');
}

/** Pagefind's version, from the package.json above its entry point (the package exports no other path). */
function pagefindVersion(): string {
  for (let folder = dirname(fileURLToPath(import.meta.resolve('pagefind'))); folder !== dirname(folder); folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}

/**
 * What, besides the pages, the index is made from: `manifest` (facets, records, synonyms), the
 * Pagefind process's settings and the indexing code.
 */
export function indexInputs(manifest: unknown, pagefindEnv: Record<string, string>): string {
  return digest(JSON.stringify([manifest, pagefindEnv, indexingCodeDigest()]));
}

/** The index kept in `folder` (the build cache's search folder), if a build has left one there. */
export class SearchCache {
  readonly #folder: string;
  readonly #inputs: string;
  #cached: CachedIndex | undefined;

  constructor(folder: string, inputs: string) {
    this.#folder = folder;
    this.#inputs = inputs;
    try {
      const cached = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as CachedIndex;
      if (cached.inputs === inputs) this.#cached = cached;
    } catch {
      this.#cached = undefined; // no index kept yet, or one left half-written: start afresh
    }
  }

  /** Whether the `position`th indexed page of this build is the one the kept index was made from. */
  holds(position: number, page: IndexedPage): boolean {
    const cached = this.#cached?.pages[position];
    return cached !== undefined && cached[0] === page[0] && cached[1] === page[1];
  }

  /** Puts the kept index into `into`, if it was made from exactly `pages`; says whether it did. */
  async restore(pages: readonly IndexedPage[], into: string): Promise<boolean> {
    if (!this.#cached || this.#cached.pages.length !== pages.length || !pages.every((page, i) => this.holds(i, page))) return false;
    await copyFolder(join(this.#folder, 'pagefind'), into);
    return true;
  }

  /** Keeps the index written to `from`, made from `pages`, for the next build. */
  async keep(pages: readonly IndexedPage[], from: string): Promise<void> {
    const fresh = `${this.#folder}.new-${process.pid}`;
    await rm(fresh, { recursive: true, force: true });
    await copyFolder(from, join(fresh, 'pagefind'));
    await writeFile(join(fresh, 'index.json'), JSON.stringify({ inputs: this.#inputs, pages } satisfies CachedIndex));
    // Swapped in whole: a build stopped half-way leaves the previous index or none, never a mix.
    await rm(this.#folder, { recursive: true, force: true });
    await mkdir(dirname(this.#folder), { recursive: true });
    await rename(fresh, this.#folder);
  }
}

/** Links (or copies, across file systems) every file of `from` into `to`. */
async function copyFolder(from: string, to: string): Promise<void> {
  const files = [...(await siteFiles(from))];
  for (const folder of new Set(files.map(dirname))) await mkdir(join(to, folder), { recursive: true });
  await forEachAtMost(files, 16, (file) => linkOrCopy(join(from, file), join(to, file)));
}
