// The Milepost Astro integration: validates all content before Astro reads any of it, builds into
// a staging folder, checks its links and indexes it for search, and only then swaps it into
// dist/, so a failed build leaves the previous dist/ whole. Under `npm run build` the last steps
// run in the parent process, from the moment every page is written (src/cli/build.ts,
// src/integration/publish.ts).
import type { AstroConfig, AstroIntegration, AstroUserConfig } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { forgetValidation, loadContent, rememberValidation } from '../content/load.ts';
import { formatText, summary } from '../content/report.ts';
import { resolveEdition, resolveRoot } from '../content/settings.ts';
import { validateRoot } from '../content/validate.ts';
import { articleRedirects } from '../content/redirects.ts';
import { forEdition } from '../content/edition.ts';
import { buildNow } from '../content/now.ts';
import { describeIndex, wantsTraces } from '../cli/build-output.ts';
import { forSingleCustomer, resolveSingleCustomer } from '../content/single-customer.ts';
import { isUnlistedPath, UNLISTED_FOLDERS } from '../lib/routes.ts';
import { scopedCacheDir } from './cache-scope.ts';
import { articleImageFiles, encoderSettings, finishImageEncodings, startImageEncodings } from './image-encodings.ts';
import { rememberImageSources } from './image-sources.ts';
import { offeredImages, startOfferedImages } from './offered-images.ts';
import { watchContent } from './dev-validation.ts';
import { INVALID_CONTENT_EXIT } from './exit-codes.ts';
import { astroRedirects, writeRedirectsFile } from './redirects.ts';
import { siteFiles } from './link-check.ts';
import { BrokenLinksError, publishBuild, type PublishPlan } from './publish.ts';
import { searchManifest } from './search-index.ts';
import { writeSitemap } from './sitemap.ts';
import { publishesInParent, tellParent, validationFromParent } from './parent-channel.ts';
import { handOn, stagingFolder } from './staging.ts';
import { addressOf, CachedPages, noteCachedPages } from './cached-pages.ts';
import { keepDigests, recallDigests } from '../lib/file-digest.ts';
import { rememberGitDatesCache } from '../lib/git-dates.ts';
import { linkedAttachments, placeAttachments, serveAttachments } from '../site/attachments.ts';
import { rememberMarkdownPipeline } from '../site/pipeline-digest.ts';
import { codeDigest } from '../lib/code-digest.ts';
import { compatAliases } from './mdx-compat.ts';
import { mdxStandIns } from './mdx-stand-ins.ts';
import { KIND_LOCATIONS } from '../schemas/locations.ts';

/** The code that turns articles into HTML (astro.config.mjs: `markdown.processor`), with where links and downloads go. */
const MARKDOWN_PIPELINE = () =>
  codeDigest(
    ['../markdown/', '../site/attachments.ts', '../content/migrated-links.ts', '../content/draft-links.ts'].map((path) =>
      fileURLToPath(new URL(path, import.meta.url)),
    ),
    ['satteri', '@astrojs/markdown-satteri', 'prismjs'],
  );

/** The manifest of Astro's incremental build in its cache folder: there after a build that kept one. */
const INCREMENTAL_MANIFEST = 'incremental-build.json';

/** Where in its cache folder Astro's incremental build keeps the pages of the last build. */
const INCREMENTAL_OUTPUT = 'dist/';

/** Beside it, what Milepost noted of them (src/integration/cached-pages.ts). */
const CACHED_PAGES_NOTE = 'cached-pages.json';

/** Pages rendered or copied from the cache at once in a rebuild (astro:build:start). */
const REBUILD_CONCURRENCY = 16;

type RolldownLogHandler = NonNullable<NonNullable<NonNullable<NonNullable<AstroUserConfig['vite']>['build']>['rolldownOptions']>['onLog']>;

const quietAstroDirectives: RolldownLogHandler = (level, log, print) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
  print(level, log);
};

/**
 * What `_headers` marks noindex: the customer workspaces and the team's pages, and under
 * MILEPOST_CUSTOMER the home page, which is that customer's workspace.
 */
const unlistedHeaderPaths = (base: string) => [
  ...UNLISTED_FOLDERS.map((folder) => `${base.replace(/\/$/, '')}${folder}*`),
  ...(resolveSingleCustomer() !== undefined ? [base, `${base.replace(/\/$/, '')}/index.html`] : []),
];

export default function milepost(): AstroIntegration {
  let finalOutDir = '';
  let stagedDir = '';
  let site: string | undefined;
  let base = '/';
  /** The image files of this build's Markdown articles. */
  let markdownImages: string[] = [];
  /** The files the published articles link to (src/site/attachments.ts), also those of pages copied from the cache. */
  let attachments: string[] = [];
  let earlyPlacing: Promise<number> | undefined;
  /** Where the build cache keeps the last search index (src/integration/search-cache.ts). */
  let searchCache: string | undefined;
  /** Where the build cache keeps what was read off each page of the last build (src/integration/page-facts.ts). */
  let pageFacts: string | undefined;
  /** Where the build cache keeps the digests of the files this build read (src/lib/file-digest.ts). */
  let digestsFile: string | undefined;
  /** Where Astro's incremental build keeps the last build's pages, and what was noted of them. */
  let incrementalOutput: string | undefined;
  let cachedPagesNote: string | undefined;
  /** A rebuild's pages of the last build, linked into the staging folder (src/integration/cached-pages.ts). */
  let cachedPages: CachedPages | undefined;
  /** The addresses of the pages Astro rendered, rather than copied from its incremental build's cache. */
  const rendered = new Set<string>();
  /** The staged build's pages (its HTML files), listed once. */
  let stagedPages: string[] | undefined;
  // Astro's working files (.prerender/) are removed after the image step: not pages.
  const pagesOf = (built: string) =>
    (stagedPages ??= [...siteFiles(built)].filter((path) => path.endsWith('.html') && !path.startsWith('.')));
  /** Notes Astro's cached copies of this build's pages for the next build (CachedPages). */
  const noteCache = (built: string) => {
    if (incrementalOutput && cachedPagesNote) noteCachedPages(incrementalOutput, pagesOf(built), cachedPagesNote);
  };
  const publishPlan = async (built: string): Promise<PublishPlan> => {
    const pages = pagesOf(built);
    const search = searchManifest(loadContent(), pages, buildNow);
    const renderedPages = pages.filter((path) => rendered.has(addressOf(path, base)));
    return {
      staged: built,
      outDir: finalOutDir,
      base,
      pages,
      renderedPages,
      search,
      searchCache,
      pageFacts,
      unlisted: unlistedHeaderPaths(base),
    };
  };
  /** Whether this build starts from the cache of an earlier one (Astro's incremental build). */
  let rebuild = false;
  /** Astro's resolved config, from astro:config:done. */
  let resolvedConfig: AstroConfig | undefined;
  let planHandedOn = false;
  /**
   * Under `npm run build`, hands the publish plan to the parent (src/cli/build.ts), whose worker
   * starts reading the pages at once. Called when the pages are written, before Astro's image step.
   */
  const handOnPlan = async (built: string) => {
    // Handed on once: when the pages are written, or at the latest when the build is done.
    if (!publishesInParent() || planHandedOn) return;
    planHandedOn = true;
    await tellParent({ plan: await publishPlan(built) });
  };
  return {
    name: 'milepost',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger, injectRoute }) => {
        if (command === 'preview') return;
        const root = resolveRoot();
        resolveEdition(); // fails early on a misspelt MILEPOST_EDITION
        forgetValidation();
        // Under `npm run build` a small site's content was validated while Astro started.
        const result = (command === 'build' ? await validationFromParent() : undefined) ?? validateRoot(root);
        rememberValidation(result, command === 'dev');
        // Every error, and the first warnings: `npm run validate` lists them all.
        const report = `\n${formatText(result, process.stdout.isTTY === true, 20)}`;
        if (result.errors > 0) logger.error(report);
        else if (result.warnings > 0) logger.warn(report);
        else logger.info(summary(result));
        if (result.errors > 0 && command !== 'dev') {
          const hint = 'Fix the errors above, then build again. `npm run validate` lists every problem on its own.';
          // Astro would print a thrown error with its stack trace, which reads like a crash to an
          // editor: end with the summary and the hint instead (DEBUG=milepost keeps the trace).
          if (!wantsTraces(process.argv)) {
            logger.error(`Nothing was built; dist/ is unchanged.\n  hint: ${hint}`);
            process.exit(INVALID_CONTENT_EXIT);
          }
          throw new AstroError(`Milepost content is not valid: ${summary(result)}. Nothing was built; dist/ is unchanged.`, hint);
        }
        const single = resolveSingleCustomer();
        if (single) {
          try {
            forSingleCustomer(result.content, single);
          } catch (error) {
            throw new AstroError(
              (error as Error).message,
              'Set MILEPOST_CUSTOMER to the file name of a customer in customers/, without .yaml.',
            );
          }
        }
        // The team's portfolio exists in the team edition only: in the customer edition no route leads to it.
        if (resolveEdition() === 'team' && !single) {
          injectRoute({ pattern: '/team/customers', entrypoint: new URL('../team/portfolio.astro', import.meta.url) });
          injectRoute({ pattern: '/team/customers.csv', entrypoint: new URL('../team/portfolio.csv.ts', import.meta.url) });
        }
        // MILEPOST_SITE wins; otherwise the portal's URL comes from content/site.yaml.
        const site = config.site ?? result.content.site?.site;
        if (!config.site && site) updateConfig({ site });
        const cacheDir = scopedCacheDir(config.cacheDir, { root, edition: resolveEdition(), base: config.base, site });
        // Vite's dependency cache too, instead of node_modules/.vite: builds of other content
        // roots, other configs to Vite, no longer re-optimize it under each other, and CI keeps it.
        updateConfig({ cacheDir, vite: { cacheDir: fileURLToPath(new URL('vite/', cacheDir)) } });
        rebuild = command === 'build' && existsSync(new URL(INCREMENTAL_MANIFEST, cacheDir));
        const published = forEdition(result.content, resolveEdition());
        // Old article addresses (frontmatter aliases) become redirect pages.
        const redirects = articleRedirects(published);
        if (redirects.length > 0) updateConfig({ redirects: astroRedirects(redirects, config.base) });
        // Astro marks compiled MDX with a "use astro:head-inject" directive, and rolldown warns
        // about it once per MDX article: noise in the build log, not a problem in the content.
        updateConfig({ vite: { build: { rolldownOptions: { onLog: quietAstroDirectives } } } });
        // MDX articles from a Docusaurus site import its theme's components: Milepost's stand-ins.
        updateConfig({ vite: { resolve: { alias: compatAliases() } } });
        // What else an article imports and the portal does not have shows only the text inside its tags.
        updateConfig({ vite: { plugins: [mdxStandIns(join(root, KIND_LOCATIONS.article))] } });
        if (command === 'build') {
          finalOutDir = fileURLToPath(config.outDir);
          searchCache = fileURLToPath(new URL('search', cacheDir));
          pageFacts = fileURLToPath(new URL('page-facts.jsonl', cacheDir));
          incrementalOutput = fileURLToPath(new URL(INCREMENTAL_OUTPUT, cacheDir));
          cachedPagesNote = fileURLToPath(new URL(CACHED_PAGES_NOTE, cacheDir));
          // The parent's publish step gives Pagefind the last build's pages while Astro builds.
          if (publishesInParent()) void tellParent({ searchCache }).catch(() => undefined);
          const staging = stagingFolder(fileURLToPath(config.root));
          stagedDir = `${staging}/`;
          updateConfig({ outDir: pathToFileURL(`${staging}/`) });
          rememberImageSources(staging, config.base);
          // Files unchanged since the last build are not read again to know their digests.
          digestsFile = fileURLToPath(new URL('file-digests.json', cacheDir));
          rememberMarkdownPipeline(MARKDOWN_PIPELINE());
          recallDigests(digestsFile);
          // Articles' last-commit dates: only the commits since the last build are read.
          rememberGitDatesCache(fileURLToPath(new URL('git-dates.json', cacheDir)));
          // Article images start encoding now, beside Astro's work on the main thread; pages offer
          // those of Markdown articles themselves, MDX imports them through Astro's pipeline.
          const encodings = startImageEncodings(
            articleImageFiles(root, published.articles),
            encoderSettings(config.image.service.config),
            fileURLToPath(new URL('images/', cacheDir)),
          );
          startOfferedImages(encodings, { assets: config.build.assets, base: config.base });
          markdownImages = articleImageFiles(
            root,
            published.articles.filter((article) => !article.file.endsWith('.mdx')),
          );
          attachments = [...published.articles, ...published.kbFolders].flatMap((entry) =>
            entry.attachments.map((file) => join(root, file)),
          );
        }
      },
      'astro:build:setup': () => {
        // Astro has emptied the staging folder and bundles next: a rebuild's article images are
        // placed meanwhile; the rest, and any that failed here, once the pages are written.
        earlyPlacing ??= offeredImages()
          ?.placeCached(stagedDir, markdownImages)
          .catch(() => 0);
        // And the last build's pages are linked in, for Astro to find in place rather than copy
        // from its cache a file at a time: help-center rebuilds after one article edit, medians
        // 2.90 against 2.76 s (twelve interleaved pairs).
        if (rebuild && incrementalOutput && cachedPagesNote)
          cachedPages ??= new CachedPages(incrementalOutput, stagedDir, cachedPagesNote, base);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // A rebuild copies most pages from the cache of Astro's incremental build, each a few file
        // operations through libuv's thread pool, as many at once as pages are rendered (four,
        // astro.config.mjs): sixteen at once made a 1,000-page no-op rebuild 3.58 s instead of
        // 4.10 s and a help center's one-article rebuild 2.50 s instead of 2.60 s (means of builds
        // in ABBA order). A cold build keeps four: sixteen added 50–90 MB to Astro's peak at 10,000
        // pages. Set here, after the content sync: the content layer keeps a digest of Astro's
        // config and drops its whole store when it changes, which a concurrency set in
        // astro:config:setup did between every cold build and the rebuild after.
        // (An Astro that froze its resolved config would keep its own setting.)
        if (rebuild && resolvedConfig && !Object.isFrozen(resolvedConfig.build)) resolvedConfig.build.concurrency = REBUILD_CONCURRENCY;
        // Astro's own prerenderer, told when every page is written: Astro's image step comes next,
        // and the parent can read the pages for links and search meanwhile. Its teardown also
        // runs when rendering failed; then Astro exits with an error and the parent publishes nothing.
        // It also notes which pages Astro renders rather than copies: the search index takes them first.
        // The last build's pages linked in (build:setup) are settled before any page is generated,
        // and one Astro renders again is unlinked before Astro writes it.
        setPrerenderer((astros) =>
          Object.assign(Object.create(astros) as typeof astros, {
            async getStaticPaths() {
              const paths = await astros.getStaticPaths();
              cachedPages?.settle(paths.map((path) => path.pathname));
              return paths;
            },
            render(request: Request, options: Parameters<typeof astros.render>[1]) {
              const address = decodeURI(new URL(request.url).pathname);
              rendered.add(address);
              cachedPages?.beforeRender(address);
              return astros.render(request, options);
            },
            async teardown() {
              await astros.teardown?.();
              await handOnPlan(stagedDir);
            },
          }),
        );
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        watchContent({ server, logger, refreshContent, root: resolveRoot() });
        serveAttachments(server, base);
      },
      'astro:config:done': ({ config }) => {
        resolvedConfig = config;
        site = config.site;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger, pages }) => {
        const built = fileURLToPath(dir);
        // Every Markdown article's images, also of pages copied from the incremental build's cache.
        await earlyPlacing;
        await offeredImages()?.place(built, markdownImages);
        const damaged = (await offeredImages()?.damaged()) ?? [];
        if (damaged.length > 0) {
          const root = resolveRoot();
          const [it, is] = damaged.length === 1 ? ['it', 'image is'] : ['them', 'images are'];
          logger.warn(
            `${damaged.length} article ${is} damaged (cut short, or no image at all); readers see what could be read of ${it}, or nothing:\n${damaged
              .map((file) => `  ${relative(root, file).split(sep).join('/')}`)
              .join('\n')}\n  hint: Export ${it} again from the old help center, or replace ${it}.`,
          );
        }
        await finishImageEncodings();
        await placeAttachments(built, [...attachments, ...linkedAttachments()]);
        if (digestsFile) keepDigests(digestsFile);
        // Under MILEPOST_CUSTOMER the home page is that customer's workspace: unlisted too.
        const homeIsWorkspace = resolveSingleCustomer() !== undefined;
        writeSitemap(
          built,
          pages.map((page) => page.pathname),
          site,
          base,
          (path) => isUnlistedPath(path) || (homeIsWorkspace && path === '/'),
        );
        writeRedirectsFile(built, articleRedirects(loadContent()), base);
        if (publishesInParent()) {
          await handOnPlan(built);
          handOn(built);
          logger.info('pages built; links, search index and dist/ follow in the parent process');
          // Only @astrojs/mdx comes after Milepost (astro.config.mjs), without a build:done hook: nothing writes after this.
          await tellParent({ outputComplete: true });
          noteCache(built);
          return;
        }
        noteCache(built);
        try {
          const published = await publishBuild(await publishPlan(built));
          if (published.missingAnchors) logger.warn(published.missingAnchors);
          if (published.unresolvedLinks) logger.warn(published.unresolvedLinks);
          logger.info(`${describeIndex(published)}; dist/ replaced`);
        } catch (error) {
          if (error instanceof BrokenLinksError) throw new AstroError(error.message, error.hint);
          throw error;
        }
      },
    },
  };
}
