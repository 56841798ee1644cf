// Component tags an MDX article uses without importing or defining them, which the portal does
// not have: a Docusaurus site's global MDXComponents (<Highlight>), Mintlify's API components
// (<ParamField>). Astro's build stopped on the first ("Expected component `X` to be defined"); each
// is replaced by what is written inside it, and the validator warns (src/content/mdx-components.ts).
import type { RootContent } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { knownComponents } from '../content/mdx-components.ts';
import { esmOf } from '../content/mdx-imports.ts';

/** The names the last document knows: documents are transformed one at a time, their nodes in a row. */
let last: { source: string; known: Set<string> } | undefined;

function isUnknown(name: string | null, source: string): boolean {
  if (!name || !/^[A-Z]/.test(name)) return false;
  if (last?.source !== source) last = { source, known: knownComponents(esmOf(source)) };
  return !last.known.has(name.split('.')[0]!);
}

export const unknownComponents = defineMdastPlugin({
  name: 'milepost-unknown-components',
  mdxJsxFlowElement(node, ctx) {
    const { name, children } = node as unknown as { name: string | null; children: RootContent[] };
    if (isUnknown(name, ctx.source)) ctx.replaceNode(node, children as never);
  },
  mdxJsxTextElement(node, ctx) {
    const { name, children } = node as unknown as { name: string | null; children: RootContent[] };
    if (isUnknown(name, ctx.source)) ctx.replaceNode(node, children as never);
  },
});
