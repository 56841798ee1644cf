// The blocks other tools' tabs and embeds become (export-syntax.ts): tabs are shown one after
// another under their titles, with no script (every tab is read, printed and found by search);
// a YouTube or Vimeo embed plays in a frame the Content Security Policy allows, any other embed
// is a link to the page it showed. A caption written inside the block is kept below it; so it is
// below the image of a ":::figure" (ReadMe's captioned images, readme-block-markdown.ts).
// VitePress's "::: details Title" opens under its title, and its "::: code-group" shows each code
// block under the label its fence gives ("```sh [npm]"), as tabs are.
import type { Code, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { embedUrl } from '../lib/video-embed.ts';

/** The directive names this plugin renders; admonitions.ts leaves them alone. */
export const EXPORT_BLOCKS = new Set(['tabs', 'tab', 'embed', 'figure', 'details', 'code-group']);

type Directive = { name: string; attributes?: Record<string, string | null | undefined> | null; children: RootContent[] };

/** What an embed shows: a frame for a video, else a link to the page. */
function embedded(url: string, caption: string): RootContent {
  const video = embedUrl(url);
  if (video.kind === 'iframe') {
    const src = video.src.replace(/[?&]autoplay=1/, '').replace(/\?(?=#|$)/, '');
    const frame = {
      src,
      title: caption || `Video on ${video.host}`,
      loading: 'lazy',
      allow: 'encrypted-media; picture-in-picture',
      allowFullScreen: true,
    };
    return { type: 'paragraph', data: { hName: 'iframe', hProperties: frame }, children: [] } as Paragraph;
  }
  const host = new URL(url).hostname;
  return {
    type: 'paragraph',
    data: { hProperties: { className: ['embed-link'] } },
    children: [{ type: 'link', url, children: [{ type: 'text', value: caption ? `${caption} (${host})` : url }] }],
  } as Paragraph;
}

const textOf = (nodes: readonly RootContent[]): string =>
  nodes
    .map((node) =>
      'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? textOf(node.children as RootContent[]) : '',
    )
    .join('');

const tabTitle = (value: string) =>
  ({ type: 'paragraph', data: { hProperties: { className: ['tab-title'] } }, children: [{ type: 'text', value }] }) as Paragraph;

/** A code-group's code blocks as tabs: each under the label in brackets after its language, else its language. */
function codeGroup(children: RootContent[]): RootContent {
  const panels = children.map((child) => {
    if (child.type !== 'code') return child;
    const label = /\[([^\]]+)\]/.exec((child as Code).meta ?? '')?.[1] ?? (child as Code).lang ?? 'Code';
    const code = { ...child, meta: (child as Code).meta?.replace(/\[[^\]]*\]/, '').trim() || null } as Code;
    return {
      type: 'blockquote',
      data: { hName: 'section', hProperties: { className: ['tab-panel'] } },
      children: [tabTitle(label), code],
    } as never;
  });
  return { type: 'blockquote', data: { hName: 'div', hProperties: { className: ['tabs'] } }, children: panels } as never;
}

export const exportBlocks = defineMdastPlugin({
  options: { position: true },
  name: 'milepost-export-blocks',
  containerDirective(node, ctx) {
    const directive = node as unknown as Directive;
    if (directive.name === 'code-group') {
      ctx.replaceNode(node, codeGroup(directive.children) as never);
    } else if (directive.name === 'details') {
      // The title: ":::details[Title]" gives a label paragraph, "::: details Title" (VitePress) only the source line.
      const first = node.children[0] as Paragraph | undefined;
      const labelled = first?.type === 'paragraph' && first.data?.directiveLabel === true;
      const opening = node.position ? ctx.source.slice(node.position.start.offset).split('\n')[0]! : '';
      const trailing = /^\s*:{3,}\s*details\s+([^{[].*?)\s*$/i.exec(opening)?.[1];
      const title = labelled ? textOf(first.children) : (directive.attributes?.title ?? trailing ?? 'Details');
      const summary = { type: 'paragraph', data: { hName: 'summary' }, children: [{ type: 'text', value: title }] } as Paragraph;
      ctx.replaceNode(node, {
        type: 'blockquote',
        data: { hName: 'details', hProperties: { className: ['accordion'] } },
        children: [summary, ...(labelled ? directive.children.slice(1) : directive.children)],
      } as never);
    } else if (directive.name === 'tabs') {
      ctx.setProperty(node, 'data', { hName: 'div', hProperties: { className: ['tabs'] } });
    } else if (directive.name === 'tab') {
      const first = node.children[0] as Paragraph | undefined;
      const labelled = first?.type === 'paragraph' && first.data?.directiveLabel === true;
      ctx.setProperty(node, 'data', { hName: 'section', hProperties: { className: ['tab-panel'] } });
      if (labelled) ctx.setProperty(first, 'data', { hProperties: { className: ['tab-title'] } });
      else ctx.prependChild(node, tabTitle('Tab'));
    } else if (directive.name === 'figure') {
      const [image, ...caption] = directive.children;
      const figcaption =
        caption.length === 1 && caption[0]!.type === 'paragraph'
          ? [{ ...caption[0], data: { hName: 'figcaption' } }]
          : caption.length > 0
            ? [{ type: 'blockquote', data: { hName: 'figcaption' }, children: caption }]
            : [];
      ctx.replaceNode(node, {
        type: 'blockquote',
        data: { hName: 'figure' },
        children: [...(image ? [image] : []), ...figcaption],
      } as never);
    } else if (directive.name === 'embed') {
      const url = directive.attributes?.url;
      if (!url || !URL.canParse(url)) return void ctx.replaceNode(node, node.children as never);
      const [caption, ...rest] = directive.children;
      const captionText = caption?.type === 'paragraph' ? textOf(caption.children).trim() : '';
      const figcaption = captionText
        ? [
            {
              type: 'paragraph',
              data: { hName: 'figcaption' },
              children: (caption as Paragraph).children as PhrasingContent[],
            } as Paragraph,
          ]
        : [];
      ctx.replaceNode(node, {
        type: 'blockquote',
        data: { hName: 'figure', hProperties: { className: ['embed'] } },
        children: [embedded(url, captionText), ...figcaption, ...(captionText ? rest : directive.children)],
      } as never);
    }
  },
  leafDirective(node, ctx) {
    const url = (node as unknown as Directive).attributes?.url;
    if ((node as unknown as Directive).name !== 'embed' || !url || !URL.canParse(url)) return;
    ctx.replaceNode(node, {
      type: 'blockquote',
      data: { hName: 'figure', hProperties: { className: ['embed'] } },
      children: [embedded(url, '')],
    } as never);
  },
});
