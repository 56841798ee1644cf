// Markdown from YAML fields (plan summaries, milestone descriptions, FAQ answers), rendered for
// customers: raw HTML comes out as visible text, links and images are limited to https, http,
// mailto and relative URLs, and links leaving the portal open without handing it the opener.
import { defineHastPlugin, markdownToHtml } from 'satteri';
import { schemeOf } from './link-schemes.ts';

const SAFE_SCHEMES = new Set(['https', 'http', 'mailto']);

/** Whether a URL from content may become a link: allowed schemes (as a browser reads them, "java\tscript:" too), or relative. */
export function isSafeUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

export interface MarkdownOptions {
  /** Prefix for root-relative links ("/kb/…"), e.g. "/docs/" when deployed under a base path. */
  base?: string;
}

function contentPlugin(options: MarkdownOptions) {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  return defineHastPlugin({
    name: 'milepost-content-safety',
    raw(node, ctx) {
      ctx.replaceNode(node, { type: 'text', value: node.value });
    },
    element: [
      {
        filter: ['a'],
        visit(node, ctx) {
          const href = String(node.properties?.href ?? '');
          if (!isSafeUrl(href)) {
            ctx.replaceNode(node, node.children as never);
            return;
          }
          if (/^https?:/i.test(href)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
          else if (href.startsWith('/') && !href.startsWith('//')) ctx.setProperty(node, 'href', base + href.slice(1));
        },
      },
      {
        filter: ['img'],
        visit(node, ctx) {
          const src = String(node.properties?.src ?? '');
          if (!isSafeUrl(src)) ctx.replaceNode(node, { type: 'text', value: String(node.properties?.alt ?? '') });
        },
      },
    ],
  });
}

const plugins = new Map<string, ReturnType<typeof contentPlugin>>();

function pluginFor(options: MarkdownOptions) {
  const key = options.base ?? '/';
  let plugin = plugins.get(key);
  if (!plugin) {
    plugin = contentPlugin(options);
    plugins.set(key, plugin);
  }
  return plugin;
}

export function renderMarkdown(text: string, options: MarkdownOptions = {}): string {
  return markdownToHtml(text, { hastPlugins: [pluginFor(options)] }).html;
}

/** One paragraph of Markdown without its <p>, for headings, labels and table cells. */
export function renderInlineMarkdown(text: string, options: MarkdownOptions = {}): string {
  return renderMarkdown(text, options)
    .trim()
    .replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
