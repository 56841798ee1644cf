// After pages are built and before anything is published: every internal link and anchor must
// lead somewhere. A broken one fails the build, naming the page and the link.
// Pages are added one at a time and only their ids and internal links are kept, so the check
// needs memory for the site's links, not for its HTML.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isTopOfPage } from '../lib/anchors.ts';
import { detached } from '../lib/detached-string.ts';
import { tryDecode } from '../lib/escape.ts';
import type { PageFacts } from './page-facts.ts';

export interface BrokenLink {
  page: string;
  link: string;
  /** "left as written": a link relative to its page (a file path the build did not turn into a portal address) that leads to no page. */
  reason: 'no such page' | 'no such anchor' | 'left as written';
  /** How many other pages carry the same broken link. */
  alsoOn: number;
}

interface LinkUse {
  link: string;
  /** The target file inside the site, e.g. "kb/a/b/index.html". */
  target: string;
  anchor: string | undefined;
  /** The first page that has the link, and how many pages have it. */
  page: string;
  pages: number;
  /** Written relative to its page ("welcome.md", "../billing/"): pages' own links are the portal's addresses. */
  relative?: boolean;
}

// Anchors are ids, and the names of <a name="…"> (old help-center exports still use them).
const ID = /\sid="([^"]+)"|<a\s[^>]*?\bname="([^"]+)"/g;
const LINK = /<a\s[^>]*?href="([^"]*)"/g;
/** A path relative to the page: no scheme, not from the root or another host, not only an anchor or a query. */
const RELATIVE = /^(?![a-z][a-z0-9+.-]*:|\/|#|\?)./i;
/** Pages' addresses are resolved as URLs on a made-up host. */
const PAGE_ORIGIN = 'http://portal.invalid';

/** Collects the ids and internal links (those under `base`, and same-page anchors) of built pages. */
export class LinkCheck {
  readonly #prefix: string;
  readonly #ids = new Map<string, Set<string>>();
  // Navigation repeats the same links on every page: each distinct link is checked once.
  readonly #uses = new Map<string, LinkUse>();

  constructor(base: string) {
    this.#prefix = base.replace(/\/?$/, '/');
  }

  /**
   * Adds a page by its ids and links (linkFacts; those the last build read off the same page serve
   * as well). `page` is the file's path inside the site, e.g. "kb/index.html".
   */
  add(page: string, { ids, links }: Pick<PageFacts, 'ids' | 'links'>): void {
    // Copied once for the page, not once an id: ids cannot hold a NUL character.
    this.#ids.set(page, new Set(ids.length > 0 ? detached(ids.join('\0')).split('\0') : []));
    if (page === '404.html') return;
    for (const href of links) {
      let link = href;
      const relative = !link.startsWith(this.#prefix) && !link.startsWith('#') && RELATIVE.test(link);
      if (relative) link = new URL(link, `${PAGE_ORIGIN}${this.#prefix}${page}`).href.slice(PAGE_ORIGIN.length);
      // Outside the base path (another site on the host) is not the portal's to check.
      if (!link.startsWith(this.#prefix) && !link.startsWith('#')) continue;
      const [path, anchor] = link.split('#') as [string, string | undefined];
      // A same-page anchor means something else on every page. Copied only when kept.
      const key = path === '' ? `${page}${link}` : link;
      const known = this.#uses.get(key);
      if (known) {
        known.pages++;
        continue;
      }
      let target = page;
      if (path !== '') {
        // "100%.html" is no escape: the path as written.
        const written = path.slice(this.#prefix.length).split('?')[0]!;
        const inside = tryDecode(written) ?? written;
        target = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
      }
      this.#uses.set(detached(key), {
        link: detached(relative ? href : link),
        target: detached(target),
        anchor: anchor && detached(anchor),
        page,
        pages: 1,
        ...(relative ? { relative } : {}),
      });
    }
  }

  /** The links that lead nowhere, given every file of the site (paths as for `add`). */
  broken(files: ReadonlySet<string>): BrokenLink[] {
    const broken: BrokenLink[] = [];
    for (const { link, target, anchor, page, pages, relative } of this.#uses.values()) {
      if (!files.has(target)) broken.push({ page, link, reason: relative ? 'left as written' : 'no such page', alsoOn: pages - 1 });
      else if (anchor && !isTopOfPage(anchor) && target.endsWith('.html') && !this.#ids.get(target)?.has(tryDecode(anchor) ?? anchor)) {
        broken.push({ page, link, reason: 'no such anchor', alsoOn: pages - 1 });
      }
    }
    return broken;
  }
}

/** A page's ids (and `<a name>` anchors) and the `href` of each of its links, as written. */
export function linkFacts(html: string): Pick<PageFacts, 'ids' | 'links'> {
  return {
    ids: Array.from(html.matchAll(ID), (match) => (match[1] ?? match[2])!),
    links: Array.from(html.matchAll(LINK), (match) => match[1]!),
  };
}

/** Every file of a built site, as paths inside it with forward slashes. */
export function siteFiles(siteFolder: string): Set<string> {
  const files = new Set<string>();
  // Synchronously: the recursive fs/promises readdir took 40–45 ms for the help center's 1,714
  // files, the synchronous one 15 ms, and nothing else would run meanwhile.
  for (const entry of readdirSync(siteFolder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.add(relative(siteFolder, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return files;
}

/** The first 20 of `broken`, a line each, with the page that has it (and how many others do). */
function listed(broken: readonly BrokenLink[], withReason: boolean): string {
  return broken
    .slice(0, 20)
    .map((b) => `  ${b.page}: ${b.link}${withReason ? ` (${b.reason})` : ''}${b.alsoOn > 0 ? `, and on ${b.alsoOn} other page(s)` : ''}`)
    .join('\n');
}

/** The build's warning for links to anchors pages do not have. */
export function describeMissingAnchors(broken: readonly BrokenLink[]): string {
  return `${broken.length} link(s) to an anchor the page does not have (they open the page at its top):\n${listed(broken, false)}`;
}

/**
 * The build's warning for links an article wrote relative to its page that lead nowhere: the
 * validator resolved them to an article or file, and the page has the path as written.
 */
export function describeUnresolvedLinks(broken: readonly BrokenLink[]): string {
  return `${broken.length} link(s) still written as a path relative to their page, which leads to no page of the portal (readers get "page not found"):\n${listed(broken, false)}`;
}

/** The build error for broken links. */
export function describeBrokenLinks(broken: readonly BrokenLink[]): string {
  return `${broken.length} broken internal link(s); nothing was published and dist/ is unchanged:\n${listed(broken, true)}`;
}
