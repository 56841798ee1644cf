// Ids on h2–h4 (GitHub's slugs, as Astro makes them) and a "#" link after each heading, so
// readers can copy a link to a section. The link has no text of its own (CSS draws the "#"),
// so headings collected for the table of contents stay clean.
import GithubSlugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';
import { takeDroppedTitleText, titleAnchorSlug } from './title-heading.ts';

const slugger = new GithubSlugger();

export const headingAnchors = defineHastPlugin({
  name: 'milepost-heading-anchors',
  before() {
    slugger.reset();
    // The title heading the page shows as its h1 has the first slug, as on GitHub (article-outline.ts).
    const title = takeDroppedTitleText();
    if (title !== undefined) titleAnchorSlug(slugger, title);
  },
  element: {
    filter: ['h2', 'h3', 'h4'],
    visit(node, ctx) {
      const text = ctx.textContent(node);
      const existing = node.properties?.id;
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
