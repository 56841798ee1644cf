// Articles a help center exported as HTML (a Zendesk backup's `<id>.html`: an `<h1>` and the
// article's body; a page saved whole) read as Markdown, converted by turndown, so they get what a
// Markdown article gets: title, headings and contents, links between articles, images, callouts
// (html-callouts.ts). Definition lists, tables, frames and media stay HTML (the raw-HTML rules make
// them safe); every id links lead to stays (html-anchors.ts); each line of the Markdown knows where
// in the file it came from, so problems are reported there (html-positions.ts).
import { createDocument } from '@mixmark-io/domino';
import { createHash } from 'node:crypto';
import TurndownService from 'turndown';
import { ANCHOR_ID, HEADING_ID, keepAnchors, unlinkHeadings, withoutRepeatedIds } from './html-anchors.ts';
import { markCallouts } from './html-callouts.ts';
import { baseFolder, lineOrigins } from './html-positions.ts';

export interface HtmlArticle {
  markdown: string;
  /** For each line of `markdown`, the offset in the HTML of what it was made from. */
  lineOrigins: number[];
  /** The site the page belongs to, as its `<title>` names it after the page's own ("Welcome — Sphinx documentation"). */
  siteName?: string;
  /** When the page says its article last changed (pageUpdated), as an ISO date. */
  updated?: string;
}

/** Whole pages (with `<html>` or `<body>`) are cut to their main content; fragments are the article. */
const WHOLE_PAGE = /<(?:!doctype\s+html|html|body)[\s>]/i;
/**
 * The article of a whole page: the body a help center's theme puts it in (Zendesk's and
 * Freshdesk's `.article-body`, schema.org's `articleBody`, Help Scout's `#fullArticle`), else the
 * article of its main content (MkDocs Material, Docusaurus), else its main content (Sphinx's
 * `role="main"`), else its article, else the column older sites and wikis name so (Confluence's
 * `#main-content`, `#content`, `#main`), else its body.
 */
const MAIN_CONTENT = [
  '.article-body',
  '[itemprop="articleBody"]',
  '#fullArticle',
  'main article',
  '[role="main"] article',
  'main',
  '[role="main"]',
  'article',
  '#main-content',
  '#content',
  '#main',
];
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
/** Kept as HTML: Markdown has no definition lists, no tables with lists in their cells, nor frames or media. */
const KEPT_AS_HTML = ['dl', 'table', 'iframe', 'video', 'audio', 'script', 'style', 'object', 'embed'] as const;

const converter = makeConverter();

/**
 * Conversions of this process, by digest of the HTML: a build reads each article three times (to
 * validate it, to sync the content store, to render its page), and a conversion takes 1–8 ms.
 * Up to CONVERSIONS_KEPT articles; a larger site converts again rather than hold them all.
 */
const conversions = new Map<string, HtmlArticle>();
const CONVERSIONS_KEPT = 2_000;

export function htmlArticleMarkdown(html: string): HtmlArticle {
  const digest = createHash('sha1').update(html).digest('base64');
  let article = conversions.get(digest);
  if (!article) {
    if (conversions.size >= CONVERSIONS_KEPT) conversions.clear();
    article = convert(html);
    conversions.set(digest, article);
  }
  return article;
}

/** An element's text as a reader sees it: its white space collapsed; "" for none. */
const textOf = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * A page's <title> without the site's name: a help center's after the title ("Reset your password –
 * Lumen Help", "What is ownership? - The Rust Programming Language" where the page names its site
 * elsewhere too), a Confluence space's before it ("Support : Reset your password"; its overview page
 * "Support : Support"), the space named by the first step of the page's breadcrumbs.
 */
function titleOfPage(document: Document): { title?: string; site?: string } {
  const title = textOf(document.querySelector('title'));
  if (!title) return {};
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
 * A Confluence space's overview, its HTML export's index.html: a table of the space's details
 * (key, name, description, creator) and a tree of its pages, which the portal's folder page lists
 * itself. Its Markdown is the space's name and description, or undefined for any other page.
 */
function confluenceSpaceOverview(document: Document): string | undefined {
  const details = document.querySelector('#main-content.pageSection > table.confluenceTable');
  if (!details) return undefined;
  const rows = Array.from(details.querySelectorAll('tr'));
  const cell = (label: string) => textOf(rows.find((row) => textOf(row.querySelector('th')) === label)?.querySelector('td'));
  // The <title> says "KEY (Name)" where the table's labels are in another language.
  const name = cell('Name') || /^\S+ \((.+)\)$/.exec(document.querySelector('title')?.textContent?.trim() ?? '')?.[1];
  if (!name) return undefined;
  const description = cell('Description');
  return `# ${converter.escape(name)}\n${description ? `\n${converter.escape(description)}\n` : ''}`;
}

/**
 * An element written empty the XML way (`<a id="_intro"/>`, as DocBook's XHTML pages are): an HTML
 * parser takes the tag as an opening one, and the anchor swallows the heading and the text after it.
 * Void elements (`<br/>`, `<img/>`) are empty anyway.
 */
const SELF_CLOSED = /<((?!(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)\b)[a-z][\w:-]*)(\s[^<>]*?)?\s*\/>/gi;

function convert(html: string): HtmlArticle {
  const document = createDocument(html.replace(SELF_CLOSED, '<$1$2></$1>'));
  const overview = confluenceSpaceOverview(document);
  if (overview) return { markdown: overview, lineOrigins: lineOrigins(overview, html) };
  // A permalink's icon (MkDocs' theme: U+F0C1) would end the title and every heading as a blank box.
  unlinkHeadings(document.body);
  let root: Element = document.body;
  let siteName: string | undefined;
  let updated: string | undefined;
  if (WHOLE_PAGE.test(html)) {
    updated = pageUpdated(document);
    root = MAIN_CONTENT.map((selector) => document.querySelector(selector)).find(Boolean) ?? document.body;
    withAttachments(root);
    for (const chrome of Array.from(root.querySelectorAll(PAGE_CHROME))) chrome.remove();
    withoutPageLandmarks(root);
    // Sphinx's "[source]" links (viewcode) lead to its highlighted copy of the code, `_modules/`, not to an article.
    for (const source of Array.from(root.querySelectorAll('.viewcode-link'))) (source.closest('a') ?? source).remove();
    // The heading of its article or main content, above the article's body (a site's logo may be an <h1> too);
    // else its <title>, without the help center's name ("Reset your password – Lumen Help").
    const inMain = root === document.body ? null : root.querySelector('h1');
    const heading = [inMain, ...['main', '[role="main"]', 'article'].map((selector) => document.querySelector(`${selector} h1`))].find(
      Boolean,
    );
    const page = titleOfPage(document);
    siteName = page.site;
    const title = textOf(heading) || page.title;
    if (title && !root.querySelector('h1')) {
      const heading = document.createElement('h1');
      const leading = leadingHeading(root, title);
      // mdBook's chapters start at <h2>: that heading is the title, not a section repeating it.
      if (leading) {
        heading.textContent = textOf(leading);
        if (leading.id) heading.id = leading.id;
        // Its anchors too (Node's `<a class="legacy" id="crypto_crypto">`), which lead to the article's start.
        for (const anchor of Array.from(leading.querySelectorAll('a[id]:not([href])'))) heading.appendChild(anchor);
        leading.replaceWith(heading);
      } else {
        heading.textContent = title;
        root.insertBefore(heading, root.firstChild);
      }
    }
  }
  // Microdata (LibreOffice's help: `<meta itemprop="keywords">` before its paragraphs) and links to style sheets: nothing a reader sees.
  for (const head of Array.from(root.querySelectorAll('meta, link'))) head.remove();
  unwrapNotionToggles(root);
  withoutIconLinks(root);
  showAlternatives(root);
  trimAddresses(root);
  rebaseAddresses(root, baseFolder(html));
  withoutRepeatedIds(root);
  keepAnchors(root, KEPT_AS_HTML.join(', '));
  markCallouts(root);
  const markdown = converter.turndown(root as unknown as TurndownService.Node).trim() + '\n';
  return { markdown, lineOrigins: lineOrigins(markdown, html), ...(siteName ? { siteName } : {}), ...(updated ? { updated } : {}) };
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
  return undefined;
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

/** The heading (h2–h6) a page's main content starts with, if it says `title` (in any case). */
function leadingHeading(root: Element, title: string): Element | undefined {
  const first = root.querySelector('h2, h3, h4, h5, h6, p, ul, ol, dl, pre, table, blockquote, figure, img');
  const same = (text: string) => text.toLocaleLowerCase() === title.toLocaleLowerCase();
  return first && /^H[2-6]$/.test(first.tagName) && same(textOf(first)) ? first : undefined;
}

/**
 * A link with nothing to read or see in it is a theme's button drawn by an icon the page leaves
 * out (Material for MkDocs' "Edit this page" pencil, a share or social icon): in the article it
 * would be an empty link, invisible, which a screen reader announces with no name.
 */
function withoutIconLinks(root: Element): void {
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    if (textOf(link) || link.querySelector('img, picture, video, iframe')) continue;
    // Its id stays a place links lead to (keepAnchors).
    if (link.id) {
      const anchor = link.ownerDocument.createElement('a');
      anchor.id = link.id;
      link.replaceWith(anchor);
    } else link.remove();
  }
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

/**
 * Alternatives a page's script shows one of, all hidden until then (LibreOffice's help writes each
 * shortcut for macOS and for other systems: `<span hidden>Command+F9</span><span hidden>Ctrl+F9</span>`):
 * all shown, one after the other, where they would run together.
 */
function showAlternatives(root: Element): void {
  for (const hidden of Array.from(root.querySelectorAll('[hidden] + [hidden]'))) {
    const before = hidden.previousElementSibling!;
    if (before.nextSibling !== hidden) continue;
    before.removeAttribute('hidden');
    hidden.removeAttribute('hidden');
    before.after(' / ');
  }
}

/** A browser reads an address without the spaces around it (`href=" https://…"` in Python's docs), which Markdown would keep as `%20`. */
function trimAddresses(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('[href], [src]')))
    for (const name of ['href', 'src']) {
      const value = element.getAttribute(name);
      if (value !== null && value !== value.trim()) element.setAttribute(name, value.trim());
    }
}

/** An address a page's `<base>` leaves as it is: of a scheme (`https:`, `mailto:`, `data:`), from the root, or on the page itself. */
const NOT_REBASED = /^(?:[a-z][a-z0-9+.-]*:|\/|#|$)/i;

/**
 * A page with a `<base href>` writes its relative addresses from that folder (LibreOffice's help,
 * `<base href="../../../../">` and links to `en-US/text/…`): each is written from the page here,
 * the folder before it as it is, so the position code finds the address the page writes after it
 * (html-positions.ts). A link to an anchor stays on the page, as its author meant.
 */
function rebaseAddresses(root: Element, base: string): void {
  if (!base || base === './') return;
  for (const element of Array.from(root.querySelectorAll('[href], [src]')))
    for (const name of ['href', 'src']) {
      const value = element.getAttribute(name);
      if (value !== null && !NOT_REBASED.test(value)) element.setAttribute(name, base + value);
    }
}

/** Notion writes each toggle as a list of one item holding a dropdown: the dropdown, without the bullet. */
function unwrapNotionToggles(root: Element): void {
  for (const list of Array.from(root.querySelectorAll('ul.toggle'))) {
    for (const item of Array.from(list.children)) while (item.firstChild) list.parentNode!.insertBefore(item.firstChild, list);
    list.remove();
  }
}

function makeConverter(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
    hr: '---',
    // Kept HTML is a block of its own, with no blank line inside: that would end the block in
    // Markdown. An empty comment holds the line (in a <pre>, the blank line stays).
    keepReplacement: (_content, node) => `\n\n${serialized(node as Element).replace(/\n[ \t]*(?=\n)/g, '\n<!---->')}\n\n`,
  });
  // Text that reads as HTML in Markdown ("<script>" written about, "&amp;" shown) stays text.
  const escapeMarkdown = service.escape.bind(service);
  service.escape = (text) => escapeMarkdown(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  service.keep([...KEPT_AS_HTML]);
  service.addRule('callout', {
    filter: (node) => node.hasAttribute('data-callout'),
    replacement: (content, node) => {
      const title = (node as Element).getAttribute('data-callout-title');
      return `\n\n:::${(node as Element).getAttribute('data-callout')}${title ? `[${title.replace(/[[\]]/g, '\\$&')}]` : ''}\n${content.trim()}\n:::\n\n`;
    },
  });
  service.addRule('heading with id', {
    // An anchor other pages or the article's own contents link to (Zendesk's `id="h_01H…"`).
    // The title's <h1> has given its id up by now (html-anchors.ts), a section's <h1> has not.
    filter: (node) => /^H[1-6]$/.test(node.nodeName) && HEADING_ID.test(node.getAttribute('id') ?? ''),
    replacement: (content, node) =>
      `\n\n${'#'.repeat(Number(node.nodeName[1]))} ${content.trim()} {#${(node as Element).getAttribute('id')}}\n\n`,
  });
  service.addRule('named anchor', {
    filter: (node) =>
      node.nodeName === 'A' && !node.getAttribute('href') && ANCHOR_ID.test(node.getAttribute('name') ?? node.getAttribute('id') ?? ''),
    replacement: (content, node) =>
      `<a id="${(node as Element).getAttribute('name') ?? (node as Element).getAttribute('id')}"></a>${content}`,
  });
  service.addRule('preformatted', {
    filter: 'pre',
    replacement: (_content, node) => {
      // Several samples of many lines in one block (Node's docs: an ES module and a CommonJS one, a
      // toggle showing either) are each a block: their text run together would be one wrong program.
      const samples = Array.from((node as Element).children).filter((child) => child.nodeName === 'CODE');
      const separate = samples.length > 1 && samples.every((sample) => sample.textContent?.trim().includes('\n'));
      return `\n\n${(separate ? samples : [node as Element]).map(codeBlock).join('\n\n')}\n\n`;
    },
  });
  // A question and its answer behind a click (docs tools' dropdowns, MkDocs' collapsible notes,
  // Confluence's expand macro): the answer stays Markdown between the tags, as GitHub writes it,
  // the question its summary.
  const hasClass = (node: TurndownService.Node, name: string) => (node as Element).classList.contains(name);
  service.addRule('collapsible', {
    filter: (node) => node.nodeName === 'DETAILS' || hasClass(node, 'expand-container'),
    replacement: (content, node) => {
      const summary = textOf((node as Element).querySelector('summary, .expand-control-text')) || 'Details';
      const open = (node as Element).hasAttribute('open') ? ' open' : '';
      return `\n\n<details${open}>\n<summary>${escapedText(summary)}</summary>\n\n${content.trim()}\n\n</details>\n\n`;
    },
  });
  service.addRule('summary', { filter: (node) => node.nodeName === 'SUMMARY' || hasClass(node, 'expand-control'), replacement: () => '' });
  // Code with a link in it (Publican's `<code class="email"><a href="mailto:…">`, rustdoc's
  // `<code><a>Vec</a>&lt;T&gt;</code>`): Markdown has no link inside code, so each link is a
  // link of code and the text around it code, where it was a link shown as code text before.
  service.addRule('code with links', {
    filter: (node) => node.nodeName === 'CODE' && node.parentNode?.nodeName !== 'PRE' && (node as Element).querySelector('a[href]') !== null,
    replacement: (_content, node) => codeWithLinks(node as Element),
  });
  service.addRule('sized image', {
    // The width an editor gave an image (an icon, a small screenshot) is kept, as raw HTML keeps it.
    filter: (node) => node.nodeName === 'IMG' && (node.hasAttribute('width') || node.hasAttribute('height')),
    replacement: (_content, node) => {
      const attributes = ['src', 'alt', 'width', 'height', 'title']
        .map((name) => [name, (node as Element).getAttribute(name)] as const)
        .filter(([, value]) => value !== null)
        .map(([name, value]) => ` ${name}="${escapedAttribute(value!)}"`);
      return `<img${attributes.join('')}>`;
    },
  });
  return service;
}

/** A run of backticks longer than any in `text`, and at least `least` long: a code fence it cannot end. */
const backtickFence = (text: string, least: number) => '`'.repeat(Math.max(least, ...Array.from(text.matchAll(/`+/g), ([run]) => run.length + 1)));

/** Text as inline code: fenced by more backticks than it holds in a row, spaced where it starts or ends with one. */
function inlineCode(text: string): string {
  const fence = backtickFence(text, 1);
  const padding = /^`|`$/.test(text) ? ' ' : '';
  return `${fence}${padding}${text}${padding}${fence}`;
}

/** A `<code>` holding links: each link a Markdown link of code, the text between code. */
function codeWithLinks(code: Element): string {
  const parts: { text: string; href?: string }[] = [];
  const collect = (node: Node) => {
    if (node.nodeType === 3) parts.push({ text: node.nodeValue ?? '' });
    else if (node.nodeType !== 1) return;
    else if ((node as Element).matches('a[href]')) parts.push({ text: node.textContent ?? '', href: (node as Element).getAttribute('href')! });
    else node.childNodes.forEach(collect);
  };
  code.childNodes.forEach(collect);
  let markdown = '';
  for (let at = 0; at < parts.length; ) {
    const { href } = parts[at]!;
    if (href !== undefined) {
      const destination = /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href;
      markdown += parts[at]!.text.trim() ? `[${inlineCode(parts[at]!.text)}](${destination})` : '';
      at++;
      continue;
    }
    let text = '';
    while (at < parts.length && parts[at]!.href === undefined) text += parts[at++]!.text;
    markdown += text.trim() ? inlineCode(text) : text;
  }
  return markdown;
}

const escapedAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
const escapedText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/=/g, '&#61;');

/**
 * Kept HTML as written, but for quotes and equals signs in its text, escaped: the raw-HTML steps
 * find addresses by `src=…`, and a code sample's `<script src="example.js">`, text here, is no
 * link to check.
 */
function serialized(node: Node): string {
  if (node.nodeType === 3) return escapedText(node.nodeValue ?? '');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const name = element.nodeName.toLowerCase();
  const attributes = Array.from(element.attributes, ({ name, value }) => ` ${name}="${escapedAttribute(value)}"`).join('');
  if (VOID_ELEMENTS.has(name)) return `<${name}${attributes}>`;
  return `<${name}${attributes}>${Array.from(element.childNodes, serialized).join('')}</${name}>`;
}

/** A fenced code block of `element`'s text (a `<pre>`, or one `<code>` of several in it). */
function codeBlock(element: Element): string {
  // Blank lines around the code are the HTML's layout (`<code>` on a line of its own), not code.
  const code = (element.textContent ?? '').replace(/^(?:[ \t]*\r?\n)+/, '').replace(/\s+$/, '');
  const fence = backtickFence(code, 3);
  return `${fence}${codeLanguage(element)}\n${code}\n${fence}`;
}

/** The language of a code block, from its classes or its `<code>`'s: `language-js`, `lang-js`, SyntaxHighlighter's `brush: js`. */
function codeLanguage(block: Element): string {
  // Confluence names it in an attribute of its own ("brush: sql; gutter: false").
  const classes = `${block.getAttribute('class') ?? ''} ${block.querySelector('code')?.getAttribute('class') ?? ''} ${block.getAttribute('data-syntaxhighlighter-params') ?? ''}`;
  return /(?:^|\s)(?:language|lang)-([\w+#-]+)|brush:\s*([\w+#-]+)/.exec(classes)?.slice(1).find(Boolean) ?? '';
}
