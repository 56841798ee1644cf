// Text the parser reads as an extension that exports mean literally: ":30" in "10:30" and
// "::name" lines are not directives, and "{beta}" after a heading that sets no id or class is
// part of the heading. Only ":::" blocks and "{#id .class}" are meant (admonitions.ts, and the
// heading ids the parser sets).
import type { Heading, Node } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { EXPORT_BLOCKS } from './export-blocks.ts';

const sourceOf = (node: Readonly<Node>, source: string) => (node.position ? source.slice(node.position.start.offset, node.position.end.offset) : '');

export const literalSyntax = defineMdastPlugin({
  name: 'milepost-literal-syntax',
  options: { position: true },
  textDirective(node, ctx) {
    return { type: 'text', value: sourceOf(node, ctx.source) };
  },
  leafDirective(node, ctx) {
    if (EXPORT_BLOCKS.has(node.name)) return;
    return { type: 'paragraph', children: [{ type: 'text', value: sourceOf(node, ctx.source) }] };
  },
  heading(node: Heading, ctx) {
    const properties = ((node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties ?? {}) as Record<string, unknown>;
    const others = Object.keys(properties).filter((key) => key !== 'id' && key !== 'className' && key !== 'class');
    if (others.length === 0) return;
    const braces = /\{[^{}]*\}\s*#*\s*$/.exec(sourceOf(node, ctx.source))?.[0].replace(/\s*#*\s*$/, '');
    if (!braces) return;
    ctx.setProperty(node, 'data', null);
    ctx.appendChild(node, { type: 'text', value: ` ${braces}` });
  },
});
