// An article's data as pages get it: its frontmatter with the gaps filled the way exports need
// (title from the first "# " heading or the file name, order, dates and summary under other tools'
// names, ReadMe's hidden pages as drafts, old paths to redirect), and a warning for a key that is
// almost a known one ("titel").
import { titleFromFileName } from '../lib/kb-paths.ts';
import { titleHeading } from '../markdown/title-heading.ts';
import { articleSchema, type ArticleData, type ArticleFrontmatter } from '../schemas/article.ts';
import { withinOneTypo } from './did-you-mean.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { YamlSource } from './yaml-source.ts';

const KNOWN_KEYS = Object.keys(articleSchema.shape);

const normalised = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '');

/** The known key an unknown one is a typo of: "titel" → "title", "Tag" → "tags"; undefined for "author" or "id". */
export function nearMissKey(key: string): string | undefined {
  if (KNOWN_KEYS.includes(key) || key.length < 3) return undefined;
  return KNOWN_KEYS.find((known) => withinOneTypo(normalised(key), normalised(known)));
}

/** Warnings for frontmatter keys that look like misspelt known keys; other unknown keys are ignored. */
export function nearMissKeys(file: string, raw: Record<string, unknown>, source: YamlSource): Diagnostic[] {
  return Object.keys(raw).flatMap((key) => {
    const known = nearMissKey(key);
    if (!known) return [];
    return [
      {
        file,
        ...source.positionOf([key], 'key'),
        severity: 'warning' as const,
        rule: 'unknown-key',
        message: `The frontmatter key "${key}" is not one Milepost reads, so it is ignored`,
        hint: `Did you mean \`${known}\`?`,
      },
    ];
  });
}

/** Starlight's `sidebar: { order: 2 }`; another tool's `sidebar` (VuePress's `auto`) says nothing of order. */
function sidebarOrder(sidebar: unknown): number | undefined {
  const order = typeof sidebar === 'object' && sidebar !== null ? (sidebar as { order?: unknown }).order : undefined;
  return typeof order === 'number' ? order : undefined;
}

/** A home page's hero (VitePress: name, text, tagline; Starlight: title, tagline): its title and its line under it. */
function heroText(hero: unknown): { title?: string; tagline?: string } {
  if (typeof hero !== 'object' || hero === null) return {};
  const text = (key: string) => {
    const value = (hero as Record<string, unknown>)[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const title = text('title') ?? text('name');
  const tagline = text('tagline') ?? text('text');
  return { ...(title ? { title } : {}), ...(tagline ? { tagline } : {}) };
}

/** `fallbackTitle` is for folder index files, which take their folder's name rather than "index". */
export function articleData(frontmatter: ArticleFrontmatter, body: string, fileName: string, fallbackTitle?: string): ArticleData {
  return articleDataAndTitleSource(frontmatter, body, fileName, fallbackTitle).data;
}

/** The same, and whether the title is made from the file or folder name: neither frontmatter nor a `# ` heading gives one. */
export function articleDataAndTitleSource(
  frontmatter: ArticleFrontmatter,
  body: string,
  fileName: string,
  fallbackTitle?: string,
): { data: ArticleData; titleFromName: boolean } {
  const format = /\.mdx$/i.test(fileName) ? 'mdx' : 'md';
  const hero = heroText(frontmatter.hero);
  const ownTitle = frontmatter.title ?? titleHeading(body, format) ?? hero.title;
  const order =
    frontmatter.order ?? frontmatter.sidebar_position ?? sidebarOrder(frontmatter.sidebar) ?? frontmatter.weight ?? frontmatter.nav_order ?? frontmatter.position;
  const updated =
    frontmatter.updated ?? frontmatter.lastmod ?? frontmatter.last_modified_at ?? frontmatter.updated_at ?? frontmatter.updatedAt;
  const description = frontmatter.description ?? (frontmatter.excerpt?.trim() || undefined) ?? hero.tagline;
  const data: ArticleData = {
    title: ownTitle ?? fallbackTitle ?? titleFromFileName(fileName),
    ...(description !== undefined ? { description } : {}),
    tags: frontmatter.tags,
    segments: frontmatter.segments,
    ...(order !== undefined ? { order } : {}),
    ...(updated !== undefined ? { updated } : {}),
    related: frontmatter.related,
    // A page hidden from ReadMe's navigation is a draft here: not published to customers.
    draft: frontmatter.draft || frontmatter.hidden === true,
    redirects: [...new Set([...frontmatter.aliases, ...frontmatter.redirectFrom, ...frontmatter.redirect_from])],
  };
  return { data, titleFromName: ownTitle === undefined };
}
