// The text of a built page as its search index reads it: the page's <main>, without what Pagefind
// is told to leave out (navigation, related lists, labels) or a page marks `data-pagefind-ignore`.
// A page's synonyms and its words for typo tolerance are read off this text, so a page is not
// given "Wi-Fi" for the title of the next article its pager links to.

/**
 * Inside pages, these are navigation, cross-links and labels, not what the page is about: an
 * excerpt made of them ("Course · Video", "#", "Register for …") tells a reader nothing. Each is a
 * tag name, a class or an attribute (Pagefind's `excludeSelectors`, and indexedText's rules).
 */
export const EXCLUDE = [
  'nav',
  '.toc',
  '.related',
  '[data-search-ignore]',
  'script',
  'style',
  'template',
  '.heading-anchor',
  '.visually-hidden',
  '.badge',
  '.timeline-figure',
  '.video-facade',
  '[data-session-list]',
];

/** EXCLUDE's selectors and `data-pagefind-ignore`, by kind: tag names, classes and attributes. */
const IGNORED = [...EXCLUDE, '[data-pagefind-ignore]', 'svg'];
const TAGS = new Set(IGNORED.filter((selector) => /^[a-z]/.test(selector)));
const CLASSES = new Set(IGNORED.filter((selector) => selector.startsWith('.')).map((selector) => selector.slice(1)));
const ATTRIBUTES = IGNORED.filter((selector) => selector.startsWith('[')).map(
  (selector) => new RegExp(`(?:^|\\s)${selector.slice(1, -1)}(?:\\s|=|/|$)`, 'i'),
);
const CLASS = /(?:^|\s)class\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

function excluded(tag: string, attributes: string): boolean {
  if (TAGS.has(tag)) return true;
  if (!attributes.trim()) return false;
  const classes = CLASS.exec(attributes);
  const names = classes ? (classes[1] ?? classes[2] ?? classes[3] ?? '') : '';
  return (
    (names !== '' && names.split(/\s+/).some((name) => CLASSES.has(name))) || ATTRIBUTES.some((attribute) => attribute.test(attributes))
  );
}

/** Elements whose content is text up to their end tag, never tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * The text a page's <main> shows to the index, without tags and without the elements EXCLUDE
 * names (with all they hold), entities read as spaces. Astro writes well-formed HTML, so an
 * element ends at the end tag that closes as many of its kind as opened inside it.
 */
export function indexedText(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const main = start === -1 || end === -1 ? html : html.slice(start, end);
  const text: string[] = [];
  let skipping: { tag: string; depth: number } | undefined;
  let last = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(main); match; match = TAG.exec(main)) {
    if (!skipping) text.push(main.slice(last, match.index), ' ');
    last = TAG.lastIndex;
    const [whole, closing, name, attributes = ''] = match;
    if (name === undefined) continue;
    const tag = name.toLowerCase();
    const opens = !closing && !VOID.has(tag) && !whole.endsWith('/>');
    if (opens && RAW_TEXT.has(tag)) {
      const end = new RegExp(`</${tag}`, 'gi');
      end.lastIndex = TAG.lastIndex;
      const close = end.exec(main)?.index ?? main.length;
      TAG.lastIndex = last = close;
      if (!skipping && !excluded(tag, attributes)) text.push(main.slice(match.index + whole.length, last));
      continue;
    }
    if (skipping) {
      if (tag === skipping.tag) skipping.depth += opens ? 1 : closing ? -1 : 0;
      if (skipping.depth === 0) skipping = undefined;
    } else if (opens && excluded(tag, attributes)) skipping = { tag, depth: 1 };
  }
  if (!skipping) text.push(main.slice(last));
  return text.join('').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, ' ');
}
