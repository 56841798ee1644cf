// Astro content-layer loaders that hand validated, edition-filtered entries to collections.
import type { ContentEntryType } from 'astro';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ARTICLE_PART_GLOBS, FOLDER_INDEX_GLOB, folderId, introductionsBesideFolders, isFolderIndex, KB_SUMMARY, kbPageId, kbParts, leafPageIndexes } from '../lib/kb-paths.ts';
import { decodeHtml } from '../lib/html-charset.ts';
import { ARTICLE_EXTENSION } from '../lib/slugs.ts';
import { convertedHtmlArticle } from './html-conversions.ts';
import { rememberArticleRenderer, withoutRenderedText } from './article-renderer.ts';
import { hasIntroductionFile, type ContentIndex, type Entry } from './content-index.ts';
import { articleFiles } from './files.ts';
import { sharedKeys } from './customer-rules.ts';
import { currentValidation, loadContent } from './load.ts';
import { resolveEdition, resolveRoot } from './settings.ts';
import { resolveSingleCustomer } from './single-customer.ts';

/** What file extensions Astro reads as content and how: part of what Astro hands its own glob loader, not of the public LoaderContext. */
type EntryTypes = Map<string, ContentEntryType>;

type EntryKind = Exclude<keyof ContentIndex, 'site' | 'articles' | 'customers'>;

/** Plans, FAQ sets, videos, courses or certifications, from the validated content. */
export function milepostLoader(kind: EntryKind): Loader {
  return {
    name: `milepost-${kind}`,
    load: async ({ store, generateDigest }: LoaderContext) => {
      store.clear();
      for (const entry of loadContent()[kind] as Entry<Record<string, unknown>>[]) {
        store.set({ id: entry.id, data: entry.data, filePath: entry.file, digest: generateDigest(entry.data) });
      }
    },
  };
}

/**
 * Customers. A key reaches the site only when it is the customer's own: without one, or with a
 * key another file shares, the customer gets no page (validation warns). Under MILEPOST_CUSTOMER
 * the one customer loaded is marked `home`: its workspace is the home page.
 */
export function customerLoader(): Loader {
  return {
    name: 'milepost-customers',
    load: async ({ store, generateDigest }: LoaderContext) => {
      store.clear();
      const customers = loadContent().customers;
      const shared = sharedKeys(customers);
      const single = resolveSingleCustomer();
      for (const entry of customers) {
        const { key, ...rest } = entry.data;
        const data = { ...rest, ...(key && !shared.has(key) ? { key } : {}), home: entry.id === single };
        store.set({ id: entry.id, data, filePath: entry.file, digest: generateDigest(data) });
      }
    },
  };
}

/** The site settings as a one-entry collection, id "site". */
export function siteLoader(): Loader {
  return {
    name: 'milepost-site',
    load: async ({ store, generateDigest }: LoaderContext) => {
      store.clear();
      const site = loadContent().site;
      if (site) store.set({ id: 'site', data: site, digest: generateDigest(site) });
    },
  };
}

/**
 * Knowledge-base articles through Astro's own glob loader (so Markdown, MDX and relative images
 * work as in any Astro site), with ids from slugged folder names and drafts held back from the
 * customer edition. Their data is the validated one, gaps filled (a title from the first heading
 * or the file name), not the raw frontmatter. Markdown bodies and their HTML are not kept in the
 * store: article pages render their file when they are built (article-renderer.ts); MDX is
 * compiled by Vite as usual.
 */
export function articleLoader(): Loader {
  return kbLoader({
    name: 'milepost-articles',
    // Index files describe their folders, but for those that are a page of their own (leafPageIndexes).
    pattern: () => {
      const { introductions, pages, leftOut, casedArticles, beside } = indexFiles();
      // A glob per introduction only where some index files are pages: 300 of them took 0.16 s over 6,200 files.
      const notArticles = [
        ...(pages.size > 0 ? introductions.map((kbPath) => `!${escapeGlob(kbPath)}`) : [`!${FOLDER_INDEX_GLOB}`]),
        ...[...beside].map((kbPath) => `!${escapeGlob(kbPath)}`),
      ];
      return ['**/*.{md,mdx,markdown,html,htm}', ...casedArticles.map(escapeGlob), `!${KB_SUMMARY}`, ...ARTICLE_PART_GLOBS, ...notArticles, ...leftOut.map((kbPath) => `!${escapeGlob(kbPath)}`)];
    },
    generateId: kbPageId,
    entries: (content) => content.articles,
  });
}

/**
 * The index.md / _index.md / README.md of knowledge-base folders, by folder slug path ("." for
 * content/kb itself); and, for folders without one, what a Docusaurus `_category_.json`
 * (src/content/kb-categories.ts) or a docs tool's navigation file (src/content/navigation-files.ts)
 * says of them: data only, no introduction.
 */
export function kbFolderLoader(): Loader {
  const files = kbLoader({
    name: 'milepost-kb-folders',
    pattern: () => {
      const { pages, leftOut, beside } = indexFiles();
      return [FOLDER_INDEX_GLOB, ...[...beside].map(escapeGlob), '!**/_*/**', ...[...pages, ...leftOut].map((kbPath) => `!${escapeGlob(kbPath)}`)];
    },
    // A page beside its folder (introductionsBesideFolders) names the folder without its extension.
    generateId: (entry) => folderId(isFolderIndex(entry) ? kbParts(entry).folders : entry.replace(ARTICLE_EXTENSION, '').split('/')) || '.',
    entries: (content) => content.kbFolders.map((folder) => ({ ...folder, id: folder.id || '.' })),
  });
  return {
    name: files.name,
    load: async (context) => {
      await files.load(context);
      const published = loadContent().kbFolders.filter((folder) => !hasIntroductionFile(folder));
      for (const folder of published) {
        const data = await context.parseData({ id: folder.id, data: folder.data as unknown as Record<string, unknown> });
        context.store.set({ id: folder.id, data, digest: context.generateDigest(folder.data as unknown as Record<string, unknown>) });
      }
    },
  };
}

/**
 * An article file's extension written with capitals ("GUIDE.MD", "Pricing.HTM", as Windows tools
 * save them): the validator reads it as any other, and Astro's glob and entry types know the
 * extensions in lower case only, so such an article was missing from the portal without a word.
 */
const CASED_EXTENSION = /\.(?=[^./]*[A-Z])[^./]+$/;

/**
 * The index files of content/kb: those that introduce their folder, and those that are pages of
 * their own (leafPageIndexes); and the HTML files that are not articles (files.ts: articleFiles).
 */
function indexFiles(): { introductions: string[]; pages: Set<string>; leftOut: string[]; casedArticles: string[]; beside: Set<string> } {
  const kbRoot = join(resolveRoot(), 'content/kb');
  const { kept, leftOut } = articleFiles(kbRoot);
  const inside = (file: string) => relative(kbRoot, file).split(sep).join('/');
  const kbPaths = kept.map(inside);
  const pages = leafPageIndexes(kbPaths);
  const introductions = kbPaths.filter((kbPath) => isFolderIndex(kbPath) && !pages.has(kbPath));
  const casedArticles = kbPaths.filter((kbPath) => CASED_EXTENSION.test(kbPath) && !isFolderIndex(kbPath));
  return { introductions, pages, leftOut: leftOut.map(inside), casedArticles, beside: introductionsBesideFolders(kbPaths) };
}

/** A path as a glob that matches it alone: folder names may hold brackets and parentheses ("image (1)"). */
const escapeGlob = (path: string) => path.replace(/[\\*?[\]{}()!+@|]/g, '\\$&');

function kbLoader(options: {
  name: string;
  pattern: string | string[] | (() => string[]);
  generateId: (entry: string) => string;
  /** Entries with the images of their Markdown as the validator read them (articles) are not rendered at sync. */
  entries: (content: ContentIndex) => { id: string; data: unknown; imagePaths?: string[] }[];
}): Loader {
  const inner = () =>
    glob({
      pattern: typeof options.pattern === 'function' ? options.pattern() : options.pattern,
      base: pathToFileURL(join(resolveRoot(), 'content/kb/')),
      generateId: ({ entry }) => options.generateId(entry),
      retainBody: false,
    });
  return {
    name: options.name,
    load: async (context) => {
      rememberArticleRenderer(context);
      // Every entry, drafts included (the glob loader parses an entry before the store decides to
      // keep it), from the latest validation: in dev it is redone on every change.
      let validated: { content: ContentIndex; byId: Map<string, ReturnType<typeof options.entries>[number]> } | undefined;
      const validatedEntry = (id: string) => {
        const { content } = currentValidation();
        if (validated?.content !== content) validated = { content, byId: new Map(options.entries(content).map((entry) => [entry.id, entry])) };
        return validated.byId.get(id);
      };
      const dataOf = (id: string) => validatedEntry(id)?.data;
      const published = resolveEdition() === 'team' ? undefined : new Set(options.entries(loadContent()).map((entry) => entry.id));
      const store = new Proxy(context.store, {
        get(target, property, receiver) {
          if (property === 'set') {
            return (entry: Parameters<typeof target.set>[0]) =>
              !published || published.has(entry.id) ? target.set(withoutRenderedText(entry)) : false;
          }
          const value = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const parseData: typeof context.parseData = (props) =>
        context.parseData({ ...props, data: (dataOf(props.id) as typeof props.data) ?? props.data });
      // A knowledge base without index.md files is normal: no warning that none were found.
      const logger = Object.assign(Object.create(context.logger) as typeof context.logger, {
        warn: (message: string) => (message.startsWith('No files found matching') ? undefined : context.logger.warn(message)),
      });
      const { entryTypes: astroTypes } = context as LoaderContext & { entryTypes?: EntryTypes };
      const extensions = new Set(currentValidation().content.articles.map((article) => extname(article.file)));
      const entryTypes = astroTypes && withMarkdownExtension(astroTypes, [...extensions]);
      // Only in a build: the dev server (which has a watcher) syncs an edited file before it validates again.
      const types = entryTypes && !context.watcher ? withoutSyncRender(entryTypes, (id) => validatedEntry(id)?.imagePaths !== undefined) : entryTypes;
      await inner().load({ ...context, store, parseData, logger, ...(types ? { entryTypes: types } : {}) } as LoaderContext);
      await refreshUnchangedFiles(context, options.entries(currentValidation().content));
    },
  };
}

/**
 * The glob loader keeps the entry of a file that has not changed since the last build, but an
 * entry's data also comes from other files (the order a SUMMARY.md, _meta.json or .pages gives, a
 * folder's title) and from how Milepost reads files, which a newer version may do better. Where
 * the validated data differs from the kept one, the entry is set again: a warm build (CI restores
 * the cache) shows the new order, not the last build's.
 */
async function refreshUnchangedFiles(context: LoaderContext, entries: { id: string; data: unknown }[]): Promise<void> {
  for (const entry of entries) {
    const kept = context.store.get(entry.id);
    if (!kept) continue;
    const data = await context.parseData({ id: entry.id, data: entry.data as Record<string, unknown> });
    if (isDeepStrictEqual(data, kept.data)) continue;
    context.store.set({ ...kept, data, digest: context.generateDigest({ file: kept.digest ?? '', data }) });
  }
}

/**
 * Astro's Markdown entry type, but rendering nothing at sync. The store keeps no HTML anyway
 * (article pages render their file when they are built): rendering every article twice cost a
 * tenth of a cold build. Nor does it list the article's images for Vite to import: a build offers
 * them itself (integration/offered-images.ts), from the images the validator read. An entry the
 * validator has no images for is rendered as Astro would.
 */
function withoutSyncRender(entryTypes: EntryTypes, imagesRead: (id: string) => boolean): EntryTypes {
  const markdown = entryTypes.get('.md');
  if (!markdown?.getRenderFunction) return entryTypes;
  const getRenderFunction: typeof markdown.getRenderFunction = async (config) => {
    let rendered: Awaited<ReturnType<typeof getRenderFunction>> | undefined;
    return async (entry) => {
      if (imagesRead(entry.id)) return { html: '', metadata: { imagePaths: [] } };
      rendered ??= await markdown.getRenderFunction!(config);
      return rendered(entry);
    };
  };
  const types = new Map(entryTypes);
  for (const extension of READ_AS_MARKDOWN) {
    const type = types.get(extension);
    if (type) types.set(extension, { ...type, getRenderFunction });
  }
  return types;
}

/** Extensions of articles Astro's Markdown entry type reads (HTML once converted to Markdown). */
const READ_AS_MARKDOWN = ['.md', '.markdown', '.html', '.htm'];

/**
 * Astro's entry types with its Markdown one for Jekyll's ".markdown" files too, which the content
 * layer does not load, and for HTML articles, whose body is the Markdown made from them.
 */
function withMarkdownExtension(entryTypes: EntryTypes, extensions: readonly string[] = []): EntryTypes {
  const markdown = entryTypes.get('.md');
  if (!markdown) return entryTypes;
  const types = new Map(entryTypes);
  if (!types.has('.markdown')) types.set('.markdown', markdown);
  const html: ContentEntryType = {
    ...markdown,
    extensions: ['.html', '.htm'],
    getEntryInfo: async (params) => {
      // In the encoding the file declares: Astro reads every file as UTF-8, and what is not UTF-8
      // comes out with replacement characters. Read again only then.
      const contents = params.contents.includes('\uFFFD') ? (decodeHtml(readFileSync(params.fileUrl)) ?? params.contents) : params.contents;
      const info = await markdown.getEntryInfo({ ...params, contents });
      return { ...info, body: convertedHtmlArticle(info.body).markdown };
    },
  };
  for (const extension of html.extensions) if (!types.has(extension)) types.set(extension, html);
  // ".MD", ".Htm": read as their lower-case kind.
  for (const extension of extensions) {
    const kind = types.get(extension.toLowerCase());
    if (kind && !types.has(extension)) types.set(extension, kind);
  }
  return types;
}
