// Reference-style images, `![Form][form]` with `[form]: img/form.png` further down, as exports
// converted from HTML and docs sites write them, become plain images before Astro collects the
// images it imports. Astro's Markdown step only looks at inline images: a reference image kept
// its relative path and showed as a broken image on the built page.
import type { Definition, Nodes, Root } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { localImagePath } from './image-paths.ts';

/** The document's link definitions by identifier, as CommonMark matches them (case-insensitively, the first one wins). */
function definitionsOf(root: Root): Map<string, Definition> {
  const found = new Map<string, Definition>();
  const visit = (node: Nodes) => {
    if (node.type === 'definition') {
      const key = node.identifier.toLowerCase();
      if (!found.has(key)) found.set(key, node);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return found;
}

const DEFINITIONS = 'milepostDefinitions';

export const referenceImages = defineMdastPlugin({
  name: 'milepost-reference-images',
  before(root, ctx) {
    ctx.data[DEFINITIONS] = definitionsOf(root as Root);
  },
  imageReference(node, ctx) {
    const definition = (ctx.data[DEFINITIONS] as Map<string, Definition>).get(node.identifier.toLowerCase());
    if (!definition) return undefined;
    return { type: 'image', url: localImagePath(definition.url), title: definition.title ?? null, alt: node.alt ?? null };
  },
});
