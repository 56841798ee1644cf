// GitHub-style alerts ("> [!NOTE]", "> [!TIP]", "> [!IMPORTANT]", "> [!WARNING]", "> [!CAUTION]")
// rendered as labelled callouts, so help-center exports from GitHub render as they did there; and
// ReadMe's callouts, a blockquote whose first line starts with its emoji ("> 📘 Title": 📘 info,
// 👍 success, 🚧 warning, ❗️ error), the rest of that line the title.
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

const LABELS = { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution' } as const;
const MARKER = /^\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*\n?/i;
/** ReadMe's callout emoji, each the kind of callout it draws. */
const README_EMOJI: Record<string, keyof typeof LABELS> = { '📘': 'note', '👍': 'tip', '🚧': 'warning', '❗': 'caution' };
const README_MARKER = /^\s*(📘|👍|🚧|❗)\uFE0F?[ \t]*([^\n]*)\n?/u;

export const githubAlerts = defineHastPlugin({
  name: 'milepost-github-alerts',
  element: {
    filter: ['blockquote'],
    visit(node, ctx) {
      const children = node.children as ElementContent[];
      const firstIndex = children.findIndex((child) => child.type === 'element');
      const first = children[firstIndex] as Element | undefined;
      const lead = first?.tagName === 'p' ? first.children[0] : undefined;
      const match = lead?.type === 'text' ? (MARKER.exec(lead.value) ?? README_MARKER.exec(lead.value)) : null;
      if (!first || !lead || lead.type !== 'text' || !match) return;
      const emoji = README_EMOJI[match[1]!];
      const kind = emoji ?? (match[1]!.toLowerCase() as keyof typeof LABELS);
      // ReadMe's title is the rest of the emoji's line, when that line is plain text.
      const titled = emoji !== undefined && match[2]!.trim() !== '' && (match[0].endsWith('\n') || first.children.length === 1);
      const title = titled ? match[2]!.trim() : undefined;
      // Without a title, the words after the emoji start the callout.
      const rest = emoji && !titled ? lead.value.replace(/^\s*\S+?\uFE0F?\s*/u, '') : lead.value.slice(match[0].length);
      const paragraph: Element = { ...first, children: [...(rest ? [{ ...lead, value: rest }] : []), ...first.children.slice(1)] };
      const body = [
        ...children.slice(0, firstIndex),
        ...(paragraph.children.length > 0 ? [paragraph] : []),
        ...children.slice(firstIndex + 1),
      ];
      ctx.replaceNode(node, {
        type: 'element',
        tagName: 'aside',
        properties: { className: ['callout', `callout-${kind}`], role: 'note', ariaLabel: title ?? LABELS[kind] },
        children: [
          {
            type: 'element',
            tagName: 'p',
            properties: { className: ['callout-title'] },
            children: [{ type: 'text', value: title ?? LABELS[kind] }],
          },
          ...body,
        ],
      });
    },
  },
});
