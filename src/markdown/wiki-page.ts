// A MediaWiki page saved whole (a wiki's help pages mirrored with wget: Vector, MonoBook and older
// skins): where its article is, what inside it is the wiki's own, and when it last changed.

/** The article of a MediaWiki page: the parser's output, or, in wikis before MediaWiki 1.30, the content text. */
export const WIKI_CONTENT = ['.mw-parser-output', '#mw-content-text'];

/** The wiki's page title, above the content. */
export const WIKI_TITLE = '#firstHeading';

/**
 * What a wiki writes in and around the article that is not its text: each section's "[edit]"
 * link, the line "From <wiki>" and the page's subtitle, "Retrieved from <address>", the page's
 * categories (links to category pages a mirror seldom has), navigation boxes, and the comments of
 * the parser's report.
 */
const WIKI_CHROME = [
  // Each section's "[edit]" link (`span.editsection` before MediaWiki 1.22), and the thumbnail's "Enlarge" icon.
  '.mw-editsection, .editsection, .magnify',
  '#siteSub, #contentSub, #jump-to-nav, .mw-jump-link, .printfooter, #catlinks, .catlinks, .navbox, .mw-empty-elt',
].join(', ');

/**
 * Leaves out the wiki's own parts of an article (WIKI_CHROME), shows an image without its link to
 * the file's description page (`File:…`, which a mirror of the articles does not have), and a link
 * to a page the wiki does not have yet (a red link, `redlink=1`) as its text, as the wiki shows it.
 */
export function withoutWikiChrome(root: Element): void {
  if (!root.closest(WIKI_CONTENT.join(', ')) && !root.querySelector(WIKI_CONTENT.join(', '))) return;
  for (const chrome of Array.from(root.querySelectorAll(WIKI_CHROME))) chrome.remove();
  for (const link of Array.from(root.querySelectorAll('a.mw-file-description, a.image, a.new'))) {
    const redLink = link.classList.contains('new') && /[?&]redlink=1\b/.test(link.getAttribute('href') ?? '');
    if (redLink || link.querySelector('img')) link.replaceWith(...Array.from(link.childNodes));
  }
}

/** "This page was last edited on 12 May 2024, at 09:14." (MediaWiki 1.31 on; "last modified" before), in English. */
const LAST_EDITED = /\blast (?:edited|modified) on (\d{1,2} [A-Z][a-z]+ \d{4})(?:,? at (\d{1,2}:\d{2}))?/;

/** When a wiki's page says it was last edited, as an ISO date; undefined where its footer does not say so in English. */
export function wikiUpdated(document: Document): string | undefined {
  const line = document.querySelector('#footer-info-lastmod, #f-lastmod')?.textContent ?? '';
  const [, day, time = '00:00'] = LAST_EDITED.exec(line) ?? [];
  const date = day ? new Date(`${day} ${time} UTC`) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}
