// Links to the help center the articles were exported from (site.yaml `kb.importedFrom`) go to
// the migrated article instead: the one whose file name starts with the link's numeric id or
// slug, or whose frontmatter `id` is that id. A migrated help center should not send readers back.
// Exports also link the old site from its root ("/hc/en-us/articles/360…", Docusaurus's
// "/docs/intro"): those are old links too, and `importedFrom` may be only that path ("/docs/").
import { tryDecode } from '../lib/escape.ts';
import { ROUTES_OF_THE_PORTAL } from '../lib/routes.ts';
import { ARTICLE_EXTENSION, articleSlug, slugify } from '../lib/slugs.ts';
import type { ArticleEntry } from './content-index.ts';

/** Where an old help-center link leads now: an article id ("" for the knowledge base's home), or nowhere. */
export type Migrated = { id: string; anchor: string | undefined } | 'not-migrated';

const stemOf = (kbPath: string) =>
  kbPath
    .split('/')
    .at(-1)!
    .replace(ARTICLE_EXTENSION, '');

export class OldHelpCenter {
  readonly #prefix: URL;
  readonly #byNumber = new Map<string, string>();
  readonly #bySlug = new Map<string, string>();
  /** Article ids: a docs site's path is often the article's own ("/essentials/settings"). */
  readonly #ids = new Set<string>();

  constructor(importedFrom: string, articles: readonly Pick<ArticleEntry, 'id' | 'kbPath' | 'exportId'>[]) {
    this.#prefix = new URL(importedFrom.replace(/\/?$/, '/'), 'https://old-help-center.invalid/');
    for (const article of articles) {
      this.#ids.add(article.id);
      const stem = stemOf(article.kbPath);
      const number = /^(\d+)(?!\d)/.exec(stem)?.[1];
      for (const key of [number, article.exportId]) if (key && !this.#byNumber.has(key)) this.#byNumber.set(key, article.id);
      // A frontmatter id that is a word (Docusaurus's doc id) is the page's slug there.
      const wordId = article.exportId && !/^\d+$/.test(article.exportId) ? slugify(article.exportId) : undefined;
      for (const slug of [wordId, slugify(stem), slugify(stem.replace(/^\d+[-_ ]*/, ''))])
        if (slug && !this.#bySlug.has(slug)) this.#bySlug.set(slug, article.id);
    }
  }

  /** The migrated article of `href`, or undefined when `href` is not a link to the old help center. */
  resolve(href: string): Migrated | undefined {
    let url: URL;
    try {
      // A link from the old site's root means the old site; any other relative link does not.
      url = /^\/(?!\/)/.test(href) ? new URL(href, this.#prefix) : new URL(href);
    } catch {
      return undefined;
    }
    const host = (name: string) => name.toLowerCase().replace(/^www\./, '');
    const prefix = this.#prefix.pathname.toLowerCase();
    const path = url.pathname.replace(/\/?$/, '/');
    if (host(url.hostname) !== host(this.#prefix.hostname) || !path.toLowerCase().startsWith(prefix)) return undefined;
    // The portal's own pages are no old links, whatever the old path ("/" for a docs site).
    if (href.startsWith('/') && PORTAL_SECTIONS.has(path.split('/')[1]!)) return undefined;
    const anchor = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
    const segments = path.slice(prefix.length).split('/').filter(Boolean);
    if (segments.length === 0) return { id: '', anchor };
    let last: string;
    try {
      last = decodeURIComponent(segments.at(-1)!);
    } catch {
      return 'not-migrated';
    }
    const number = /^(\d+)(?!\d)/.exec(last)?.[1];
    const samePath = tryDecode(segments.join('/'));
    const id =
      (samePath !== undefined && this.#ids.has(articleSlug(samePath)) ? articleSlug(samePath) : undefined) ||
      (number && this.#byNumber.get(number)) ||
      this.#bySlug.get(slugify(last)) ||
      this.#bySlug.get(slugify(last.replace(/^\d+[-_ ]*/, '')));
    return id ? { id, anchor } : 'not-migrated';
  }
}

/** The first path segments of the portal's own pages and files. */
const PORTAL_SECTIONS: ReadonlySet<string> = new Set(ROUTES_OF_THE_PORTAL);
