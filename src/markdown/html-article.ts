// Articles a help center exported as HTML (a Zendesk backup's `<id>.html`: an `<h1>` and the
// article's body; a page saved whole) read as Markdown, converted by turndown, so they get what a
// Markdown article gets: title, headings and contents, links between articles, images, callouts'
// neighbours. Tables, frames and media stay HTML (the raw-HTML rules make them safe); each line of
// the Markdown knows where in the file it came from, so problems are reported in the file.
import { createDocument } from '@mixmark-io/domino';
import { createHash } from 'node:crypto';
import TurndownService from 'turndown';

export interface HtmlArticle {
  markdown: string;
  /** For each line of `markdown`, the offset in the HTML of what it was made from. */
  lineOrigins: number[];
}

/** Whole pages (with `<html>` or `<body>`) are cut to their main content; fragments are the article. */
const WHOLE_PAGE = /<(?:!doctype\s+html|html|body)[\s>]/i;
/** The article of a whole page: its main content, else its article, else its body. */
const MAIN_CONTENT = ['main', '[role="main"]', 'article'];
/** What a whole page holds besides its article: scripts, navigation, the feedback form, the footer. */
const PAGE_CHROME = [
  'script, style, noscript, template, nav, form, button, input, select, textarea',
  '[role="navigation"], [role="search"], [role="banner"], [role="contentinfo"], [role="complementary"]',
].join(', ');
/** Docs tools' permalinks beside headings (Sphinx's "¶", Docusaurus's "#"): the portal draws its own. */
const PERMALINK = /^(?:[¶§#🔗]|)$/u;
/** Where an anchor for an id of a wrapper (a section, a div) goes: its first block of text. */
const TEXT_BLOCK = 'p, li, dt, dd, h1, h2, h3, h4, h5, h6, td, th, pre';
/** Kept as HTML: Markdown has no definition lists, no tables with lists in their cells, nor frames or media. */
const KEPT_AS_HTML = ['dl', 'table', 'iframe', 'video', 'audio', 'script', 'style', 'object', 'embed'] as const;
/** An id a heading can carry in Markdown (`## Title {#id}`). */
const HEADING_ID = /^[\w:.-]+$/;
/** An id an anchor can carry as written (`<a id="c.Data.@data.a">`). */
const ANCHOR_ID = /^[^\s"'<>&]+$/;

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

function convert(html: string): HtmlArticle {
  const document = createDocument(html);
  let root: Element = document.body;
  if (WHOLE_PAGE.test(html)) {
    root = MAIN_CONTENT.map((selector) => document.querySelector(selector)).find(Boolean) ?? document.body;
    for (const chrome of Array.from(root.querySelectorAll(PAGE_CHROME))) chrome.remove();
    // "Reset your password – Lumen Help": the help center's name is not part of the title.
    const title = document
      .querySelector('title')
      ?.textContent?.trim()
      .replace(/\s+[|–—]\s+[^|–—]+$/, '');
    if (title && !root.querySelector('h1')) {
      const heading = document.createElement('h1');
      heading.textContent = title;
      root.insertBefore(heading, root.firstChild);
    }
  }
  keepAnchors(root);
  markCallouts(root);
  const markdown = converter.turndown(root as unknown as TurndownService.Node).trim() + '\n';
  return { markdown, lineOrigins: lineOrigins(markdown, html) };
}

/**
 * Every id of the page stays a place links can lead to: a heading takes the id of the section it
 * opens (Sphinx writes `<section id="…"><h2>`), any other element with an id (a definition, a
 * footnote, a paragraph) gets an anchor at the start of its text. Permalinks beside headings go.
 */
function keepAnchors(root: Element): void {
  for (const link of Array.from(root.querySelectorAll('a[href^="#"]'))) {
    if (!link.closest('h1, h2, h3, h4, h5, h6, dt')) continue;
    if (PERMALINK.test(link.textContent?.trim() ?? '')) link.remove();
    // docutils links a heading back to the page's own contents, which the portal draws itself.
    else if (link.getAttribute('role') === 'doc-backlink' || link.classList.contains('toc-backref'))
      link.replaceWith(...Array.from(link.childNodes));
  }
  for (const element of Array.from(root.querySelectorAll('[id]'))) {
    const id = element.getAttribute('id')!;
    const isLink = element.nodeName === 'A' && element.hasAttribute('href');
    if (!ANCHOR_ID.test(id) || element.closest(KEPT_AS_HTML.join(', '))) continue;
    if (/^H[2-6]$/.test(element.nodeName) && HEADING_ID.test(id)) continue; // `## Title {#id}`
    if (element.nodeName === 'A' && !isLink) continue; // a named anchor already
    const anchor = element.ownerDocument.createElement('a');
    anchor.setAttribute('id', id);
    const heading = element.firstElementChild;
    if (isLink)
      element.parentNode!.insertBefore(anchor, element); // a footnote reference, which the note links back to
    else if (heading && /^H[2-6]$/.test(heading.nodeName) && !heading.hasAttribute('id') && HEADING_ID.test(id))
      heading.setAttribute('id', id);
    else {
      // Inside a code block an anchor would be lost with the markup: it goes before the wrapper.
      const block = element.matches(TEXT_BLOCK) ? element : element.querySelector(TEXT_BLOCK);
      if (block && block.nodeName !== 'PRE') block.insertBefore(anchor, block.firstChild);
      else element.parentNode!.insertBefore(anchor, element);
    }
    element.removeAttribute('id');
  }
  keepTitleAnchors(root);
}

/**
 * The article's `<h1>` is its title, which the page shows above the article rather than in it:
 * anchors in it, or just before it, go to the start of the first text after it.
 */
function keepTitleAnchors(root: Element): void {
  const title = root.querySelector('h1');
  if (!title) return;
  const anchors = Array.from(title.querySelectorAll('a[id]:not([href])'));
  for (let before = title.previousSibling; before && !before.textContent?.trim(); before = before.previousSibling) {
    if (before.nodeType !== 1) continue;
    const element = before as Element;
    anchors.unshift(...(element.matches('a[id]:not([href])') ? [element] : Array.from(element.querySelectorAll('a[id]:not([href])'))));
  }
  if (anchors.length === 0) return;
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  const next = Array.from(root.querySelectorAll(TEXT_BLOCK)).find(
    (block) =>
      block !== title && !title.contains(block) && !block.matches(CALLOUT_TITLE) && title.compareDocumentPosition(block) & FOLLOWING,
  );
  // domino, turndown's DOM, has insertBefore but not prepend or after.
  for (const anchor of anchors.reverse()) {
    if (next) next.insertBefore(anchor, next.firstChild);
    else title.parentNode!.insertBefore(anchor, title.nextSibling);
  }
}

/** Callout types of docs tools and help-center themes, as the portal's callouts name them. */
const CALLOUT_TYPES: Record<string, string> = {
  note: 'note',
  seealso: 'note',
  tip: 'tip',
  hint: 'tip',
  success: 'tip',
  info: 'info',
  important: 'important',
  warning: 'warning',
  attention: 'warning',
  caution: 'caution',
  danger: 'danger',
  error: 'danger',
};
/** A box of a docs tool or theme: Sphinx's and MkDocs' `admonition`, Docusaurus's `theme-admonition`, Bootstrap's `alert`, `callout`. */
const CALLOUT_BOX = /(?:^|\s)(?:admonition|theme-admonition|alert|callout|notice)(?:\s|-|$)/;
const CALLOUT_TITLE = '.admonition-title, .callout-title, .alert-heading, [class*="admonitionHeading"]';

/** Marks each callout box with its type and title for the callout rule, its title taken out of its text. */
function markCallouts(root: Element): void {
  for (const box of Array.from(root.querySelectorAll('div, aside, section'))) {
    const classes = box.getAttribute('class') ?? '';
    if (!CALLOUT_BOX.test(classes)) continue;
    const type =
      classes
        .split(/\s+/)
        .map((name) => CALLOUT_TYPES[name.replace(/^(?:admonition|theme-admonition|alert|callout|notice)-{1,2}/, '').toLowerCase()])
        // Sphinx's and MkDocs' boxes of their own kinds ("admonition-todo", "abstract") are notes.
        .find(Boolean) ?? (/(?:^|\s)admonition(?:\s|$)/.test(classes) ? 'note' : undefined);
    if (!type) continue;
    const heading = box.querySelector(CALLOUT_TITLE);
    const title = heading?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    heading?.remove();
    box.setAttribute('data-callout', type);
    // "Note" over a note says nothing the callout does not.
    if (title && !CALLOUT_TYPES[title.toLowerCase()]) box.setAttribute('data-callout-title', title);
  }
}

/**
 * Where in the file the Markdown at `offset` came from: its line's origin, or the address of the
 * link or image written there. `origins` are the file's offsets of the Markdown's lines.
 */
export function htmlOffset(file: string, markdown: string, origins: readonly number[], offset: number): number {
  const line = markdown.slice(0, offset).split('\n').length - 1;
  const origin = origins[line] ?? 0;
  const destination = /^!?\[[^\]]*\]\(<?((?:\\.|[^\s)>\\])+)/.exec(markdown.slice(offset))?.[1];
  if (!destination) return origin;
  return findWritten(file, destination.replace(/\\(.)/g, '$1'), origin) ?? origin;
}

/**
 * For each Markdown line, the offset of its first distinctive text (a link's address, else its
 * first word) in the HTML, searched forward from the line before's: the conversion keeps the
 * order of the text. A line whose text is not found (an entity, a word split by tags) gets the
 * offset of the line before.
 */
function lineOrigins(markdown: string, html: string): number[] {
  const origins: number[] = [];
  let cursor = 0;
  for (const line of markdown.split('\n')) {
    const destination = /\]\(<?((?:\\.|[^\s)>\\])+)/.exec(line)?.[1];
    const word = /[\p{L}\p{N}][\p{L}\p{N}'’-]{2,}/u.exec(line.replace(/\\(.)/g, '$1'))?.[0];
    const needle = destination?.replace(/\\(.)/g, '$1') ?? word;
    const found = needle === undefined ? undefined : findWritten(html, needle, cursor);
    if (found !== undefined) cursor = found;
    origins.push(cursor);
  }
  return origins;
}

/** Where `text` is written in the HTML from `from` on, as it is or with `&` as `&amp;`. */
function findWritten(html: string, text: string, from: number): number | undefined {
  for (const written of [text, text.replaceAll('&', '&amp;')]) {
    const at = html.indexOf(written, from);
    if (at >= 0) return at;
  }
  return undefined;
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
    filter: (node) => /^H[2-6]$/.test(node.nodeName) && HEADING_ID.test(node.getAttribute('id') ?? ''),
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
      const code = (node as Element).textContent?.replace(/\n$/, '') ?? '';
      const fence = '`'.repeat(Math.max(3, ...Array.from(code.matchAll(/`+/g), ([run]) => run.length + 1)));
      return `\n\n${fence}${codeLanguage(node as Element)}\n${code}\n${fence}\n\n`;
    },
  });
  service.addRule('sized image', {
    // The width an editor gave an image (an icon, a small screenshot) is kept, as raw HTML keeps it.
    filter: (node) => node.nodeName === 'IMG' && (node.hasAttribute('width') || node.hasAttribute('height')),
    replacement: (_content, node) => {
      const attributes = ['src', 'alt', 'width', 'height', 'title']
        .map((name) => [name, (node as Element).getAttribute(name)] as const)
        .filter(([, value]) => value !== null)
        .map(([name, value]) => ` ${name}="${value!.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
      return `<img${attributes.join('')}>`;
    },
  });
  return service;
}

const escapedAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
const escapedText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/=/g, '&#61;');

/**
 * Kept HTML as written, but for quotes and equals signs in its text, escaped: the raw-HTML steps
 * find addresses by `src=…`, and a code sample's `<script src="example.js">`, text here, is no
 * link to check. Attribute values are escaped the same way, so they stay one value.
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

/** The language of a code block, from its classes or its `<code>`'s: `language-js`, `lang-js`, SyntaxHighlighter's `brush: js`. */
function codeLanguage(pre: Element): string {
  const classes = `${pre.getAttribute('class') ?? ''} ${pre.querySelector('code')?.getAttribute('class') ?? ''}`;
  return /(?:^|\s)(?:language|lang)-([\w+#-]+)|brush:\s*([\w+#-]+)/.exec(classes)?.slice(1).find(Boolean) ?? '';
}
