// An article's HTML made ready for conversion (html-article.ts): what a page writes for its scripts,
// its theme or its editor that a reader of the Markdown made from it should not see, and addresses
// as a browser reads them.
import { textOf } from './html-page.ts';
import { baseFolder } from './html-positions.ts';

/**
 * Tidies an article's HTML before it is converted: no microdata or style sheet links, Notion's
 * toggles without their bullets, no empty icon links, alternatives a script chose between shown
 * both, and addresses as a browser reads them, from the page's `<base>`.
 */
export function tidyArticle(root: Element, html: string): void {
  // Microdata (LibreOffice's help: `<meta itemprop="keywords">` before its paragraphs) and links to style sheets: nothing a reader sees.
  for (const head of Array.from(root.querySelectorAll('meta, link'))) head.remove();
  unwrapNotionToggles(root);
  withoutIconLinks(root);
  showAlternatives(root);
  trimAddresses(root);
  rebaseAddresses(root, baseFolder(html));
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
