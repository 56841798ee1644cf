// The pages the portal will have, known from the content before anything is built, with the
// anchors each has where they can be known: what root-relative links ("/kb/…", "/faq/#…") in
// articles and YAML Markdown are checked against. Files in public/, what the build writes besides
// pages, old addresses that forward, and other sites on the host under a base path are left to the
// check after the build; any other path is missing, as that check would find it (an exported
// article's "/docs/intro", say).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isTopOfPage } from '../lib/anchors.ts';
import { COURSE_FORMATS } from '../schemas/course.ts';
import type { ContentIndex } from './content-index.ts';
import { closest } from './did-you-mean.ts';
import { articleRedirects } from './redirects.ts';

/** Anchors of a page: the complete set, or those with a known prefix ("milestone-") checked against the ids that carry it. */
export interface PageAnchors {
  ids: Set<string>;
  /** When set, only anchors starting with one of these are checked; others may be ids of the page layout. */
  prefixes?: string[];
}

export type PageLookup =
  | { page: 'found'; anchors: PageAnchors | undefined }
  /** `elsewhere`: a path outside the portal's sections, such as the old site's "/docs/…". */
  | { page: 'missing'; elsewhere?: true }
  | { page: 'unknown' };

const OWNED = new Set(['kb', 'plans', 'training', 'certification', 'faq', 'videos', 'search']);
/** What the build writes besides the content's pages: assets, the search index, downloads, workspaces, site files. */
const GENERATED = new Set([
  '_astro',
  'pagefind',
  'files',
  'customers',
  'team',
  'sitemap.xml',
  'sitemap-index.xml',
  'robots.txt',
  '404.html',
  '_headers',
  '_redirects',
]);

export class PortalPages {
  readonly #pages = new Map<string, PageAnchors | undefined>();
  /** Old addresses of articles, which forward to them (redirects.ts). */
  readonly #forwarded: Set<string>;

  /** Where the files the site serves as they are lie (settings.ts resolvePublicFolder). */
  readonly #publicFolder: string | undefined;

  constructor(content: ContentIndex, articleAnchors: ReadonlyMap<string, ReadonlySet<string>>, publicFolder?: string) {
    this.#publicFolder = publicFolder;
    // Links from published content must reach published pages: the customer edition's (no drafts).
    const published = {
      ...content,
      plans: content.plans.filter((plan) => !plan.draft),
      articles: content.articles.filter((article) => !article.data.draft),
    };
    this.#forwarded = new Set(articleRedirects(published).map((redirect) => redirect.from));
    for (const path of [
      '/',
      '/plans/',
      '/training/',
      '/training/calendar.ics',
      '/certification/',
      '/kb/',
      '/faq/',
      '/videos/',
      '/search/',
      '/rss.xml',
    ])
      this.#add(path);
    for (const format of COURSE_FORMATS) this.#add(`/training/format/${format}/`);
    for (const segment of published.site?.segments ?? []) this.#add(`/training/segment/${segment.id}/`);
    for (const plan of published.plans)
      this.#add(`/plans/${plan.id}/`, { ids: new Set(plan.data.milestones.map((m) => `milestone-${m.id}`)), prefixes: ['milestone-'] });
    for (const course of published.courses) this.#add(`/training/${course.id}/`);
    for (const cert of published.certifications) {
      this.#add(`/certification/${cert.id}/`, { ids: new Set(cert.data.levels.map((level) => `level-${level.id}`)), prefixes: ['level-'] });
      for (const level of cert.data.levels)
        for (const extension of ['json', 'svg']) this.#add(`/certification/${cert.id}/${level.id}.${extension}`);
    }
    for (const video of published.videos) this.#add(`/videos/${video.id}/`);
    this.#add('/faq/', {
      ids: new Set(published.faqs.flatMap((set) => [set.id, ...set.data.items.map((item) => `${set.id}-${item.id}`)])),
    });
    for (const article of published.articles) {
      this.#add(`/kb/${article.id}/`, { ids: new Set(articleAnchors.get(article.id)) });
      // Its folders' pages: a category, a section, sub-sections.
      const parts = article.id.split('/');
      for (let depth = 1; depth < parts.length; depth++) this.#add(`/kb/${parts.slice(0, depth).join('/')}/`);
    }
  }

  #add(path: string, anchors?: PageAnchors): void {
    if (!this.#pages.has(path) || anchors) this.#pages.set(path, anchors);
  }

  /** `path` is root-relative, without query or anchor, percent-decoded. */
  lookup(path: string): PageLookup {
    const normalised = /\/[^/.]+$/.test(path) ? `${path}/` : path;
    if (this.#pages.has(normalised)) return { page: 'found', anchors: this.#pages.get(normalised) };
    const section = normalised.split('/')[1] ?? '';
    // Session calendars depend on the build date: left to the check after the build.
    if (/^\/training\/[^/]+\/[^/]+\.ics$/.test(normalised)) return { page: 'unknown' };
    // An old address (an export's redirect stub among them, under /kb/) is a page that forwards.
    if (this.#forwarded.has(path.replace(/(.)\/+$/, '$1'))) return { page: 'unknown' };
    if (OWNED.has(section)) return { page: 'missing' };
    if (GENERATED.has(section) || servedAsIs(path, this.#publicFolder)) return { page: 'unknown' };
    return { page: 'missing', elsewhere: true };
  }

  /** Every known page path, for "did you mean". */
  paths(): string[] {
    return [...this.#pages.keys()];
  }
}

/** A file of public/, copied to the site as it is. Links are written from the portal's root; the build adds a base path. */
function servedAsIs(path: string, publicFolder: string | undefined): boolean {
  if (!publicFolder) return false;
  const file = join(publicFolder, path);
  return existsSync(file) || existsSync(join(file, 'index.html'));
}

/** Checks the anchor of a link against the anchors its page has; a problem to report, or undefined. */
export function anchorProblem(anchor: string, anchors: PageAnchors | undefined): { hint?: string } | undefined {
  if (!anchors || isTopOfPage(anchor) || anchors.ids.has(anchor)) return undefined;
  if (anchors.prefixes && !anchors.prefixes.some((prefix) => anchor.startsWith(prefix))) return undefined;
  const suggestion = closest(anchor, anchors.ids);
  return suggestion
    ? { hint: `Did you mean #${suggestion}?` }
    : anchors.ids.size > 0
      ? {
          hint: `Anchors there: ${[...anchors.ids]
            .slice(0, 8)
            .map((id) => `#${id}`)
            .join(', ')}.`,
        }
      : {};
}
