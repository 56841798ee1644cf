// What the validator needs of an article's body, read with the portal's own Markdown pipeline:
// the anchors its page will have (heading ids as the portal makes them, "{#id}", raw HTML id and
// name attributes) and every link and image as written, with where it starts in the body.
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { Node } from 'unist';
import { defineHastPlugin, markdownToHtml, mdxToJs } from 'satteri';
import { ARTICLE_FEATURES, ARTICLE_MDAST_PLUGINS, ARTICLE_SHAPE_PLUGINS } from '../markdown/article-pipeline.ts';

export interface ArticleLink {
  url: string;
  /** Character offset of the URL (or of the element holding it) in the body. */
  offset: number;
  image: boolean;
}

export interface ArticleOutline {
  anchors: Set<string>;
  links: ArticleLink[];
  /** Why the body could not be read (an MDX syntax error), with where. */
  problem?: { message: string; offset: number };
}

/** As Astro renders Markdown by default: GFM and smart punctuation on. */
const FEATURES = { gfm: true, smartPunctuation: true, ...ARTICLE_FEATURES };

const RAW_URL = /\b(href|src)\s*=\s*(["'])(.*?)\2/gi;
const HTML_ANCHOR = /\sid="([^"]+)"|<a\s[^>]*?\bname="([^"]+)"/gi;
const JS_ANCHOR = /\b(?:id|name): "((?:[^"\\]|\\.)*)"/g;

function linkCollector(links: ArticleLink[], body: string) {
  const start = (node: Readonly<Node>) => node.position?.start.offset ?? 0;
  /** Where the URL is written inside the element ("[text](url)"), else where the element starts. */
  const urlStart = (node: Readonly<Node>, url: string) => {
    const found = body.indexOf(url, start(node));
    return found !== -1 && found < (node.position?.end.offset ?? 0) ? found : start(node);
  };
  return defineHastPlugin({
    name: 'milepost-link-collector',
    options: { position: true },
    element: {
      filter: ['a', 'img'],
      visit(node) {
        const url = node.tagName === 'a' ? node.properties?.href : node.properties?.src;
        if (typeof url === 'string') links.push({ url, offset: urlStart(node, url), image: node.tagName === 'img' });
      },
    },
    raw(node) {
      for (const match of node.value.matchAll(RAW_URL)) {
        links.push({ url: match[3]!, offset: start(node) + match.index + match[0].indexOf(match[3]!), image: match[1]!.toLowerCase() === 'src' });
      }
    },
  });
}

export function outlineArticle(body: string, format: 'md' | 'mdx', frontmatter: { title?: string | undefined }): ArticleOutline {
  const links: ArticleLink[] = [];
  const astro = { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const options = {
    features: FEATURES,
    mdastPlugins: ARTICLE_MDAST_PLUGINS,
    hastPlugins: [linkCollector(links, body), ...ARTICLE_SHAPE_PLUGINS, satteriHeadingIdsPlugin()],
    data: { astro },
  };
  const anchors = new Set<string>();
  try {
    if (format === 'mdx') {
      const { code } = mdxToJs(body, { ...options, elementAttributeNameCase: 'html' }) as { code: string };
      for (const match of code.matchAll(JS_ANCHOR)) anchors.add(JSON.parse(`"${match[1]}"`));
    } else {
      const { html } = markdownToHtml(body, options) as { html: string };
      for (const match of html.matchAll(HTML_ANCHOR)) anchors.add(decodeEntities((match[1] ?? match[2])!));
    }
  } catch (error) {
    const place = /(\d+):(\d+)/.exec(String((error as Error).message));
    const offset = place ? lineStart(body, Number(place[1])) + Number(place[2]) - 1 : 0;
    return { anchors, links, problem: { message: String((error as Error).message).split('\n')[0]!, offset } };
  }
  return { anchors, links };
}

function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let n = 1; n < line && offset !== -1; n++) offset = text.indexOf('\n', offset) + 1 || -1;
  return Math.max(offset, 0);
}

const decodeEntities = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[entity]!);
