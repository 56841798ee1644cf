// A page of a help center or docs site saved or exported whole, with its theme around the article
// (header, navigation, sidebars, feedback form, footer): what of it is the article, its title, its
// site's name and when it last changed (html-article.ts converts the article).

import { withoutContentsLists, withoutLanguageLinks, withoutLeadingMenus, withoutLinksOutOfArticle } from './page-chrome-links.ts';
import { MAKEINFO, texinfoTitle, withoutTexinfoNavigation } from './texinfo-page.ts';
import { WIKI_CONTENT, WIKI_TITLE, wikiUpdated, withoutWikiChrome } from './wiki-page.ts';

/** Whole pages (with `<html>` or `<body>`) are cut to their main content; fragments are the article. */
export const WHOLE_PAGE = /<(?:!doctype\s+html|html|body)[\s>]/i;
/**
 * The article of a whole page: the body a help center's theme puts it in (Zendesk's and
 * Freshdesk's `.article-body`, schema.org's `articleBody`, Help Scout's `#fullArticle`), else the
 * article of its main content (MkDocs Material, Docusaurus), else its main content (Sphinx's
 * `role="main"`; a MediaWiki page's parser output), else its article, else the column older sites and wikis name so (Confluence's
 * `#main-content`, `#content`, `#main`, Apache's manual's `#page-content`), else its body.
 */
const MAIN_CONTENT = [
  '.article-body',
  '[itemprop="articleBody"]',
  '#fullArticle',
  ...WIKI_CONTENT,
  'main article',
  '[role="main"] article',
  'main',
  '[role="main"]',
  'article',
  '#main-content',
  '#content',
  '#main',
  '#page-content',
];
/** Not a heading, paragraph or phrase that has the id a column has elsewhere (Apache's "Web Site Content" section, `<h2 id="content">`). */
const NOT_A_COLUMN = /^(?:h[1-6]|p|a|span|code|li|dt|dd|pre)$/i;
const holdsArticle = (element: Element | null | undefined): element is Element => !!element && !NOT_A_COLUMN.test(element.tagName);

/** What a whole page holds besides its article: scripts, navigation, the feedback form, the footer. */
const PAGE_CHROME = [
  'script, style, noscript, template, nav, form, button, input, select, textarea',
  '[role="navigation"], [role="search"], [role="banner"], [role="contentinfo"], [role="complementary"]',
  // Confluence's table of contents macro: the article's page lists its headings itself.
  '.toc-macro',
  // Notion's page icon and properties (a database's fields: tags, owner, status) above the title.
  'article.page > header .page-header-icon, article.page > header table.properties',
  // Notion's icon before a link to another page.
  '.link-to-page .icon',
  // mdBook's hidden lines of a code example (`# fn main() {`), which its pages show only on demand.
  'pre code .boring',
  // DocBook's pager above and below each page (arrows to the previous and next chapter), and the
  // table of contents of a chapter, which the portal draws itself ("On this page").
  'div.navheader, div.navfooter, div.toc',
  // Publican's (the Debian Administrator's Handbook): its pager above and below each page, and the
  // banner and logos of the product and documentation sites above it.
  'ul.docnav, body > div#banner, body > p#title',
].join(', ');
/**
 * A whole page cut to its article: the main content a theme marks, without the page's chrome and
 * landmarks, under the title its main content, else its `<title>`, gives; with the site's name and
 * the date the page says its article changed.
 */
export function articleOfPage(document: Document): { root: Element; siteName?: string; updated?: string } {
  const updated = pageUpdated(document);
  const root = MAIN_CONTENT.map((selector) => document.querySelector(selector)).find(holdsArticle) ?? document.body;
  withAttachments(root);
  for (const chrome of Array.from(root.querySelectorAll(PAGE_CHROME))) chrome.remove();
  withoutPageLandmarks(root);
  withoutTexinfoNavigation(root);
  withoutWikiChrome(root);
  withoutLanguageLinks(root);
  withoutLinksOutOfArticle(root);
  withoutContentsLists(root);
  if (root === document.body) withoutLeadingMenus(root);
  withManpageName(document, root);
  // Sphinx's "[source]" links (viewcode) lead to its highlighted copy of the code, `_modules/`, not to an article.
  for (const source of Array.from(root.querySelectorAll('.viewcode-link'))) (source.closest('a') ?? source).remove();
  // The heading of its article or main content, above the article's body (a site's logo may be an <h1> too);
  // else its <title>, without the help center's name ("Reset your password – Lumen Help").
  const inMain = root === document.body ? null : root.querySelector('h1');
  const heading = [
    inMain,
    document.querySelector(WIKI_TITLE),
    ...['main', '[role="main"]', 'article'].map((selector) => document.querySelector(`${selector} h1`)),
  ].find(Boolean);
  const page = titleOfPage(document);
  const title = textOf(heading) || page.title;
  const titleAboveSections = root === document.body && !!title && startsWithSection(root, title);
  if (titleAboveSections) drawnTitle(root, title)?.remove();
  if (title && (!root.querySelector('h1') || titleAboveSections)) {
    const heading = document.createElement('h1');
    const leading = leadingHeading(root, title);
    // mdBook's chapters start at <h2>: that heading is the title, not a section repeating it.
    if (leading) {
      // A numbered section's title, "15.2.1 Two-Dimensional Plots", is the title its page gives, without the number.
      heading.textContent = numbered(textOf(leading), title) ? title : textOf(leading);
      if (leading.id) heading.id = leading.id;
      // Its anchors too (Node's `<a class="legacy" id="crypto_crypto">`), which lead to the article's start.
      for (const anchor of Array.from(leading.querySelectorAll('a[id]:not([href])'))) heading.appendChild(anchor);
      leading.replaceWith(heading);
    } else {
      heading.textContent = title;
      root.insertBefore(heading, root.firstChild);
    }
  }
  if (DOCBOOK.test(generatorOf(document))) withoutSectionNumber(root.querySelector('h1'));
  return { root, ...(page.site ? { siteName: page.site } : {}), ...(updated ? { updated } : {}) };
}

/** An element's text as a reader sees it: its white space collapsed; "" for none. */
export const textOf = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * A page's <title> without the site's name: a help center's after the title ("Reset your password –
 * Lumen Help", "What is ownership? - The Rust Programming Language" where the page names its site
 * elsewhere too), a Confluence space's before it ("Support : Reset your password"; its overview page
 * "Support : Support"), the space named by the first step of the page's breadcrumbs.
 */
function titleOfPage(document: Document): { title?: string; site?: string } {
  const title = textOf(document.querySelector('title'));
  if (!title) return {};
  const manual = MAKEINFO.test(generatorOf(document)) ? texinfoTitle(title) : undefined;
  if (manual) return manual;
  const space = textOf(document.querySelector('#breadcrumbs > li:first-child'));
  if (space && title.startsWith(`${space} : `) && title.length > space.length + 3)
    return { title: title.slice(space.length + 3), site: space };
  const overview = /^(.+) : \1$/.exec(title);
  if (overview) return { title: overview[1]! };
  const separated = /^(.*?\S)\s+[|–—]\s+([^|–—]+)$/.exec(title);
  const [withoutSite, site] = separated ? [separated[1]!, separated[2]!.trim()] : [title, undefined];
  // "What is ownership? - The Rust Programming Language" (mdBook, MkDocs): a hyphen is a site's
  // separator only where the page names the site elsewhere too, not in "Step 1 - Install".
  const hyphen = /^(.*\S)\s+-\s+(.+)$/.exec(withoutSite);
  if (hyphen && namesTheSite(document, hyphen[2]!)) return { title: hyphen[1]!, site: hyphen[2]! };
  return { title: withoutSite, ...(site ? { site } : {}) };
}

/** Where a page names its site: its metadata, and its header's or sidebar's title or logo. */
const SITE_NAMES = [
  'meta[property="og:site_name"]',
  'meta[name="application-name"]',
  'header [class*="title"]',
  '[class*="menu-title"]',
  '[class*="site-title"]',
  '[class*="site-name"]',
  '[class*="logo"]',
  '[class*="brand"]',
].join(', ');

function namesTheSite(document: Document, name: string): boolean {
  return Array.from(document.querySelectorAll(SITE_NAMES)).some(
    (element) => (element.tagName === 'META' ? element.getAttribute('content')?.trim() : textOf(element)) === name,
  );
}

/**
 * When a whole page says its article last changed, for its "Last updated" and the feed, where the
 * files' history cannot say (an export is one commit): its modified time for Open Graph or
 * schema.org, else the time on a help-center theme's article line (Zendesk's `.article-meta`).
 */
function pageUpdated(document: Document): string | undefined {
  const modified = document.querySelector('[itemprop="dateModified"]');
  const written = [
    document.querySelector('meta[property="article:modified_time"]')?.getAttribute('content'),
    modified?.getAttribute('content') ?? modified?.getAttribute('datetime'),
    document.querySelector('.article-meta time[datetime], .article-updated time[datetime]')?.getAttribute('datetime'),
  ];
  for (const value of written) {
    const date = value ? new Date(value.trim()) : undefined;
    if (date && !Number.isNaN(date.getTime())) return date.toISOString();
  }
  return wikiUpdated(document);
}

/**
 * The files attached to a help-center article, which its theme lists after the body rather than in
 * it (Zendesk's `.article-attachments`: "password-policy.pdf 52 KB"): kept, after the body.
 */
function withAttachments(body: Element): void {
  if (!body.matches('.article-body')) return;
  const attachments = body.ownerDocument.querySelector('.article-attachments');
  if (!attachments || body.contains(attachments) || !attachments.querySelector('a[href]')) return;
  // Each file's size, on its line: "password-policy.pdf (52 KB)".
  for (const meta of Array.from(attachments.querySelectorAll('.attachment-meta'))) {
    const size = textOf(meta);
    meta.replaceWith(...(size ? [body.ownerDocument.createTextNode(` (${size})`)] : []));
  }
  body.appendChild(attachments);
}

/** A section's number before its title: "15.2.1", "A.3", "B.", "Appendix C". */
const SECTION_NUMBER = /^(?:(?:Appendix|Chapter)\s+)?(?:\d+|[A-Z])(?:\.\d+)*\.?\s+/;
const sameTitle = (text: string, title: string) => text.toLocaleLowerCase() === title.toLocaleLowerCase();
/** Whether `text` is `title` after a section's number. */
const numbered = (text: string, title: string) => SECTION_NUMBER.test(text) && sameTitle(text.replace(SECTION_NUMBER, ''), title);

/**
 * Whether the page's first <h1> is a numbered section's heading ("1. Overview", on many of
 * SQLite's pages) where its <title> names the page ("SELECT"): the title is the page's, the
 * heading its first section's.
 */
function startsWithSection(root: Element, title: string): boolean {
  const first = textOf(root.querySelector('h1'));
  return first !== '' && !SECTION_NUMBER.test(title) && SECTION_NUMBER.test(first) && !numbered(first, title);
}

/** The page's title drawn as a plain block above its first heading (SQLite's `.fancy_title`). */
function drawnTitle(root: Element, title: string): Element | undefined {
  const heading = root.querySelector('h1');
  if (!heading) return undefined;
  return Array.from(root.querySelectorAll('div, p')).find(
    (block) => sameTitle(textOf(block), title) && (block.compareDocumentPosition(heading) & DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
}

/** `Node.DOCUMENT_POSITION_FOLLOWING`: the DOM's constant, which the converter's document has no global for. */
const DOCUMENT_POSITION_FOLLOWING = 4;

/** The heading (h2–h6) a page's main content starts with, if it says `title` (in any case), or `title` after its section's number. */
function leadingHeading(root: Element, title: string): Element | undefined {
  const first = root.querySelector('h2, h3, h4, h5, h6, p, ul, ol, dl, pre, table, blockquote, figure, img');
  if (!first || !/^H[2-6]$/.test(first.tagName)) return undefined;
  const text = textOf(first);
  return sameTitle(text, title) || numbered(text, title) ? first : undefined;
}

/** The tool a page says made it, `<meta name="generator">` in any case (makeinfo writes "Generator"). */
const generatorOf = (document: Document) => document.querySelector('meta[name="generator" i]')?.getAttribute('content') ?? '';

/** The generator of a page DocBook's XSL stylesheets made (GIMP's help, PostgreSQL's documentation, Git's user manual). */
const DOCBOOK = /\bDocBook XSL\b/i;

/** DocBook's number before a title, its dot written: "6.22. ", "Chapter 6. ", "Appendix A. ". */
const DOCBOOK_NUMBER = /^\s*(?:(?:Chapter|Appendix)\s+)?(?:\d+|[A-Z])(?:\.\d+)*\.\s+/;

/**
 * A DocBook page's title without its section's number ("6.22. Crop Image" is "Crop Image" in the
 * portal's lists, breadcrumbs and search results): the book's reading order (reading-order.ts)
 * places the page, as the number did. Only the title's first text changes; its anchors stay.
 */
function withoutSectionNumber(title: Element | null): void {
  const first = (node: Node): Text | undefined => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3 && child.textContent?.trim()) return child as Text;
      const inside = child.nodeType === 1 ? first(child) : undefined;
      if (inside) return inside;
    }
    return undefined;
  };
  const text = title ? first(title) : undefined;
  const rest = text?.data.replace(DOCBOOK_NUMBER, '');
  if (text && rest !== text.data && rest?.trim()) text.data = rest;
}

/**
 * A manual page made by AsciiDoc or Asciidoctor (Git's 170 command pages, every Antora manpage)
 * writes its NAME section, the one line that says what the command does ("git-add - Add file
 * contents to the index"), in the page's header beside the title, outside its content: it opens
 * the article.
 */
function withManpageName(document: Document, root: Element): void {
  if (!document.body?.classList.contains('manpage')) return;
  const name = document.querySelector('#header > .sectionbody');
  if (!name || root.contains(name) || !textOf(name)) return;
  root.insertBefore(name, root.firstChild);
}

/** Where a header, footer or aside is the article's own, not the page's (HTML's banner, content info and complementary landmarks). */
const SECTIONING = 'article, aside, main, nav, section, [role="main"]';

/**
 * Leaves out the page's banner, footer and side columns that a page without a main element or
 * role writes as `<header>`, `<footer>` and `<aside>` of its body (LibreOffice's help: its logo,
 * and its contents and index beside every page): HTML gives them the roles PAGE_CHROME leaves
 * out when written. One that holds the page's title stays.
 */
function withoutPageLandmarks(root: Element): void {
  for (const landmark of Array.from(root.querySelectorAll('header, footer, aside')))
    if (landmark.isConnected && !landmark.parentElement?.closest(SECTIONING) && !landmark.querySelector('h1')) landmark.remove();
}
