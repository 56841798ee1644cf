// Ids on h2–h4 (GitHub's slugs, as Astro makes them) and a "#" link after each heading, so
// readers can copy a link to a section. The link has no text of its own (CSS draws the "#"),
// so headings collected for the table of contents stay clean.
import GithubSlugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';

const slugger = new GithubSlugger();

export const headingAnchors = defineHastPlugin({
  name: 'milepost-heading-anchors',
  before() {
    slugger.reset();
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
