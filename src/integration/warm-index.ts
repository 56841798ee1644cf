// The last build's search index, made again while Astro builds: under `npm run build` the publish
// step's worker is idle until every page is written, so it starts Pagefind as soon as the Astro
// process says where the build cache is, and gives it the pages of the kept index (what Pagefind
// was given for each, src/integration/search-cache.ts). Once the new pages are read, only those
// that differ are given again: Pagefind replaces a page given twice at the same path, in its
// place. After one article edit Pagefind's work on every other page is done before Astro is.
import { setPriority } from 'node:os';
import { SearchCache } from './search-cache.ts';
import { openSearchIndex, type PagefindSettings, type SearchIndex } from './search-index.ts';

export class WarmIndex {
  /** The pages Pagefind has been given, with the digest of what it was given for each. */
  readonly held = new Map<string, string>();
  /** How Pagefind was started: as for the kept index. */
  readonly settings: PagefindSettings;
  readonly index: Promise<SearchIndex>;
  /** Settles once every kept page is given, or the feeding stopped. */
  readonly given: Promise<void>;
  readonly #feeding: Promise<void>;
  #stopped = false;
  #complete = false;

  private constructor(cache: SearchCache, kept: NonNullable<SearchCache['kept']>) {
    this.settings = kept.settings;
    giveWayToAstro();
    this.index = openSearchIndex(kept.settings);
    this.#feeding = this.index.then(async (index) => {
      const contents = cache.contents();
      try {
        while (!this.#stopped) {
          // A kept file that cannot be read whole (another build replaced it) ends the feeding:
          // the rest come with the new pages.
          const next = await contents.next().catch(() => undefined);
          this.#complete = next?.done === true;
          if (!next || next.done || this.#stopped) return;
          const [path, digest, content] = next.value;
          await index.add(path, content);
          this.held.set(path, digest);
        }
      } finally {
        await contents.return(undefined);
      }
    });
    this.given = this.#feeding.catch(() => undefined); // a Pagefind that failed here is started afresh by the publish step
  }

  /**
   * Starts giving Pagefind the pages of the index kept in `folder`. Undefined when none is kept,
   * or when it was made from the same content `sources` (indexedSourcesDigest): then the kept
   * index is most likely reused whole, and Pagefind would hold pages beside Astro for nothing.
   */
  static start(folder: string, sources?: string): WarmIndex | undefined {
    const cache = new SearchCache(folder);
    if (!cache.kept || (sources !== undefined && cache.kept.sources === sources)) return undefined;
    return new WarmIndex(cache, cache.kept);
  }

  /** Whether Pagefind was given every page of the kept index. */
  get complete(): boolean {
    return this.#complete;
  }

  /** Gives Pagefind no more kept pages; resolves with its index, or rejects if Pagefind failed. */
  async stop(): Promise<SearchIndex> {
    this.#stopped = true;
    await this.#feeding;
    return this.index;
  }
}

/** The nice value of the head start: any above Astro's 0 gives Astro a core whenever it wants one. */
const HEAD_START_NICE = 10;

/**
 * Lowers the priority of this thread, and so of the Pagefind process it starts next (a child takes
 * the nice value of the thread that spawns it). The head start is work Astro does not wait for, and
 * at the same priority it took CPU time from Astro, which is the build's critical path on two
 * cores: after one article edit, the help center's rebuild took 3.06 s (median of 8) where a
 * rebuild that gives Pagefind nothing took 2.53 s; at nice 10, 2.67 s. Linux only, where a nice
 * value is a thread's own (elsewhere setPriority(0) would lower the whole build's parent); the
 * value cannot be raised again without privileges, so the publish step after Astro keeps it,
 * when nothing else runs.
 */
function giveWayToAstro(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(0, HEAD_START_NICE);
  } catch {
    // Not allowed here (a container's policy): the head start runs at Astro's priority.
  }
}
