// Wide tables scroll sideways in their own box instead of widening the page on a phone. The box
// is a focusable, labelled region so keyboard users can scroll it too (WCAG 2.1.1); so is a code
// block, which scrolls sideways by itself when a line is longer than the column (a real export's
// command lines: axe's scrollable-region-focusable on every page that has one).
import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';

const SCROLL_BOX_LABEL = 'Table, scrolls sideways';

/** The same box for a table written as HTML (raw-html.ts wraps it in this, as its raw text). */
export const SCROLL_BOX_HTML = `<div class="table-scroll" tabindex="0" role="region" aria-label="${SCROLL_BOX_LABEL}">`;

export const scrollTables = defineHastPlugin({
  name: 'milepost-scroll-tables',
  element: {
    filter: ['table', 'pre'],
    visit(node, ctx) {
      if (node.tagName === 'pre') {
        if (node.properties?.tabIndex === undefined) ctx.setProperty(node, 'tabIndex', 0);
        return;
      }
      // The wrapped table is visited again inside its box: wrap it once.
      if (node.properties?.dataScroll !== undefined) return;
      const table: Element = { ...node, properties: { ...node.properties, dataScroll: '' } };
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: SCROLL_BOX_LABEL },
        children: [table],
      };
      ctx.replaceNode(node, wrapper);
    },
  },
});
