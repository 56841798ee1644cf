// Links a docs theme puts inside the article's column that are not the article's (html-page.ts
// cuts a whole page to its article, then these): the row of the page in other languages and the
// arrows back to the page's header (Apache's manual, around every section), a table of contents of
// the page (SQLite's, Apache's), and a site's menus above the first heading where the page marks
// none of its parts (SQLite's).

/** The smallest block holding `link`: where a theme writes its row of links. */
const BLOCK = 'p, li, ul, ol, div, td';

/** Letters around a row of links ("Available Languages:", "Línguas Disponíveis:"), not a sentence's. */
const ROW_LETTERS = 40;
const letters = (text: string | null | undefined) => text?.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
const lettersIn = (links: Element[]) => links.reduce((sum, link) => sum + letters(link.textContent), 0);

/**
 * Removes each row of links to the page in other languages: at least half of its links name the
 * language they lead to (`hreflang`), as "Available Languages: en | fr" does, whose own language's
 * link names none, with little text besides. A link in a sentence to a page in another language stays.
 */
export function withoutLanguageLinks(root: Element): void {
  for (const link of Array.from(root.querySelectorAll('a[hreflang]'))) {
    const block = link.isConnected ? link.parentElement?.closest(BLOCK) : null;
    if (!block || !root.contains(block)) continue;
    const links = Array.from(block.querySelectorAll('a[href]'));
    const languages = links.filter((candidate) => candidate.hasAttribute('hreflang')).length;
    const otherLetters = letters(block.textContent) - lettersIn(links);
    if (links.length >= 2 && languages * 2 >= links.length && otherLetters <= ROW_LETTERS) block.remove();
  }
}

/** Share of a block's letters that are its links' above which it is a menu, not text. */
const MENU_LINK_SHARE = 0.5;

/**
 * Removes the blocks above a page's first heading that are mostly links, where the page marks
 * none of its parts (no <main>, <nav> or <header>): a site's logo, menus and search box, as
 * SQLite's pages have them above every article. A block of text above the heading stays.
 */
export function withoutLeadingMenus(root: Element): void {
  const heading = root.querySelector('h1, h2');
  if (!heading) return;
  for (const block of Array.from(root.children)) {
    if (block === heading || block.contains(heading)) break;
    const links = Array.from(block.querySelectorAll('a[href]'));
    if (links.length < 2) continue;
    if (lettersIn(links) >= letters(block.textContent) * MENU_LINK_SHARE) block.remove();
  }
}

/** A class or id naming a table of contents: "toc", SQLite's "fancy_toc", "toc-list"; not Sphinx's "toctree". */
const CONTENTS_NAME = /(?:^|[\s_-])toc(?:$|[\s_-])/i;

/**
 * Removes a theme's table of contents of the page, which the portal draws itself ("On this
 * page"): an element named so whose links, three or more, all lead to places on the page
 * (SQLite's "Table Of Contents", Apache's list of a module's directives), with the heading
 * right above it when nothing else is under that heading.
 */
export function withoutContentsLists(root: Element): void {
  for (const list of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (!list.isConnected || !CONTENTS_NAME.test(`${list.getAttribute('class') ?? ''} ${list.id}`)) continue;
    const links = Array.from(list.querySelectorAll('a[href]'));
    if (links.length < 3 || !links.every((link) => link.getAttribute('href')!.startsWith('#'))) continue;
    const above = list.previousElementSibling;
    const below = list.nextElementSibling;
    list.remove();
    if (above && /^H[2-6]$/.test(above.tagName) && (!below || /^H[1-6]$/.test(below.tagName))) above.remove();
  }
}

/** What a "back to top" link shows: an arrow image, or words such as "top" or "Back to top". */
const TOP_WORDS = /^(?:(?:back|go|return)\s+to\s+)?(?:the\s+)?top(?:\s+of\s+(?:the\s+)?page)?\W*$/i;

/**
 * Removes the links back to a part of the page outside the article (Apache's arrow to
 * `#page-header` after every section): shown as an image or as "top", they would lead nowhere.
 * A block left empty goes with them.
 */
export function withoutLinksOutOfArticle(root: Element): void {
  const document = root.ownerDocument;
  for (const link of Array.from(root.querySelectorAll('a[href^="#"]'))) {
    const id = link.getAttribute('href')!.slice(1);
    const target = id ? document.getElementById(id) : null;
    if (!target || root.contains(target) || target.contains(root)) continue;
    const text = link.textContent?.trim() ?? '';
    if (text !== '' && !TOP_WORDS.test(text)) continue;
    const parent = link.parentElement;
    link.remove();
    if (parent && parent !== root && parent.textContent?.trim() === '' && !parent.querySelector('img, svg, video, iframe')) parent.remove();
  }
}
