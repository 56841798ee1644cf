// The pages of the last build, put in the staging folder before Astro generates pages: a page its
// incremental build keeps is then found in place and not copied from its cache one file at a time.
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Each cached page's size and modification time, as the last build left it. */
type Noted = Record<string, [size: number, modified: number]>;

/** A page's address inside the site, as compared here: without the base path or a trailing slash. */
function siteAddress(pathname: string, base: string): string {
  const prefix = base.replace(/\/?$/, '');
  const path = prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
  return path.replace(/\/+$/, '') || '/';
}

/** The address of a built page file, as Astro's prerenderer is asked for it ("kb/a/index.html" → "/kb/a/"). */
export const addressOf = (file: string, base: string) => `${base.replace(/\/?$/, '/')}${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Notes the size and modification time of Astro's cached copy (in `cached`) of each page of this
 * build (`pages`, paths in the output) in `noteFile`, for the next build to know them unchanged.
 */
export function noteCachedPages(cached: string, pages: readonly string[], noteFile: string): void {
  const noted: Noted = {};
  for (const page of pages) {
    try {
      const { size, mtimeMs } = statSync(join(cached, page));
      noted[page] = [size, mtimeMs];
    } catch {
      // Not cached (a page without a cache key): Astro renders it every time.
    }
  }
  writeFileSync(`${noteFile}.${process.pid}`, JSON.stringify(noted));
  renameSync(`${noteFile}.${process.pid}`, noteFile);
}

/**
 * Links the last build's pages from Astro's cache (`cached`, its incremental build's copy of the
 * output) into `staged`, once Astro has emptied it, where each is as the last build left it
 * (`noteFile`, noteCachedPages). One that is not has been written since, by something else than
 * Astro: it is removed from the cache, so that Astro renders the page again. The copy in dist/
 * shares its file with the cache, and a deploy step that edited that page in dist/ in place would
 * otherwise have put its edit into the next build.
 *
 * Astro rewrites a page it renders again in place, in the staging folder and in its cache; once
 * linked, both files are the published page's too, so each such page is unlinked from both first
 * (beforeRender) and dist/ stays as it was whatever the build does. Pages this build does not
 * have are unlinked before any page is generated (settle).
 */
export class CachedPages {
  readonly #cached: string;
  readonly #staged: string;
  readonly #base: string;
  /** Linked pages by address. */
  readonly #linked = new Map<string, string>();

  constructor(cached: string, staged: string, noteFile: string, base: string) {
    this.#cached = cached;
    this.#staged = staged;
    this.#base = base;
    let noted: Noted = {};
    try {
      noted = JSON.parse(readFileSync(noteFile, 'utf8')) as Noted;
    } catch {
      return; // nothing noted: Astro copies what it keeps
    }
    const folders = new Set<string>();
    for (const [file, [size, modified]] of Object.entries(noted)) {
      const from = join(cached, file);
      try {
        const now = statSync(from);
        if (now.size !== size || now.mtimeMs !== modified) {
          rmSync(from, { force: true });
          continue;
        }
        const to = join(staged, file);
        if (!folders.has(dirname(to))) mkdirSync(dirname(to), { recursive: true });
        folders.add(dirname(to));
        linkSync(from, to);
        this.#linked.set(siteAddress(addressOf(file, '/'), '/'), file);
      } catch {
        // Gone from the cache, or not linkable (another file system): Astro does as without.
      }
    }
  }

  /** Before pages are generated: unlinks the pages this build does not have (`pathnames`). */
  settle(pathnames: readonly string[]): void {
    const built = new Set(pathnames.map((pathname) => siteAddress(pathname, this.#base)));
    for (const [address, file] of this.#linked)
      if (!built.has(address)) {
        unlinkSync(join(this.#staged, file));
        this.#linked.delete(address);
      }
  }

  /**
   * Astro renders the page at `pathname` (its request's, base path included) and writes it, in the
   * staging folder and in its cache: both are unlinked first, so that it writes new files.
   */
  beforeRender(pathname: string): void {
    const address = siteAddress(pathname, this.#base);
    const file = this.#linked.get(address);
    if (file === undefined) return;
    this.#linked.delete(address);
    unlinkSync(join(this.#staged, file));
    rmSync(join(this.#cached, file), { force: true });
  }
}
