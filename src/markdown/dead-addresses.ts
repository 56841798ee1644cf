// Addresses no reader could follow from the portal (src/lib/link-schemes.ts: a script, a file on
// the author's computer, a blank page) taken out of an article's raw HTML and of its MDX's HTML
// elements, as article-links.ts takes them out of its Markdown: a link keeps its text, an image
// becomes its description, and any other element loses the address. The validator warns about
// each one where it is written.
import { defineMdastPlugin } from 'satteri';
import { escapeHtml } from '../lib/escape.ts';
import { deadAddress } from '../lib/link-schemes.ts';
import { htmlAttributes, TAG } from './raw-html.ts';

const isAddress = (attribute: string) => attribute === 'href' || attribute === 'src';

/** `html` without dead addresses: an `<img>` with one becomes its description, other tags lose the attribute. */
export function withoutDeadAddresses(html: string): string {
  return html.replace(TAG, (whole, name: string, attributes: string) => {
    const given = htmlAttributes(attributes);
    const image = name.toLowerCase() === 'img';
    const dead = (attribute: string, value: string) => isAddress(attribute) && deadAddress(value, image) !== undefined;
    if (![...given].some(([attribute, value]) => dead(attribute, value))) return whole;
    if (image) return escapeHtml(given.get('alt') ?? '');
    const kept = [...given].filter(([attribute, value]) => !dead(attribute, value));
    return `<${name}${kept.map(([attribute, value]) => ` ${attribute}="${escapeHtml(value)}"`).join('')}>`;
  });
}

type JsxAttribute = { type: string; name?: string; value?: unknown };
type JsxElement = { name: string | null; attributes: JsxAttribute[]; children: unknown[] };

/**
 * What an MDX article's HTML element (`<a href="javascript:void(0)">`, `<img src="file:///…">`)
 * becomes: the nodes that replace it; undefined when its addresses are fine (or expressions: the
 * article's own code).
 */
function withoutDeadJsxAddress(node: JsxElement, flow: boolean): unknown[] | undefined {
  if (!node.name || !/^[a-z]/.test(node.name)) return undefined;
  const image = node.name === 'img';
  const dead = (attribute: JsxAttribute) =>
    attribute.type === 'mdxJsxAttribute' &&
    isAddress(attribute.name ?? '') &&
    typeof attribute.value === 'string' &&
    deadAddress(attribute.value, image) !== undefined;
  if (!node.attributes.some(dead)) return undefined;
  if (image) {
    const alt = node.attributes.find((attribute) => attribute.name === 'alt')?.value;
    const text = typeof alt === 'string' && alt ? [{ type: 'text', value: alt }] : [];
    return flow ? [{ type: 'paragraph', children: text }] : text;
  }
  if (node.name === 'a') return node.children;
  const attributes = node.attributes.filter((attribute) => !dead(attribute));
  return [{ type: flow ? 'mdxJsxFlowElement' : 'mdxJsxTextElement', name: node.name, attributes, children: node.children }];
}

const visit = (flow: boolean) => (node: unknown, ctx: { replaceNode(node: never, replacement: never): void }) => {
  const change = withoutDeadJsxAddress(node as JsxElement, flow);
  if (change) ctx.replaceNode(node as never, change as never);
};

export const deadJsxAddresses = defineMdastPlugin({
  name: 'milepost-dead-jsx-addresses',
  mdxJsxFlowElement: visit(true),
  mdxJsxTextElement: visit(false),
});
