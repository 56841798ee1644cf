// What the validator needs of an article's body: the anchors its page will have and every link
// and image as written, with where it starts in the body. Read from the parsed Markdown (the
// parser and features the portal renders with), and with ids made as the portal's heading
// plugins make them: "{#id}" as written; h2–h4 slugged in order (heading-anchors.ts), other
// levels by Astro's own slugger; raw HTML id and name attributes. The title heading the page
// drops (title-heading.ts) has no anchor. A plain tree walk: running the render plugins for
// every article made validation ten times slower.
import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { ARTICLE_FEATURES } from '../markdown/article-pipeline.ts';
import { decodeHtmlEntities, tryDecode } from '../lib/escape.ts';
import { deadAddress } from '../lib/link-schemes.ts';
import { exportSyntax } from '../markdown/export-syntax.ts';
import { legacyMdx } from '../markdown/legacy-mdx.ts';
import type { ArticleFormat } from '../lib/slugs.ts';
import type { LeftOutBlock } from '../markdown/readme-blocks.ts';
import { kbRootedImage, localImagePath } from '../markdown/image-paths.ts';
import { rawImages } from '../markdown/raw-images.ts';
import { withCommentsBlanked } from '../markdown/html-comments.ts';
import { leftOutHtml } from '../markdown/left-out-html.ts';
import { bodyHeadingShift, isRepeatedTitle, titleAnchorSlug } from '../markdown/title-heading.ts';
import { jsxImage } from '../markdown/jsx-images.ts';
import { RAW_ANCHOR, reserveIds } from '../markdown/heading-anchors.ts';
import { WIKI_SCHEME } from '../markdown/wiki-links.ts';

export interface ArticleLink {
  url: string;
  /** Character offset of the URL (or of the element holding it) in the body. */
  offset: number;
  image: boolean;
}

export interface ArticleOutline {
  anchors: Set<string>;
  /**
   * The id of the title heading the page drops from the body (title-heading.ts), which the page's
   * h1 carries: GitHub's slug of it, taken first as GitHub takes it (a later "## Stream" is
   * "stream-1"). None when an id written in the body already has it.
   */
  titleAnchor?: string;
  links: ArticleLink[];
  /**
   * The images Astro imports for the page, found as Astro's Markdown step finds them (its
   * collect-images plugin): Markdown images with a relative path, URL-decoded, each once.
   */
  imagePaths: string[];
  /** MDX's import and export statements, each block as written with where it starts in the body (mdx-imports.ts reads them). */
  esm: { value: string; offset: number }[];
  /** MDX's component tags (`<Note>`, `<Tabs>`): each name where it is used (mdx-components.ts checks them). */
  components: { name: string; offset: number }[];
  /** Raw HTML elements the page leaves out (left-out-html.ts): `script`, `style`, `meta`…, where each starts. */
  droppedHtml: { tag: string; offset: number }[];
  /** Why the body could not be read (an MDX syntax error), with where. */
  problem?: { message: string; offset: number };
  /** Blocks of other tools left out of the page (ReadMe's of an unknown type), with where and why. */
  leftOut: LeftOutBlock[];
}

/** As Astro renders Markdown by default: GFM and smart punctuation on. */
const FEATURES = { gfm: true, smartPunctuation: true, ...ARTICLE_FEATURES };

/** href and src in raw HTML, quoted or not (`<img src=chart.png>`, as old editors wrote it): the value is group 3 or 4. */
const RAW_URL = /\b(href|src)\s*=\s*(?:(["'])(.*?)\2|([^\s"'=<>`]+))/gi;
/** Nodes that give the page no element, so a heading after them is still the first thing on it. */
const INVISIBLE = new Set(['html', 'definition', 'yaml', 'toml', 'mdxjsEsm']);

type AnyNode = Nodes & {
  data?: { hProperties?: Record<string, unknown> } | undefined;
  attributes?: { type: string; name?: string | undefined; value?: unknown }[] | undefined;
};

/** `file` is the article's absolute path, to find images written from the docs' root (image-paths.ts). */
export function outlineArticle(written: string, format: ArticleFormat, frontmatter: { title?: string | undefined }, file?: string): ArticleOutline {
  // Read as the portal renders it, other tools' blocks rewritten (export-syntax.ts); offsets are the file's.
  const { text: body, originalOffset, leftOut } =
    format === 'md'
      ? exportSyntax(written)
      : { text: format === 'mdx' ? legacyMdx(written) : written, originalOffset: (offset: number) => offset, leftOut: [] };
  let root: Root;
  try {
    root = (format === 'mdx' ? mdxToMdast : markdownToMdast)(body, { features: FEATURES }) as Root;
  } catch (error) {
    const message = String((error as Error).message).split('\n')[0]!;
    const place = /(\d+):(\d+)/.exec(message);
    return {
      anchors: new Set(),
      links: [],
      imagePaths: [],
      esm: [],
      components: [],
      droppedHtml: [],
      leftOut,
      problem: { message, offset: originalOffset(place ? lineStart(body, Number(place[1])) + Number(place[2]) - 1 : 0) },
    };
  }
  const links: ArticleLink[] = [];
  const imagePaths = new Set<string>();
  const esm: ArticleOutline['esm'] = [];
  const components: ArticleOutline['components'] = [];
  const droppedHtml: ArticleOutline['droppedHtml'] = [];
  // Link definitions by identifier (CommonMark: case-insensitive, the first wins), for reference images.
  const definitions = new Map<string, string>();
  const imageReferences: string[] = [];
  const addImagePath = (url: string) => {
    // Confluence's placeholder for a macro is no file: the page leaves it out (article-links.ts).
    if (deadAddress(url, true)) return;
    // As Astro's image step reads it; one that cannot be decoded fails Astro's render too.
    const path = tryDecode(localImagePath(url), decodeURI);
    if (path && !URL.canParse(path) && !path.startsWith('/')) imagePaths.add(path);
  };
  const anchors = new Set<string>();
  const headings: { node: Heading; text: string; id: string | undefined }[] = [];
  const start = (node: Nodes) => node.position?.start.offset ?? 0;
  // Where a link's address is written: after its `](` (or `](<`), not in its text where the text is the address too
  // ("[ftp://ftp.gnu.org](ftp://ftp.gnu.org)"), else where it first appears in the link (a reference, a tag's attribute).
  const urlStart = (node: Nodes, url: string) => {
    const end = node.position?.end.offset ?? 0;
    for (const opening of ['](', '](<', '']) {
      const found = body.indexOf(opening + url, start(node));
      if (found !== -1 && found < end) return found + opening.length;
    }
    return start(node);
  };
  const textOf = (node: Nodes): string => {
    if (node.type === 'textDirective') return body.slice(start(node), node.position?.end.offset);
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
  };
  const visit = (node: AnyNode) => {
    switch (node.type) {
      case 'heading': {
        const properties = node.data?.hProperties ?? {};
        let text = textOf(node);
        // "{beta}" that sets no id or class stays part of the heading (literal-syntax.ts).
        if (Object.keys(properties).some((key) => key !== 'id' && key !== 'className' && key !== 'class')) {
          text += ` ${/\{[^{}]*\}\s*#*\s*$/.exec(body.slice(start(node), node.position?.end.offset))?.[0].replace(/\s*#*\s*$/, '') ?? ''}`;
        }
        headings.push({ node, text, id: typeof properties.id === 'string' ? properties.id : undefined });
        break;
      }
      case 'definition':
        if (!definitions.has(node.identifier.toLowerCase())) definitions.set(node.identifier.toLowerCase(), node.url);
        links.push({ url: node.url, offset: urlStart(node, node.url), image: false });
        break;
      case 'link':
        // A wiki's [[Page]], written so and read as a link to "wiki:Page": where its brackets are.
        links.push({ url: node.url, offset: node.url.startsWith(WIKI_SCHEME) ? start(node) : urlStart(node, node.url), image: false });
        break;
      case 'image':
        links.push({ url: node.url, offset: urlStart(node, node.url), image: true });
        addImagePath((file && kbRootedImage(node.url, file)) || node.url);
        break;
      case 'imageReference':
        // Made an image by reference-images.ts once the definitions are known; its URL is checked where it is defined.
        imageReferences.push(node.identifier.toLowerCase());
        break;
      case 'html': {
        // What a comment holds is not on the page: not checked, not imported.
        const html = withCommentsBlanked(node.value);
        for (const match of html.matchAll(RAW_URL)) {
          const value = (match[3] ?? match[4])!;
          links.push({
            url: decodeHtmlEntities(value),
            offset: start(node) + match.index + match[0].lastIndexOf(value),
            image: match[1]!.toLowerCase() === 'src',
          });
        }
        for (const { tag, index } of leftOutHtml(html)) droppedHtml.push({ tag, offset: originalOffset(start(node) + index) });
        for (const match of html.matchAll(RAW_ANCHOR)) anchors.add((match[1] ?? match[2] ?? match[3] ?? match[4])!);
        // Made Markdown images by raw-images.ts, which Astro then imports.
        for (const { image } of rawImages(html)) addImagePath(image.url);
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (node.name && /^[A-Z]/.test(node.name)) components.push({ name: node.name, offset: start(node) });
        // Made a Markdown image by jsx-images.ts, which Astro then imports.
        const image = jsxImage(node as Parameters<typeof jsxImage>[0], file);
        if (image) addImagePath(image.url);
        for (const attribute of node.attributes ?? []) {
          if (typeof attribute.value !== 'string') continue;
          if (attribute.name === 'id' || (attribute.name === 'name' && node.name === 'a')) anchors.add(attribute.value);
          if ((attribute.name === 'href' || attribute.name === 'src') && /^(a|img)$/.test(node.name ?? '')) {
            links.push({ url: attribute.value, offset: urlStart(node, attribute.value), image: attribute.name === 'src' });
          }
        }
        break;
      }
      case 'mdxjsEsm':
        esm.push({ value: node.value, offset: start(node) });
        return;
      case 'code':
      case 'inlineCode':
        return;
    }
    if ('children' in node) for (const child of node.children as AnyNode[]) visit(child);
  };
  visit(root as AnyNode);
  for (const identifier of imageReferences) {
    const url = definitions.get(identifier);
    if (url !== undefined) addImagePath(url);
  }

  // The heading the page shows as its title is not in the body.
  const first = root.children.find((child) => !INVISIBLE.has(child.type));
  const dropped =
    frontmatter.title === undefined
      ? root.children.find((child): child is Heading => child.type === 'heading' && child.depth === 1)
      : first?.type === 'heading' && first.depth === 1 && isRepeatedTitle(textOf(first), frontmatter.title)
        ? first
        : undefined;
  // h2–h4 get their ids from heading-anchors.ts, the others from Astro's heading ids: two sluggers.
  // Levels as the page shows them: one down when the body has top-level headings of its own.
  const sluggers = { anchors: new GithubSlugger(), astro: new GithubSlugger() };
  const droppedHeading = headings.find(({ node }) => node === dropped);
  const textSlug = droppedHeading && titleAnchorSlug(sluggers.anchors, droppedHeading.text);
  // No heading is slugged to an id the raw HTML or JSX writes (only those are anchors yet), or to a heading's own id (heading-anchors.ts).
  const reserved = [...anchors, ...headings.flatMap(({ id }) => (id ? [id] : []))];
  reserveIds(sluggers.anchors, reserved);
  reserveIds(sluggers.astro, reserved);
  const titleSlug = droppedHeading && (droppedHeading.id ?? textSlug);
  const shift = bodyHeadingShift(headings.filter(({ node }) => node !== dropped).map(({ node }) => node.depth));
  for (const { node, text, id } of headings) {
    if (node === dropped) continue;
    const depth = node.depth + shift;
    anchors.add(id ?? (depth >= 2 && depth <= 4 ? sluggers.anchors : sluggers.astro).slug(text.trim()));
  }
  const titleAnchor = titleSlug && !anchors.has(titleSlug) ? titleSlug : undefined;
  if (titleAnchor) anchors.add(titleAnchor);
  return { anchors, ...(titleAnchor ? { titleAnchor } : {}), links: links.map((link) => ({ ...link, offset: originalOffset(link.offset) })), imagePaths: [...imagePaths], esm, components, leftOut, droppedHtml };
}

function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let n = 1; n < line && offset !== -1; n++) offset = text.indexOf('\n', offset) + 1 || -1;
  return Math.max(offset, 0);
}
