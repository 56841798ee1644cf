// Ids on h2–h4 (GitHub's slugs, as Astro makes them) and a "#" link after each heading, so
// readers can copy a link to a section. The link has no text of its own (CSS draws the "#"),
// so headings collected for the table of contents stay clean.
import GithubSlugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';
import { withCommentsBlanked } from './html-comments.ts';
import { takeDroppedTitleText, titleAnchorSlug } from './title-heading.ts';

const slugger = new GithubSlugger();
/**
 * The ids of h5 and h6, which have no anchor link: Astro's heading ids would slug them, without
 * knowing the ids the article writes (a DocBook section's `<a name="reflogs">` in its own "Reflogs"
 * heading was two elements of one id, Git's user manual); slugged here alike, they keep Astro's numbering.
 */
const deepSlugger = new GithubSlugger();

/** An id or an anchor's name as raw HTML writes it (`<a name="setup"></a>`, `<span id="x">`). */
export const RAW_ANCHOR = /\sid\s*=\s*(?:["']([^"']+)["']|([^\s"'=<>`]+))|<a\s[^>]*?\bname\s*=\s*(?:["']([^"']+)["']|([^\s"'=<>`]+))/gi;

/** The ids an article's raw HTML (outside its comments) and JSX write, and its headings' own ("## Example {#example}"). */
export function* writtenIds(node: {
  type: string;
  value?: unknown;
  name?: unknown;
  tagName?: unknown;
  properties?: unknown;
  attributes?: unknown;
  children?: unknown;
}): Generator<string> {
  const id = (node.properties as { id?: unknown } | undefined)?.id;
  if (node.type === 'element' && typeof node.tagName === 'string' && /^h[1-6]$/.test(node.tagName) && typeof id === 'string' && id !== '')
    yield id;
  if (node.type === 'raw' && typeof node.value === 'string')
    for (const match of withCommentsBlanked(node.value).matchAll(RAW_ANCHOR)) yield (match[1] ?? match[2] ?? match[3] ?? match[4])!;
  if (Array.isArray(node.attributes))
    for (const attribute of node.attributes as { name?: unknown; value?: unknown }[])
      if (typeof attribute.value === 'string' && (attribute.name === 'id' || (attribute.name === 'name' && node.name === 'a')))
        yield attribute.value;
  if (Array.isArray(node.children)) for (const child of node.children) yield* writtenIds(child);
}

/**
 * Marks ids an article writes itself as taken, so that no heading is slugged to one of them: a
 * page's `<a name="parameters"></a>` and its "Parameters" heading were two elements of one id
 * (LibreOffice's help, 32 of its pages; the anchors Markdown authors put before headings for old
 * links). The heading is "parameters-1"; links to "#parameters" still lead there, to the anchor.
 */
export function reserveIds(slugger: { occurrences: Record<string, number> }, ids: Iterable<string>): void {
  for (const id of ids) if (!Object.hasOwn(slugger.occurrences, id)) slugger.occurrences[id] = 0;
}

export const headingAnchors = defineHastPlugin({
  name: 'milepost-heading-anchors',
  before(root) {
    slugger.reset();
    // The title heading the page shows as its h1 has the first slug, as on GitHub (article-outline.ts).
    const title = takeDroppedTitleText();
    if (title !== undefined) titleAnchorSlug(slugger, title);
    const written = [...writtenIds(root)];
    reserveIds(slugger, written);
    deepSlugger.reset();
    reserveIds(deepSlugger, written);
  },
  element: {
    filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node, ctx) {
      const text = ctx.textContent(node);
      const existing = node.properties?.id;
      if (node.tagName === 'h5' || node.tagName === 'h6') {
        if (typeof existing !== 'string' || existing === '') ctx.setProperty(node, 'id', deepSlugger.slug(text));
        return;
      }
      const id = typeof existing === 'string' && existing !== '' ? existing : slugger.slug(text);
      ctx.setProperty(node, 'id', id);
      ctx.appendChild(node, {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to the section “${text}”` },
        children: [],
      });
    },
  },
});
