// GitHub-style alerts ("> [!NOTE]", "> [!TIP]", "> [!IMPORTANT]", "> [!WARNING]", "> [!CAUTION]")
// rendered as labelled callouts, so help-center exports from GitHub render as they did there.
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

const LABELS = { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution' } as const;
const MARKER = /^\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*\n?/i;

export const githubAlerts = defineHastPlugin({
  name: 'milepost-github-alerts',
  element: {
    filter: ['blockquote'],
    visit(node, ctx) {
      const children = node.children as ElementContent[];
      const firstIndex = children.findIndex((child) => child.type === 'element');
      const first = children[firstIndex] as Element | undefined;
      const lead = first?.tagName === 'p' ? first.children[0] : undefined;
      const match = lead?.type === 'text' ? MARKER.exec(lead.value) : null;
      if (!first || !lead || lead.type !== 'text' || !match) return;
      const kind = match[1]!.toLowerCase() as keyof typeof LABELS;
      const rest = lead.value.slice(match[0].length);
      const paragraph: Element = { ...first, children: [...(rest ? [{ ...lead, value: rest }] : []), ...first.children.slice(1)] };
      const body = [...children.slice(0, firstIndex), ...(paragraph.children.length > 0 ? [paragraph] : []), ...children.slice(firstIndex + 1)];
      ctx.replaceNode(node, {
        type: 'element',
        tagName: 'aside',
        properties: { className: ['callout', `callout-${kind}`], role: 'note', ariaLabel: LABELS[kind] },
        children: [{ type: 'element', tagName: 'p', properties: { className: ['callout-title'] }, children: [{ type: 'text', value: LABELS[kind] }] }, ...body],
      });
    },
  },
});
