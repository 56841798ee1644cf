// The title heading: a top-level "# " heading gives an article without a frontmatter title its
// title, and is then not repeated in the body (the page shows the title as its h1). A leading
// "# " heading that only repeats the frontmatter title is dropped too.
import type { Root as MdastRoot, RootContent } from 'mdast';
import { defineHastPlugin, markdownToMdast, mdxToMdast } from 'satteri';
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
    root = (format === 'mdx' ? mdxToMdast : markdownToMdast)(body, { features: MARKDOWN_FEATURES }) as MdastRoot;
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

export const titleHeadingPlugin = defineHastPlugin({
  name: 'milepost-title-heading',
  before(root, ctx) {
    const frontmatter = (ctx.data.astro as { frontmatter?: { title?: unknown } } | undefined)?.frontmatter ?? {};
    const title = typeof frontmatter.title === 'string' ? frontmatter.title : undefined;
    const elements = root.children.filter((child) => child.type === 'element');
    if (title === undefined) {
      const first = elements.find((child) => child.tagName === 'h1');
      if (first) ctx.removeNode(first);
    } else if (elements[0]?.tagName === 'h1' && isRepeatedTitle(ctx.textContent(elements[0]), title)) {
      ctx.removeNode(elements[0]);
    }
  },
});
