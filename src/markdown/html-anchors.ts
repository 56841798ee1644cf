// The ids of an HTML article's page that links lead to, kept through its conversion to Markdown
// (src/markdown/html-article.ts): on headings where Markdown can carry them, else as anchors.
import { CALLOUT_TITLE } from './html-callouts.ts';

/** Docs tools' permalinks beside headings (Sphinx's "¶", Docusaurus's "#", an icon font's private-use glyph): the portal draws its own. */
const PERMALINK = /^(?:[¶§#🔗]|\p{Co}|)$/u;
/** The text of a link to an API entry's source code: "[src]", "source", "[source]". */
const SOURCE_LINK = /^\[?(?:src|source)\]?$/i;
/** Where an anchor for an id of a wrapper (a section, a div) goes: its first block of text (Publican writes paragraphs as `div.para`). */
const TEXT_BLOCK = 'p, div.para, li, dt, dd, h1, h2, h3, h4, h5, h6, td, th, pre';
/** An id a heading can carry in Markdown (`## Title {#id}`). */
export const HEADING_ID = /^[\w:.-]+$/;
/** An id an anchor can carry as written (`<a id="c.Data.@data.a">`). */
export const ANCHOR_ID = /^[^\s"'<>&]+$/;

/**
 * Headings as text: the permalinks docs tools put beside them go, and links back to the page's
 * contents or to the heading itself are their text. Before the title is read from a heading.
 */
export function unlinkHeadings(root: Element): void {
  // A link to the code behind an API entry in its heading (Node's "[src]", rustdoc's "source")
  // would be read as part of the heading, in the contents and the heading's own link.
  for (const link of Array.from(root.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]')))
    if (SOURCE_LINK.test(link.textContent?.trim() ?? '')) link.remove();
  for (const link of Array.from(root.querySelectorAll('a[href^="#"]'))) {
    const heading = link.closest('h1, h2, h3, h4, h5, h6, dt');
    if (!heading) continue;
    if (PERMALINK.test(link.textContent?.trim() ?? '')) keepPermalinkId(link, heading);
    // docutils links a heading back to the page's own contents, which the portal draws itself;
    // mdBook makes a heading's text a link to itself, where the portal draws its own anchor.
    else if (
      link.getAttribute('role') === 'doc-backlink' ||
      link.classList.contains('toc-backref') ||
      (heading.id !== '' && link.getAttribute('href') === `#${heading.id}`)
    )
      link.replaceWith(...Array.from(link.childNodes));
  }
}

/**
 * A permalink goes, and the id it carries stays: Node's docs put a heading's id on its permalink
 * (`<h3>Class: Hash<a class="mark" href="#class-hash" id="class-hash">#</a></h3>`), which the
 * heading takes when it has none, else an anchor in its place keeps it (keepAnchors).
 */
function keepPermalinkId(link: Element, heading: Element): void {
  const id = link.getAttribute('id');
  if (id === null || !ANCHOR_ID.test(id)) link.remove();
  else if (!heading.hasAttribute('id') && HEADING_ID.test(id)) {
    heading.setAttribute('id', id);
    link.remove();
  } else {
    const anchor = link.ownerDocument.createElement('a');
    anchor.setAttribute('id', id);
    link.replaceWith(anchor);
  }
}

/**
 * Every id of the page stays a place links can lead to: a heading takes the id of the section it
 * opens (Sphinx writes `<section id="…"><h2>`), any other element with an id (a definition, a
 * footnote, a paragraph) gets an anchor at the start of its text.
 */
export function keepAnchors(root: Element, keptAsHtml: string): void {
  // The first <h1> is the title (keepTitleAnchors); any other heading keeps its id as Markdown can.
  const title = root.querySelector('h1');
  const isSectionHeading = (element: Element | null): element is Element =>
    !!element && /^H[1-6]$/.test(element.nodeName) && element !== title;
  for (const element of Array.from(root.querySelectorAll('[id]'))) {
    const id = element.getAttribute('id')!;
    const isLink = element.nodeName === 'A' && element.hasAttribute('href');
    if (!ANCHOR_ID.test(id) || element.closest(keptAsHtml)) continue;
    if (isSectionHeading(element) && HEADING_ID.test(id)) continue; // `## Title {#id}`
    if (element.nodeName === 'A' && !isLink) continue; // a named anchor already
    const anchor = element.ownerDocument.createElement('a');
    anchor.setAttribute('id', id);
    // A section's heading, after the empty anchors Sphinx puts before it (`<section id="x"><span id="y"></span><h2>`).
    const heading = Array.from(element.children).find((child) => child.textContent?.trim() !== '' || child.querySelector('img')) ?? null;
    if (isLink)
      element.parentNode!.insertBefore(anchor, element); // a footnote reference, which the note links back to
    else if (isSectionHeading(heading) && !heading.hasAttribute('id') && HEADING_ID.test(id)) heading.setAttribute('id', id);
    else {
      // Inside a code block an anchor would be lost with the markup: it goes before the block
      // (Sphinx's grammar rules are ids inside a <pre>), or before the wrapper of one.
      const code = element.closest('pre');
      // Not a callout's title, which becomes the callout's own (Sphinx's `div.admonition` with an id).
      const block = element.matches(TEXT_BLOCK)
        ? element
        : Array.from(element.querySelectorAll(TEXT_BLOCK)).find((candidate) => !candidate.matches(CALLOUT_TITLE));
      if (code && code !== element) code.parentNode!.insertBefore(anchor, code);
      else if (block && block.nodeName !== 'PRE') block.insertBefore(anchor, block.firstChild);
      else element.parentNode!.insertBefore(anchor, element);
    }
    element.removeAttribute('id');
  }
  keepTitleAnchors(root);
}

/**
 * Leaves each id (or anchor name) on its first element only: a browser and the link check lead to
 * the first, and a page with two elements of one id is invalid (LibreOffice's help repeats
 * `<a name="functsyntax">` before every function's syntax: 64 times on one page, and an id
 * twice on 1,079 of its 2,568 pages).
 */
export function withoutRepeatedIds(root: Element): void {
  const seen = new Set<string>();
  for (const element of Array.from(root.querySelectorAll('[id], a[name]'))) {
    const names = element.nodeName === 'A' ? ['id', 'name'] : ['id'];
    const values = names.map((name) => element.getAttribute(name));
    for (const [at, name] of names.entries()) if (values[at] && seen.has(values[at])) element.removeAttribute(name);
    for (const value of values) if (value) seen.add(value);
  }
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
