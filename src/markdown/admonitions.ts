// ":::note", ":::tip Title", ":::caution[Title]" blocks (Docusaurus, Starlight, VuePress) rendered
// as the same labelled callouts as GitHub alerts. Other ":::name" blocks keep their content.
import type { Paragraph } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { EXPORT_BLOCKS } from './export-blocks.ts';

export const CALLOUT_LABELS: Record<string, string> = {
  note: 'Note',
  info: 'Info',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
  danger: 'Danger',
};

/** The look of each kind: info reads as a note, danger as a caution. */
export const LOOK: Record<string, string> = { info: 'note', danger: 'caution' };

export const admonitions = defineMdastPlugin({
  name: 'milepost-admonitions',
  options: { position: true },
  containerDirective(node, ctx) {
    const kind = node.name.toLowerCase();
    if (EXPORT_BLOCKS.has(kind)) return;
    const label = CALLOUT_LABELS[kind];
    if (!label) {
      ctx.replaceNode(node, node.children as never);
      return;
    }
    // The title: ":::tip[Title]" gives a label paragraph, ":::tip Title" (older Docusaurus) only the source line.
    const first = node.children[0] as Paragraph | undefined;
    const labelled = first?.type === 'paragraph' && first.data?.directiveLabel === true;
    const opening = node.position ? ctx.source.slice(node.position.start.offset).split('\n')[0]! : '';
    const trailing = /^\s*:{3,}\s*[A-Za-z]+\s+([^{[].*?)\s*$/.exec(opening)?.[1];
    const title = (labelled ? ctx.textContent(first) : (node.attributes?.title ?? trailing))?.trim() || label;
    const look = LOOK[kind] ?? kind;
    ctx.setProperty(node, 'data', { hName: 'aside', hProperties: { className: ['callout', `callout-${look}`], role: 'note', ariaLabel: title } });
    if (labelled) ctx.removeNode(first);
    ctx.prependChild(node, { type: 'paragraph', data: { hProperties: { className: ['callout-title'] } }, children: [{ type: 'text', value: title }] });
  },
});
