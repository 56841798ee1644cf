// The title heading: a top-level "# " heading gives an article without a frontmatter title its
// title, and is then not repeated in the body (the page shows the title as its h1). A leading
// "# " heading that only repeats the frontmatter title is dropped too. The title is the page's
// only h1: a body that writes its sections as top-level headings (a help-center editor's
// "Heading 1") has every heading moved one level down (bodyHeadingShift).
import type { Root as MdastRoot, RootContent } from 'mdast';
import { defineHastPlugin, markdownToMdast, mdxToMdast } from 'satteri';
import { withoutConfluenceChrome } from './confluence-chrome.ts';
import { MARKDOWN_FEATURES } from './features.ts';

type Format = 'md' | 'mdx';

function mdastText(node: RootContent | MdastRoot): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(mdastText).join('') : '';
}

/** Text of the first top-level "# " heading (ATX or setext), or undefined. */
export function titleHeading(body: string, format: Format = 'md'): string | undefined {
  // Most articles have none: skip the parse when no line could be one.
  if (!/^ {0,3}#[ \t]|^ {0,3}=+[ \t]*$/m.test(body)) return undefined;
  let root: MdastRoot;
  try {
    // A Confluence page turned into Markdown has the space's name in its title (confluence-chrome.ts).
    const source = format === 'mdx' ? body : withoutConfluenceChrome(body);
    root = (format === 'mdx' ? mdxToMdast : markdownToMdast)(source, { features: MARKDOWN_FEATURES }) as MdastRoot;
  } catch {
    return undefined; // an MDX syntax error is reported where the article is checked
  }
  const heading = root.children.find((child) => child.type === 'heading' && child.depth === 1);
  const text = heading && mdastText(heading).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** Quotes, dashes and spacing as smart punctuation writes them, so titles compare as the reader sees them. */
const comparable = (text: string) =>
  text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Whether a leading "# " heading only repeats the page's title. */
export const isRepeatedTitle = (heading: string, title: string) => comparable(heading) === comparable(title);

/**
 * How many levels the body's headings move down: one when the body has a top-level heading of its
 * own besides the title, so that the title stays the page's only h1 and the sections, h2 now, are
 * in the page's contents. `depths` are the body's heading levels, the title's left out.
 */
export const bodyHeadingShift = (depths: Iterable<number>): number => ([...depths].includes(1) ? 1 : 0);

type HastChild = { type: string; tagName?: string; children?: HastChild[] };

/** The levels of the headings under `node`, at any depth (a section heading inside a callout too). */
function headingDepths(node: HastChild, out: number[] = []): number[] {
  for (const child of node.children ?? []) {
    const level = child.type === 'element' ? /^h([1-6])$/.exec(child.tagName ?? '')?.[1] : undefined;
    if (level) out.push(Number(level));
    else headingDepths(child, out);
  }
  return out;
}

/** The shift of the article being rendered, set before its headings are visited. */
let shift = 0;

/** The text of the title heading the article being rendered drops, for its slug (heading-anchors.ts). */
let droppedText: string | undefined;

/** That text, once: a document rendered without this plugin gets none of another's. */
export function takeDroppedTitleText(): string | undefined {
  const text = droppedText;
  droppedText = undefined;
  return text;
}

/**
 * The id of a dropped title heading: GitHub's slug of its text, taken from `slugger` first, as
 * GitHub slugs a document's headings in order (a later "## Stream" is "stream-1").
 */
export const titleAnchorSlug = (slugger: { slug(text: string): string }, text: string): string => slugger.slug(text.trim());

export const titleHeadingPlugin = defineHastPlugin({
  name: 'milepost-title-heading',
  before(root, ctx) {
    const frontmatter = (ctx.data.astro as { frontmatter?: { title?: unknown } } | undefined)?.frontmatter ?? {};
    const title = typeof frontmatter.title === 'string' ? frontmatter.title : undefined;
    const elements = root.children.filter((child) => child.type === 'element');
    let dropped: unknown;
    if (title === undefined) {
      dropped = elements.find((child) => child.tagName === 'h1');
    } else if (elements[0]?.tagName === 'h1' && isRepeatedTitle(ctx.textContent(elements[0]), title)) {
      dropped = elements[0];
    }
    droppedText = dropped ? ctx.textContent(dropped as (typeof elements)[number]) : undefined;
    if (dropped) ctx.removeNode(dropped as (typeof elements)[number]);
    shift = bodyHeadingShift(headingDepths({ type: 'root', children: root.children.filter((child) => child !== dropped) as HastChild[] }));
  },
  element: {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5'],
    visit(node, ctx) {
      if (shift === 0) return;
      const level = Math.min(6, Number(node.tagName[1]) + shift);
      ctx.replaceNode(node, { type: 'element', tagName: `h${level}`, properties: node.properties ?? {}, children: node.children });
    },
  },
});
