// What the publish step reads off each built page (its ids and links for the link check, its
// Content Security Policy for `_headers`, and for a page of the search index the synonyms it lacks
// and the words it counts), kept in the build cache under the digest of the page's bytes. A
// rebuild copies most pages from Astro's cache as they were: it reads their bytes to know that
// they are the same, and nothing more.
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { finished } from 'node:stream/promises';
import { codeDigest } from '../lib/code-digest.ts';
import { detached } from '../lib/detached-string.ts';
import type { SearchManifest } from './search-index.ts';

/** What the search index takes from a page besides its HTML (pagePreparer). */
export interface SearchFacts {
  /** The synonyms the page's title lacks, then those its body lacks (missingSynonyms). */
  titleSynonyms: string[];
  synonyms: string[];
  /** Its words with how often each occurs, for the vocabulary of typo tolerance (countWords). */
  words: string;
}

export interface PageFacts {
  /** The ids and `<a name>` anchors links may lead to. */
  ids: string[];
  /** Every `href` of its links, as written. */
  links: string[];
  /** The Content Security Policy of its `<meta>`. */
  policy?: string | undefined;
  /** Only for a page of the search index. */
  search?: SearchFacts | undefined;
}

/**
 * A page's facts as the file has them, after its path (a JSON string and a tab, which JSON writes
 * as `\t`): links and policies, the same on most pages, as numbers into the file's list of strings.
 */
type FactsLine = [digest: string, ids: string[], links: number[], policy: number | null, search: SearchFacts | null];

/** The file's first line: facts of another layout, or read by other code or settings (`inputs`), are not used. */
interface Header {
  layout: typeof LAYOUT;
  inputs: string;
}

const LAYOUT = 1;

/** The code that reads a page's facts: a change to it makes the kept facts unusable. */
const READING_CODE = ['./page-facts.ts', './link-check.ts', './headers.ts', './search-index.ts', '../search/'].map((path) =>
  fileURLToPath(new URL(path, import.meta.url)),
);

/** What besides a page's bytes its facts are read with: that code, and the portal's synonyms. */
export const pageFactsInputs = (manifest: SearchManifest): string =>
  createHash('sha256')
    .update(JSON.stringify([manifest.synonyms, codeDigest(READING_CODE)]))
    .digest('hex');

/** The digest a page's facts are kept under: of its bytes, as written. */
export const pageDigest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('base64url').slice(0, 22);

/**
 * The facts of the last build's pages, kept in `file`, and those of this build, noted for the next.
 * `inputs` says what besides its bytes made a page's facts: the code that reads them and the
 * portal's synonyms.
 */
export class PageFactsCache {
  readonly #file: string;
  readonly #next: string;
  readonly #inputs: string;
  /** The last build's lines, by page, parsed when asked for. */
  readonly #kept = new Map<string, string>();
  #keptStrings: string[] = [];
  readonly #strings = new Map<string, number>();
  #out: WriteStream | undefined;
  #written: Promise<void> | undefined;

  constructor(file: string, inputs: string) {
    this.#file = file;
    this.#next = `${file}.new-${process.pid}`;
    this.#inputs = inputs;
    this.#read();
  }

  #read(): void {
    let lines: string[];
    try {
      lines = readFileSync(this.#file, 'utf8').split('\n');
      const header = JSON.parse(lines[0]!) as Header;
      if (header.layout !== LAYOUT || header.inputs !== this.#inputs) return;
      // Written last, once every page's line had named its strings; a file cut short has none.
      this.#keptStrings = (JSON.parse(lines.at(-1)!) as { strings: string[] }).strings;
    } catch {
      return; // none kept yet, or one left half-written: every page is read
    }
    for (let i = 1; i < lines.length - 1; i++) {
      const line = lines[i]!;
      const tab = line.indexOf('\t');
      // The rest is parsed when the page is asked for.
      this.#kept.set(JSON.parse(line.slice(0, tab)) as string, line.slice(tab + 1));
    }
  }

  /** The facts of the page at `path`, if the last build had them for the same bytes (`digest`). */
  get(path: string, digest: string): PageFacts | undefined {
    const line = this.#kept.get(path);
    if (line === undefined) return undefined;
    this.#kept.delete(path); // each page is asked for once: what is used need not stay in memory
    const [keptDigest, ids, links, policy, search] = JSON.parse(line) as FactsLine;
    if (keptDigest !== digest) return undefined;
    return {
      ids,
      links: links.map((n) => this.#keptStrings[n]!),
      policy: policy === null ? undefined : this.#keptStrings[policy],
      search: search ?? undefined,
    };
  }

  /** Notes the facts of the page at `path` (`digest`) for the next build. */
  set(path: string, digest: string, facts: PageFacts): void {
    if (!this.#out) {
      mkdirSync(dirname(this.#next), { recursive: true });
      this.#out = createWriteStream(this.#next);
      this.#written = finished(this.#out);
      this.#written.catch(() => undefined); // reported by keep()
      this.#out.write(`${JSON.stringify({ layout: LAYOUT, inputs: this.#inputs } satisfies Header)}\n`);
    }
    const line: FactsLine = [
      digest,
      facts.ids,
      facts.links.map((link) => this.#number(link)),
      facts.policy === undefined ? null : this.#number(facts.policy),
      facts.search ?? null,
    ];
    this.#out.write(`${JSON.stringify(path)}\t${JSON.stringify(line)}\n`);
  }

  #number(text: string): number {
    let n = this.#strings.get(text);
    // A link is a piece of its page's HTML: kept whole, it would keep the page.
    if (n === undefined) this.#strings.set(detached(text), (n = this.#strings.size));
    return n;
  }

  /** Keeps the facts noted in this build for the next, in place of the last build's. */
  async keep(): Promise<void> {
    this.#kept.clear();
    if (!this.#out) return;
    this.#out.end(JSON.stringify({ strings: [...this.#strings.keys()] }));
    await this.#written;
    renameSync(this.#next, this.#file);
  }

  /** Drops the facts noted in a build that was not published: the last build's stay. */
  async discard(): Promise<void> {
    this.#kept.clear();
    this.#out?.destroy();
    await this.#written?.catch(() => undefined);
    rmSync(this.#next, { force: true });
  }
}
