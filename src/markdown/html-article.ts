// Articles a help center exported as HTML (a Zendesk backup's `<id>.html`: an `<h1>` and the
// article's body; a page saved whole, cut to its article by html-page.ts and tidied by
// html-tidy.ts) read as Markdown, converted by turndown, so they get what a Markdown article gets:
// title, headings and contents, links between articles, images, callouts (html-callouts.ts). Definition lists, tables, frames and media stay HTML (the raw-HTML rules make
// them safe); every id links lead to stays (html-anchors.ts); each line of the Markdown knows where
// in the file it came from, so problems are reported there (html-positions.ts).
import { createDocument } from '@mixmark-io/domino';
import { createHash } from 'node:crypto';
import TurndownService from 'turndown';
import { ANCHOR_ID, HEADING_ID, keepAnchors, unlinkHeadings, withoutRepeatedIds } from './html-anchors.ts';
import { markCallouts } from './html-callouts.ts';
import { lineOrigins } from './html-positions.ts';
import { articleOfPage, textOf, WHOLE_PAGE } from './html-page.ts';
import { DRAWING_BOX, keepDrawings } from './html-drawings.ts';
import { tidyArticle } from './html-tidy.ts';
export interface HtmlArticle {
  markdown: string;
  /** For each line of `markdown`, the offset in the HTML of what it was made from. */
  lineOrigins: number[];
  /** The site the page belongs to, as its `<title>` names it after the page's own ("Welcome — Sphinx documentation"). */
  siteName?: string;
  /** When the page says its article last changed (pageUpdated), as an ISO date. */
  updated?: string;
}

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
  const { root, ...page } = WHOLE_PAGE.test(html) ? articleOfPage(document) : { root: document.body };
  tidyArticle(root, html);
  keepDrawings(root);
  withoutRepeatedIds(root);
  keepAnchors(root, KEPT_AS_HTML.join(', '));
  markCallouts(root);
  const markdown = converter.turndown(root as unknown as TurndownService.Node).trim() + '\n';
  return { markdown, lineOrigins: lineOrigins(markdown, html), ...page };
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
  // A drawing (html-drawings.ts) stays a drawing, one block of HTML, in a box that scrolls sideways.
  service.addRule('drawing', {
    filter: (node) => node.nodeName.toLowerCase() === 'svg',
    replacement: (_content, node) => `\n\n${DRAWING_BOX}${serialized(node as Element).replace(/\s*\n\s*/g, ' ')}</div>\n\n`,
  });
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
