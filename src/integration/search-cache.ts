// The search index of the last build, kept in the build cache with what Pagefind was given for
// each of its pages. A build that changed no indexed page, record or setting reuses it whole and
// skips Pagefind, which at 10,000 pages is half of a rebuild; any other build can start from it
// (src/integration/warm-index.ts): Pagefind is given the kept pages while Astro still builds, and
// afterwards only the pages that differ.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeDigest } from '../lib/code-digest.ts';
import { linkOrCopySync } from '../lib/linked-files.ts';
import { siteFiles } from './link-check.ts';
import type { IndexFile, PagefindSettings, SearchManifest } from './search-index.ts';

/** A page as the index holds it: its path in the site and a digest of what Pagefind was given for it. */
export type IndexedPage = [path: string, digest: string];

/** The kept index's description (index.json); a description of another layout is not read. */
interface KeptIndex {
  layout: typeof LAYOUT;
  /** What, besides the pages, the index was made from (indexInputs). */
  inputs: string;
  /** How its Pagefind process started: an index started from this one must start the same. */
  settings: PagefindSettings;
  pages: readonly IndexedPage[];
  /** The content files it was made from (indexedSourcesDigest), when the build knew. */
  sources?: string | undefined;
}

const LAYOUT = 4;

/** Beside the kept index: each of its pages with what Pagefind was given for it, one JSON array a line. */
const PAGES_FILE = 'pages.jsonl';

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** The digest of what Pagefind is given for a page (prepareForIndex): its facets and synonyms are in it. */
export const contentDigest = (content: string): string => digest(content);

/** The code that decides what goes into the index: a change to it makes the kept files unusable. */
const INDEXING_CODE = ['./search-index.ts', './pagefind-env.ts', '../search/'].map((path) => fileURLToPath(new URL(path, import.meta.url)));

const indexingCodeDigest = () => codeDigest(INDEXING_CODE, ['pagefind']);

/**
 * What, besides its pages, an index is made from: the records and synonyms of `manifest`, the
 * Pagefind process's settings (its language among them) and the indexing code. (Facets are part
 * of each page's content.)
 */
export function indexInputs(manifest: SearchManifest, settings: PagefindSettings): string {
  return digest(JSON.stringify([manifest.records, manifest.synonyms, settings, indexingCodeDigest()]));
}

/** The index kept in `folder` (the build cache's search folder), and the next one being kept. */
export class SearchCache {
  readonly #folder: string;
  readonly kept: KeptIndex | undefined;
  readonly #held: Map<string, string>;
  /** Where this build's index is put together before it replaces the kept one. */
  readonly #next: string;
  /** What Pagefind is given for each page of this build, written down for the next (remember). */
  #pages: WriteStream | undefined;
  #pagesWritten: Promise<void> | undefined;

  constructor(folder: string) {
    this.#folder = folder;
    this.#next = `${folder}.new-${process.pid}`;
    let kept: KeptIndex | undefined;
    try {
      kept = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as KeptIndex;
    } catch {
      kept = undefined; // no index kept yet, or one left half-written: start afresh
    }
    this.kept = kept?.layout === LAYOUT ? kept : undefined;
    this.#held = new Map(this.kept?.pages);
  }

  /** Whether the kept index holds this page as it is now. */
  holds([path, digest]: IndexedPage): boolean {
    return this.#held.get(path) === digest;
  }

  /** The kept index's pages with what Pagefind was given for each, in the order it was given them. */
  async *contents(): AsyncGenerator<[path: string, digest: string, content: string]> {
    const lines = createInterface({ input: createReadStream(join(this.#folder, PAGES_FILE), 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as [string, string, string];
  }

  /**
   * Puts the kept index into `into` if it was made from exactly `pages` and `inputs`; says whether
   * it did. It is then also the index of this build's content `sources`.
   */
  async restore(pages: readonly IndexedPage[], inputs: string, into: string, sources?: string): Promise<boolean> {
    const kept = this.kept;
    if (kept?.inputs !== inputs || kept.pages.length !== pages.length || !pages.every((page) => this.holds(page))) return false;
    await copyFolder(join(this.#folder, 'pagefind'), into);
    if (sources !== undefined && kept.sources !== sources) {
      const description = join(this.#folder, 'index.json');
      await writeFile(`${description}.${process.pid}`, JSON.stringify({ ...kept, sources } satisfies KeptIndex));
      await rename(`${description}.${process.pid}`, description);
    }
    return true;
  }

  /**
   * Puts `files`, a new index, into `into`: each file the kept index has with the same bytes is
   * linked from it, the others are written. Most files of a rebuild's index are the same (a page's
   * fragment is named by its content), and creating files is what made writing the index slow: for
   * the 406 pages of the image-heavy help center, Pagefind's own write took 0.42–0.63 s, handing
   * the files over and placing them 0.27–0.34 s (four alternating warm builds each).
   * Synchronously, as keep() and the publish step's reading of pages: on the publish worker, with
   * nothing to wait for meanwhile, each file operation through libuv's thread pool only cost time.
   */
  place(files: readonly IndexFile[], into: string): void {
    for (const folder of new Set(files.map((file) => dirname(join(into, file.path))))) mkdirSync(folder, { recursive: true });
    for (const { path, content } of files) {
      const kept = join(this.#folder, 'pagefind', path);
      let same = false;
      try {
        same = readFileSync(kept).equals(content);
      } catch {
        // Not in the kept index: written below.
      }
      if (same) linkOrCopySync(kept, join(into, path));
      else writeFileSync(join(into, path), content);
    }
  }

  /**
   * Writes down what Pagefind is given for `page`, which the next build starts from: every page of
   * this build, in order, into one file (creating a file per page cost more than writing them all).
   */
  remember(page: IndexedPage, content: string): void {
    if (!this.#pages) {
      mkdirSync(this.#next, { recursive: true });
      this.#pages = createWriteStream(join(this.#next, PAGES_FILE));
      this.#pagesWritten = finished(this.#pages);
      this.#pagesWritten.catch(() => undefined); // reported by keep()
    }
    this.#pages.write(`${JSON.stringify([...page, content])}\n`);
  }

  /** Keeps the index written to `from`, made from `pages` and `inputs` with `settings` (and `sources`), for the next build. */
  async keep(pages: readonly IndexedPage[], inputs: string, settings: PagefindSettings, from: string, sources?: string): Promise<void> {
    if (!this.#pages) throw new Error('No page of the index was written down');
    this.#pages.end();
    await this.#pagesWritten;
    copyFolder(from, join(this.#next, 'pagefind'));
    writeFileSync(join(this.#next, 'index.json'), JSON.stringify({ layout: LAYOUT, inputs, settings, pages, sources } satisfies KeptIndex));
    // Swapped in whole: a build stopped half-way leaves the previous index or none, never a mix.
    rmSync(this.#folder, { recursive: true, force: true });
    renameSync(this.#next, this.#folder);
  }

  /** Drops what was written for a next index that was not kept. */
  async discard(): Promise<void> {
    this.#pages?.destroy();
    await this.#pagesWritten?.catch(() => undefined);
    await rm(this.#next, { recursive: true, force: true });
  }
}

/** Links (or copies, across file systems) every file of `from` into `to`. */
function copyFolder(from: string, to: string): void {
  const files = [...siteFiles(from)];
  for (const folder of new Set(files.map(dirname))) mkdirSync(join(to, folder), { recursive: true });
  for (const file of files) linkOrCopySync(join(from, file), join(to, file));
}
