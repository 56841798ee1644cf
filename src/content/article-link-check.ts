// Links and images in articles, checked where they are written, before anything is built: a
// link to a page or file that does not exist is an error, a link to a missing anchor on a page
// that exists a warning (the page still opens; an error with --strict), each with the closest
// existing page or anchor as the hint. MDX's imports too (mdx-imports.ts).
import { statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { tryDecode } from '../lib/escape.ts';
import { kbFiles } from './kb-files.ts';
import { deadAddress, INLINE_IMAGE } from '../lib/link-schemes.ts';
import { sitePageLink } from '../lib/kb-paths.ts';
import { relativeTarget } from '../markdown/relative-links.ts';
import { docsRootPage } from '../markdown/root-links.ts';
import { WIKI_SCHEME, wikiPage } from '../markdown/wiki-links.ts';
import { hasAllowedScheme } from '../schemas/common.ts';
import type { ArticleOutline } from './article-outline.ts';
import type { ArticleEntry } from './content-index.ts';
import { deadAddressProblem } from './dead-addresses.ts';
import { startText } from './file-reads.ts';
import { closest } from './did-you-mean.ts';
import { translationsBeside } from './rules/translations.ts';
import { lineAndColumn, type Diagnostic } from './diagnostics.ts';
import { GITBOOK_BROKEN_REFERENCE } from '../markdown/article-links.ts';
import { baseFolder, htmlOffset } from '../markdown/html-positions.ts';
import { README_ELSEWHERE, readmeLink } from '../markdown/readme-links.ts';
import { checkMdxComponents } from './mdx-components.ts';
import { checkMdxImports } from './mdx-imports.ts';
import type { OldHelpCenter } from './old-help-center.ts';
import type { ReadmePages } from './readme-pages.ts';
import { anchorProblem, type PageAnchors, type PortalPages } from './portal-pages.ts';

export interface LinkTargets {
  articles: ReadonlyMap<string, ArticleEntry>;
  pages: PortalPages;
  oldHelpCenter: OldHelpCenter | undefined;
  /** The articles ReadMe's "doc:slug" links lead to. */
  readmePages: ReadmePages;
  strict: boolean;
}

/** An article, or a folder's introduction (whose links are read for its files only, see references-and-links.ts). */
interface LinkingArticle extends Pick<ArticleEntry, 'file' | 'kbPath' | 'body' | 'bodyOrigins' | 'data'> {
  absolute: string;
  text: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * `introduction`: the article is a folder's introduction, whose link to a file that does not exist
 * is a warning: the page keeps it as written, which the build's check of its pages warns about
 * (links between pages it rewrites to their addresses, and fails on where they lead nowhere).
 */
export function checkArticleLinks(article: LinkingArticle, outline: ArticleOutline, targets: LinkTargets, { introduction = false } = {}) {
  const diagnostics: Diagnostic[] = [];
  const linked: string[] = [];
  const files: string[] = [];
  const attachments: string[] = [];
  const drafts: string[] = [];
  const bodyOffset = article.text.length - article.body.length;
  const { bodyOrigins } = article;
  // An HTML page's addresses are checked from the page, and named as it writes them, from its <base> (html-article.ts).
  const base = bodyOrigins ? baseFolder(article.text) : '';
  const fileOffset = (offset: number) =>
    bodyOrigins ? htmlOffset(article.text, article.body, bodyOrigins, offset, base) : bodyOffset + offset;
  const at = (offset: number) => ({ file: article.file, ...lineAndColumn(article.text, fileOffset(offset)) });
  const anchorSeverity = targets.strict ? ('error' as const) : ('warning' as const);
  const kbRoot = article.absolute.slice(0, article.absolute.length - article.kbPath.length);
  const { exists: kbFileExists, isFolder: isKbFolder } = kbFiles(kbRoot);

  if (outline.problem)
    diagnostics.push({
      ...at(outline.problem.offset),
      severity: 'error',
      rule: 'mdx-syntax',
      message: `The MDX could not be read: ${outline.problem.message}`,
    });
  for (const { offset, ...problem } of outline.leftOut)
    diagnostics.push({ ...at(offset), severity: 'warning', rule: 'readme-block', ...problem });
  for (const { offset, ...problem } of checkMdxImports(article.absolute, outline.esm))
    diagnostics.push({ ...at(offset), rule: 'mdx-import', ...problem });
  for (const { offset, ...problem } of checkMdxComponents(outline)) diagnostics.push({ ...at(offset), rule: 'mdx-component', ...problem });

  for (const { tag, offset } of outline.droppedHtml)
    diagnostics.push({
      ...at(offset),
      severity: 'warning',
      rule: 'raw-html',
      message: `This <${tag}> is left out of the page: ${['meta', 'base', 'link'].includes(tag) ? 'an article cannot change the page’s head' : 'the portal does not run scripts, style sheets or plug-ins from articles'}`,
      hint:
        tag === 'script'
          ? 'Remove it. For a video, link to it or embed it from YouTube or Vimeo; for a form or survey, link to it.'
          : 'Remove it, and write what it did in Markdown if readers need it.',
    });

  /** A link to another article: to a draft, it is text in the customer edition until the draft is published. */
  function linkToArticle(other: ArticleEntry, url: string, offset: number) {
    linked.push(`kb:${other.id}`);
    if (other.data.draft && !article.data.draft) {
      drafts.push(other.id);
      diagnostics.push({
        ...at(offset),
        severity: 'warning',
        rule: 'reference-to-draft',
        message: `The link "${url}" points at a draft: customers see its text, not a link, until the draft is published`,
        hint: 'Publish the article (remove draft: true), or remove the link.',
      });
    }
  }

  for (const { url: written, offset, image } of outline.links) {
    const url = written.trim();
    const shown = base && url.startsWith(base) ? url.slice(base.length) : url;
    if (url === '' || url.startsWith('//')) continue;
    const [path = '', ...rest] = url.split('#');
    const anchor = rest.length > 0 ? tryDecode(rest.join('#')) : undefined;
    const missingAnchor = (anchors: PageAnchors | undefined, where: string) => {
      const problem = anchor === undefined ? undefined : anchorProblem(anchor, anchors);
      if (problem)
        diagnostics.push({
          ...at(offset),
          severity: anchorSeverity,
          rule: 'broken-anchor',
          message: `The link "${shown}" goes to ${where}, which has no anchor "#${anchor}"`,
          ...problem,
        });
    };
    // A wiki's [[Page Name]] (wiki-links.ts): the page of that name, or its text.
    if (url.startsWith(WIKI_SCHEME)) {
      const page = wikiPage(article.kbPath, url, kbFileExists);
      const target = page === undefined ? undefined : relativeTarget('', page, kbFileExists);
      const other = target && 'article' in target ? targets.articles.get(target.article) : undefined;
      if (other) {
        linkToArticle(other, shown, offset);
        missingAnchor({ ids: new Set(other.anchors) }, `"${other.data.title}"`);
      } else if (!target || !('folder' in target)) {
        diagnostics.push({
          ...at(offset),
          severity: 'warning',
          rule: 'broken-link',
          message: `The wiki link to "${tryDecode(url.slice(WIKI_SCHEME.length).split('#')[0]!, decodeURI) ?? url}" names no page here: readers see its text, not a link`,
          hint: 'Name a page of the wiki as its file is named (without .md), or remove the brackets.',
        });
      }
      continue;
    }
    const readme = readmeLink(url);
    if (readme?.kind === 'doc') {
      const id = targets.readmePages.article(readme.slug);
      const other = id === undefined ? undefined : targets.articles.get(id);
      if (other) {
        linkToArticle(other, shown, offset);
        missingAnchor({ ids: new Set(other.anchors) }, `"${other.data.title}"`);
      } else {
        const suggestion = closest(readme.slug, targets.readmePages.slugs());
        diagnostics.push({
          ...at(offset),
          severity: 'error',
          rule: 'broken-link',
          message: `The link "${shown}" goes to the ReadMe page "${readme.slug}", and no article here has that slug`,
          hint: suggestion
            ? `Did you mean doc:${suggestion}?`
            : `A doc: link names a page by its slug: the article's file name (${readme.slug}.md) or its frontmatter slug.`,
        });
      }
      continue;
    }
    if (readme) {
      diagnostics.push({
        ...at(offset),
        severity: 'warning',
        rule: 'broken-link',
        message: `The link "${shown}" goes to ${README_ELSEWHERE[readme.kind]} of the ReadMe project, which the portal does not have; readers see its text, not a link`,
        hint: 'Link the page where it is published now (https://…), or remove the link.',
      });
      continue;
    }
    // A script, a file on the author's computer, a blank page: the page shows the text instead.
    const dead = deadAddress(url, image);
    if (dead) {
      diagnostics.push({ ...at(offset), severity: 'warning', rule: 'url-scheme', ...deadAddressProblem(url, image, dead) });
      continue;
    }
    if (SCHEME.test(url)) {
      // A picture pasted into the old editor, kept in the page as data: an image, not a document.
      if (image && INLINE_IMAGE.test(url)) continue;
      if (!hasAllowedScheme(url)) {
        // An app's or an old protocol's address (slack://, ftp://) only may not open, and an export's link to one stays.
        // "http://<servername>/repo.git": a placeholder written as a link, not an address.
        const unreadable = !URL.canParse(url);
        diagnostics.push({
          ...at(offset),
          severity: 'warning',
          rule: 'url-scheme',
          message: unreadable
            ? `The link "${url.slice(0, 60)}" is not an address a browser can open`
            : `The link "${url.slice(0, 60)}" opens only where an app handles its scheme, not in every reader's browser`,
          hint: unreadable
            ? 'Write the placeholder as code (`http://<servername>/`), not as a link.'
            : 'Use https://, http://, mailto: or tel: links.',
        });
        continue;
      }
      const migrated = image ? undefined : targets.oldHelpCenter?.resolve(url);
      if (migrated === 'not-migrated') {
        diagnostics.push({
          ...at(offset),
          severity: 'warning',
          rule: 'old-help-center-link',
          message: `The link "${shown}" goes to the old help center, and no article here matches it`,
          hint: 'Name the migrated article’s file after the old id or slug, link to it directly, or remove the link.',
        });
      } else if (migrated?.id) linked.push(`kb:${migrated.id}`);
      continue;
    }
    const decoded = tryDecode(path.split('?')[0]!);
    if (decoded === undefined) {
      diagnostics.push({ ...at(offset), severity: 'error', rule: 'broken-link', message: `The link "${shown}" is not a valid address` });
      continue;
    }
    if (decoded === '') {
      missingAnchor({ ids: new Set(outline.anchors) }, 'this article');
      continue;
    }
    /** Follows a link to a path inside content/kb: an article, a folder's page, or a file beside the article. */
    const follow = (target: ReturnType<typeof relativeTarget>) => {
      if ('article' in target) {
        const other = targets.articles.get(target.article);
        // A page beside a folder of its name is that folder's introduction, at the folder's address;
        // an export's redirect stub forwards to its page.
        if (!other && targets.pages.lookup(`/kb/${target.article}/`).page !== 'missing') return;
        if (!other) {
          const suggestion = closest(target.article, targets.articles.keys());
          // Hugo's translations by file name ("slack-alerts.en.md" for a link to "slack-alerts.md").
          const translations = translationsBeside(kbRoot, target.path);
          diagnostics.push({
            ...at(offset),
            severity: 'error',
            rule: 'broken-link',
            message: `The link "${shown}" points at an article that does not exist`,
            // A page of a sibling book or site that was not copied ("../reference/influences.html" from Rust's book).
            hint:
              translations.length > 1
                ? `Its translations are beside it (${translations.join(', ')}): the portal is in one language; keep that language's file, named ${posix.basename(target.path)}.`
                : suggestion
                  ? `Did you mean the article kb:${suggestion}?`
                  : `No article is at content/kb/${target.path}: copy that page into content/kb too, or link to it where it is published (https://…).`,
          });
          return;
        }
        linkToArticle(other, shown, offset);
        missingAnchor({ ids: new Set(other.anchors) }, `"${other.data.title}"`);
      } else if ('folder' in target) {
        if (targets.pages.lookup(`/kb/${target.folder}${target.folder ? '/' : ''}`).page === 'missing') {
          diagnostics.push({
            ...at(offset),
            severity: 'error',
            rule: 'broken-link',
            message: `The link "${shown}" points at a folder without articles`,
          });
        }
      } else if (kbFileExists(target.file)) {
        files.push(`content/kb/${target.file}`);
        // A folder linked as a path ("../Billing/") is no download.
        if (!image && statSync(join(kbRoot, target.file)).isFile()) attachments.push(`content/kb/${target.file}`);
      } else {
        diagnostics.push({
          ...at(offset),
          severity: introduction ? 'warning' : 'error',
          rule: 'broken-link',
          message: `The file "${base && decoded.startsWith(base) ? decoded.slice(base.length) : decoded}" does not exist next to the article`,
          hint: `Looked for content/kb/${target.file}.`,
        });
      }
    };
    if (decoded.startsWith('/')) {
      // An image from the docs' own root, copied with them into content/kb (image-paths.ts).
      if (image && kbFileExists(decoded.slice(1))) continue;
      // A link from the old help center's root ("/hc/en-us/articles/360…", "/docs/intro").
      const migrated = image ? undefined : targets.oldHelpCenter?.resolve(url);
      if (migrated === 'not-migrated') {
        diagnostics.push({
          ...at(offset),
          severity: 'error',
          rule: 'old-help-center-link',
          message: `The link "${shown}" goes to a page of the old help center, and no article here matches it`,
          hint: 'Name the migrated article’s file after the old id or slug, link to it directly, or remove the link.',
        });
        continue;
      } else if (migrated) {
        if (migrated.id) linked.push(`kb:${migrated.id}`);
        continue;
      }
      const found = targets.pages.lookup(decoded);
      // A link from the root of docs copied into content/kb ("/commands/npm-install" in npm's).
      const docsPage = found.page === 'missing' && !image ? docsRootPage(article.kbPath, decoded, kbFileExists, isKbFolder) : undefined;
      if (docsPage !== undefined) {
        follow(relativeTarget('', docsPage, kbFileExists, isKbFolder));
        continue;
      }
      const draft =
        found.page === 'missing' && decoded.startsWith('/kb/') ? targets.articles.get(decoded.slice(4).replace(/\/$/, '')) : undefined;
      if (draft?.data.draft) {
        linkToArticle(draft, shown, offset);
        continue;
      }
      if (found.page === 'missing' && found.elsewhere && image) {
        // Readers see a broken image; the page still works, and exports often have a few.
        diagnostics.push({
          ...at(offset),
          severity: 'warning',
          rule: 'broken-link',
          message: `The image "${shown}" is not a file of the portal's public/ folder, so readers see a broken image`,
          hint: 'Copy the old site’s static files into public/ (a Docusaurus site keeps them in static/), or link the image beside the article.',
        });
      } else if (found.page === 'missing') {
        const suggestion = closest(decoded, targets.pages.paths());
        const oldSite = `/${decoded.split('/')[1]}/`;
        diagnostics.push({
          ...at(offset),
          severity: 'error',
          rule: 'broken-link',
          message: `The link "${shown}" goes to a page the portal does not have`,
          ...(found.elsewhere && !targets.oldHelpCenter
            ? {
                hint: `No article has that path from content/kb or from a folder above this one, as a link from the docs' own root would. If it is a page of the site the articles came from, set kb.importedFrom: ${oldSite} in content/site.yaml, and links under it go to the migrated articles; else link to a portal page or a file in public/.`,
              }
            : suggestion
              ? { hint: `Did you mean ${suggestion}?` }
              : {}),
        });
      } else if (found.page === 'found') {
        missingAnchor(found.anchors, decoded);
        if (decoded.startsWith('/kb/')) linked.push(`kb:${decoded.slice(4).replace(/\/$/, '')}`);
      }
      continue;
    }
    if (decoded === GITBOOK_BROKEN_REFERENCE) {
      diagnostics.push({
        ...at(offset),
        severity: 'warning',
        rule: 'broken-link',
        message: 'GitBook exported this link as "broken-reference": the page it led to was gone; readers see its text, not a link',
        hint: 'Link the article it should lead to, or remove the link.',
      });
      continue;
    }
    // The exported site's own search page is the portal's; its index of terms the portal has not.
    const sitePage = sitePageLink(posix.normalize(posix.join(posix.dirname(article.kbPath), decoded)), kbFileExists, (kbPath) =>
      startText(join(kbRoot, kbPath)),
    );
    if (sitePage === 'index')
      diagnostics.push({
        ...at(offset),
        severity: 'warning',
        rule: 'broken-link',
        message: `The link "${shown}" goes to a page the old site generated for itself (an index of terms, of modules, of pages), which the portal does not have: readers see its text`,
        hint: 'Remove the link: the portal lists its pages, and its search finds every term.',
      });
    if (sitePage) continue;
    follow(relativeTarget(article.kbPath, decoded, kbFileExists, isKbFolder));
  }
  return { diagnostics, linked, files, attachments, drafts };
}
