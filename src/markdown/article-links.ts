// Links between articles written as relative file paths ("../Single%20sign-on/scim.md#setup",
// "../guides/install", "../Billing/index.md"), as a help-center export has them, rewritten to the
// portal URL of the article or folder; links to other files beside it to where the build
// publishes them (src/site/attachments.ts); links to the old help center, and ReadMe's "doc:slug"
// links, rewritten to the migrated article; outside links get rel="noopener noreferrer".
import { statSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastVisitorContext, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';
import { startText } from '../content/file-reads.ts';
import { kbFiles } from '../content/kb-files.ts';
import { tryDecode } from '../lib/escape.ts';
import { deadAddress } from '../lib/link-schemes.ts';
import { folderPathId, kbPageId, kbRootOf, sitePageLink } from '../lib/kb-paths.ts';
import { ARTICLE_EXTENSION } from '../lib/slugs.ts';
import { attachmentPath, noteAttachment } from '../site/attachments.ts';
import { withoutDeadAddresses } from './dead-addresses.ts';
import { readmeLink } from './readme-links.ts';
import { relativeTarget } from './relative-links.ts';
import { docsRootPage } from './root-links.ts';
import { WIKI_SCHEME, wikiPage } from './wiki-links.ts';

/** The portal path (from the base) of a relative link inside the article at `filePath`, or undefined. */
export function articleHref(filePath: string, href: string, base: string): string | undefined {
  // A query ("exports.md?tab=curl#formats", an old site's tab) has no meaning for the portal's page.
  const match = /^([^?#]+?)(?:\?[^#]*)?(#.*)?$/.exec(href);
  if (!match || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/')) return undefined;
  const located = kbRootOf(filePath);
  const path = tryDecode(match[1]!);
  if (!located || path === undefined) return undefined;
  const { file, kbRoot } = located;
  const from = file.slice(kbRoot.length);
  const { exists, isFolder } = kbFiles(kbRoot);
  const target = relativeTarget(from, path, exists, isFolder);
  if ('folder' in target) return portalPath(base, target.folder, match[2]);
  // The page of the file linked (a folder's, for its index file, though linked without its extension).
  return 'article' in target ? portalPath(base, kbPageId(target.path), match[2]) : undefined;
}

/** The page of a link from the root of docs copied into content/kb (root-links.ts), else undefined. */
function docsRootHref(filePath: string, href: string, base: string): string | undefined {
  const match = /^([^?#]+?)(?:\?[^#]*)?(#.*)?$/.exec(href);
  const located = kbRootOf(filePath);
  const path = match ? tryDecode(match[1]!) : undefined;
  if (!match || !located || path === undefined) return undefined;
  const { file, kbRoot } = located;
  const { exists, isFolder } = kbFiles(kbRoot);
  const page = docsRootPage(file.slice(kbRoot.length), path, exists, isFolder);
  if (page === undefined) return undefined;
  return portalPath(base, page.endsWith('/') ? folderPathId(page) : kbPageId(page), match[2]);
}

/**
 * Whether a relative link inside the article at `filePath` leads to its exported site's own search
 * page (the portal's /search/ replaces it) or index of terms (shown as its text), else undefined.
 */
export function sitePageHref(filePath: string, href: string): 'search' | 'index' | undefined {
  const located = kbRootOf(filePath);
  const path = /^[a-z][a-z0-9+.-]*:|^\//i.test(href) ? undefined : tryDecode(href.replace(/[?#].*$/, ''));
  if (!located || !path) return undefined;
  const target = posix.normalize(posix.join(posix.dirname(located.file.slice(located.kbRoot.length)), path));
  return sitePageLink(target, kbFiles(located.kbRoot).exists, (kbPath) => startText(located.kbRoot + kbPath));
}

const portalPath = (base: string, id: string, anchor: string | undefined) => `${base.replace(/\/?$/, '/')}kb/${id ? `${id}/` : ''}${anchor ?? ''}`;

/**
 * The portal address of a file beside the article that `href` links to (a download: PDF, CSV, a
 * full-size image), which the build publishes at its attachmentPath; undefined for anything else.
 */
export function attachmentHref(filePath: string, href: string, base: string): string | undefined {
  const match = /^([^?#]+)(?:\?[^#]*)?(#.*)?$/.exec(href);
  if (!match || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/') || ARTICLE_EXTENSION.test(match[1]!)) return undefined;
  const located = kbRootOf(filePath);
  const path = tryDecode(match[1]!);
  if (!located || path === undefined) return undefined;
  const target = posix.normalize(posix.join(posix.dirname(located.file), path));
  // Inside the knowledge base only, as the validator checks them.
  if (!target.startsWith(located.kbRoot) || !statSync(target, { throwIfNoEntry: false })?.isFile()) return undefined;
  noteAttachment(target);
  return `${base.replace(/\/?$/, '/')}${attachmentPath(target)}${match[2] ?? ''}`;
}

export interface ArticleLinkOptions {
  /** Where a link to the old help center goes now ("/kb/…/"), or undefined to leave it. */
  migratedHref?: ((href: string) => string | undefined) | undefined;
  /** Whether the knowledge-base page at a path ("/kb/…/", no anchor) is left out of this edition: a draft. */
  unpublishedPage?: ((path: string) => boolean) | undefined;
}

const RAW_HREF = /(\b(href|src)\s*=\s*)(["'])(.*?)\3/gi;
/** Where GitBook points a link whose page was gone when it exported the space. */
export const GITBOOK_BROKEN_REFERENCE = 'broken-reference';

export function articleLinks(base: string, { migratedHref, unpublishedPage }: ArticleLinkOptions = {}) {
  const prefix = base.replace(/\/?$/, '/');
  /** A link to an article or folder this edition leaves out (a draft): shown as its text. */
  const unpublished = (portalHref: string) => {
    if (!unpublishedPage || !portalHref.startsWith(`${prefix}kb/`)) return false;
    const path = tryDecode(`/${portalHref.slice(prefix.length).replace(/[?#].*/, '')}`);
    return path !== undefined && unpublishedPage(path.replace(/\/?$/, '/'));
  };
  /**
   * The new href of a link as written, undefined to leave it, or null for no link, its text only:
   * a link to the exported site's index of terms (genindex.html), which the portal has not.
   */
  const rewrite = (href: string, fileURL: URL | undefined): string | null | undefined => {
    // A wiki's [[Page Name]] (wiki-links.ts): the page of that name, from the article's folder up.
    if (href.startsWith(WIKI_SCHEME)) {
      const located = fileURL && kbRootOf(fileURLToPath(fileURL));
      const page = located && wikiPage(located.file.slice(located.kbRoot.length), href, kbFiles(located.kbRoot).exists);
      if (!page) return undefined;
      return portalPath(base, kbPageId(page), /#.*$/.exec(href)?.[0]);
    }
    if (/^(?:https?|doc):|^\/(?!\/)/i.test(href)) {
      const migrated = migratedHref?.(href);
      if (migrated) return prefix + migrated.replace(/^\//, '');
      // A link from the root of docs copied into content/kb ("/commands/npm-install" in npm's): its page.
      const docsPage = href.startsWith('/') && fileURL ? docsRootHref(fileURLToPath(fileURL), href, base) : undefined;
      if (docsPage) return docsPage;
      // A link from the portal's root ("/kb/…", a file of public/) gets the base path, as in YAML Markdown.
      if (href.startsWith('/')) return prefix === '/' ? undefined : prefix + href.slice(1);
    }
    if (!fileURL) return undefined;
    const filePath = fileURLToPath(fileURL);
    const sitePage = sitePageHref(filePath, href);
    if (sitePage) return sitePage === 'search' ? `${prefix}search/` : null;
    return articleHref(filePath, href, base) ?? attachmentHref(filePath, href, base);
  };
  function jsxLink(node: Readonly<MdxJsxTextElementHast | MdxJsxFlowElementHast>, ctx: HastVisitorContext) {
    const index = node.attributes.findIndex((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href');
    const href = node.attributes[index]?.value;
    // An expression (href={…}) is the article's own code.
    if (typeof href !== 'string') return;
    const rewritten = rewrite(href, ctx.fileURL);
    if (rewritten === null || unpublished(rewritten ?? href)) return void ctx.replaceNode(node, node.children as never);
    if (!rewritten) return;
    const attributes = node.attributes.map((attribute, at) => (at === index ? { ...attribute, value: rewritten } : attribute));
    ctx.replaceNode(node, { ...node, attributes } as never);
  }

  return defineHastPlugin({
    name: 'milepost-article-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        if (node.tagName === 'img') {
          const src = node.properties?.src;
          // A file on the author's computer, a script: the image's description instead.
          if (typeof src === 'string' && deadAddress(src, true)) {
            const alt = String(node.properties?.alt ?? '');
            return void ctx.replaceNode(node, (alt ? [{ type: 'text', value: alt }] : []) as never);
          }
          // An image from the portal's root (a file of public/) gets the base path too.
          if (prefix !== '/' && typeof src === 'string' && /^\/(?!\/)/.test(src)) ctx.setProperty(node, 'src', prefix + src.slice(1));
          return;
        }
        const href = String(node.properties?.href ?? '');
        // A link to nowhere is its text (the validator warns about it): GitBook's to a page that was
        // gone, ReadMe's to its API reference, blog or changelog, which the portal does not have.
        // So is a link to a script, to a file on the author's computer or to a blank page.
        if (href === GITBOOK_BROKEN_REFERENCE || deadAddress(href)) return void ctx.replaceNode(node, node.children as never);
        const rewritten = rewrite(href, ctx.fileURL);
        // So is a link to a draft, in the customer edition, and a wiki link to no page.
        if (rewritten === null || (!rewritten && (readmeLink(href) || href.startsWith(WIKI_SCHEME))) || unpublished(rewritten ?? href))
          return void ctx.replaceNode(node, node.children as never);
        if (rewritten) ctx.setProperty(node, 'href', rewritten);
        else if (/^https?:/i.test(href)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
      },
    },
    // An MDX article's own <a> elements: the same links, rewritten as its Markdown links are.
    mdxJsxTextElement: { filter: ['a'], visit: (node, ctx) => jsxLink(node, ctx) },
    mdxJsxFlowElement: { filter: ['a'], visit: (node, ctx) => jsxLink(node, ctx) },
    // Exports keep tables and notes as raw HTML: their links between articles are rewritten too.
    raw(node, ctx) {
      if (!/href|src/i.test(node.value)) return;
      const value = withoutDeadAddresses(node.value).replace(RAW_HREF, (whole, start: string, attribute: string, quote: string, href: string) => {
        // Of an image's address only the base path is added (raw-images.ts makes local ones Markdown images).
        if (attribute.toLowerCase() === 'src' && !(prefix !== '/' && /^\/(?!\/)/.test(href))) return whole;
        const rewritten = attribute.toLowerCase() === 'src' ? prefix + href.slice(1) : rewrite(href.replace(/&amp;/g, '&'), ctx.fileURL);
        // A link to a draft without its address is no link: its text.
        if (attribute.toLowerCase() === 'href' && (rewritten === null || unpublished(rewritten ?? href))) return '';
        return rewritten
          ? `${start}${quote}${rewritten.replace(/&/g, '&amp;').replace(new RegExp(quote, 'g'), encodeURIComponent(quote))}${quote}`
          : whole;
      });
      if (value !== node.value) ctx.replaceNode(node, { type: 'raw', value });
    },
  });
}
