// URL slugs for folder and file names, which may hold spaces, accents and other scripts.

/**
 * "Réglages avancés" → "reglages-avances", "Getting started" → "getting-started",
 * "データ連携" → "データ連携" (letters of other scripts are kept; browsers encode them).
 */
export function slugify(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = slugOf(name);
    // Folder names repeat in every path below them: each is worked out once.
    if (slugs.size < 100_000) slugs.set(name, slug);
  }
  return slug;
}

const slugs = new Map<string, string>();

/**
 * The punctuation Texinfo's makeinfo writes in a page's file name as its code ("Two_002dDimensional"
 * for "Two-Dimensional", "File-I_002fO" for "File I/O"): every GNU manual's pages.
 */
const TEXINFO_ESCAPE = /_00([2-7][0-9a-f])/gi;

function slugOf(name: string): string {
  return name
    .replace(TEXINFO_ESCAPE, (written, code: string) => {
      // Only punctuation is written so: "_0042" is no "B", but a number after an underscore.
      const character = String.fromCharCode(parseInt(code, 16));
      return /[\p{L}\p{N}]/u.test(character) ? written : character;
    })
    .normalize('NFKD')
    // Accents come off Latin letters only: in other scripts a mark is part of the letter (デ, й).
    .replace(/(\p{Script=Latin})\p{Mark}+/gu, '$1')
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A file or folder name without the 32-hex-digit page id a Notion export appends to it:
 * "Connect your warehouse 8f3e0c1d2b4a49e6a1c2d3e4f5a6b7c8" → "Connect your warehouse".
 */
/** An article's file extension: Markdown (".md", Jekyll's ".markdown"), MDX, or HTML as help centers export it. */
export const ARTICLE_EXTENSION = /\.(?:mdx?|markdown|html?)$/i;

/** How an article's file is read: HTML is converted to Markdown (src/markdown/html-article.ts). */
export type ArticleFormat = 'md' | 'mdx' | 'html';

export const articleFormat = (file: string): ArticleFormat => (/\.mdx$/i.test(file) ? 'mdx' : /\.html?$/i.test(file) ? 'html' : 'md');

/** The extensions a link between articles may leave out, in the order they are tried. */
export const ARTICLE_EXTENSIONS = ['.md', '.mdx', '.markdown', '.html'];

export const withoutPageId = (name: string): string => name.replace(/(?<=\S)\s+[0-9a-f]{32}(?=(?:\.(?:mdx?|markdown|html?))?$)/i, '');

/** Slug of a KB file path relative to content/kb: "Getting started/Set up/Connect SSO.md" → "getting-started/set-up/connect-sso". */
export function articleSlug(relativePath: string): string {
  return relativePath
    .replace(/\\/g, '/')
    .replace(ARTICLE_EXTENSION, '')
    .split('/')
    .map((name) => slugify(withoutPageId(name)))
    .join('/');
}
