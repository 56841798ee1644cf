// The knowledge base as a tree of categories and sections, with sibling order and prev/next,
// computed ONCE per build from the collection: no page scans all articles for itself.
import { getCollection, type CollectionEntry } from 'astro:content';
import { join } from 'node:path';
import { resolveRoot } from '../content/settings.ts';
import { lastCommitDates } from '../lib/git-dates.ts';
import { slugify } from '../lib/slugs.ts';

export type Article = CollectionEntry<'kb'>;

export interface KbSection {
  name: string;
  slug: string;
  path: string;
  articles: Article[];
}

export interface KbCategory {
  name: string;
  slug: string;
  sections: KbSection[];
  articleCount: number;
}

export interface KbTree {
  categories: KbCategory[];
  /** Where each article sits, by id. */
  place: Map<string, { category: KbCategory; section: KbSection; index: number }>;
  /** Last-updated date by article id: frontmatter `updated`, else the last git commit. */
  updated: Map<string, Date>;
  /** Path of the article file inside content/kb, by id. */
  sourcePath: Map<string, string>;
}

const byOrderThenTitle = (a: Article, b: Article) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || a.data.title.localeCompare(b.data.title);

/** "…/content/kb/Getting started/Set up/x.md" → ["Getting started", "Set up", "x.md"]. */
function kbParts(filePath: string | undefined): string[] {
  const path = (filePath ?? '').split('\\').join('/');
  const at = path.lastIndexOf('content/kb/');
  return path.slice(at + 'content/kb/'.length).split('/');
}

async function build(): Promise<KbTree> {
  const articles = await getCollection('kb');
  const categories = new Map<string, KbCategory>();
  const sourcePath = new Map<string, string>();
  for (const article of articles) {
    const [categoryName, sectionName] = kbParts(article.filePath);
    sourcePath.set(article.id, kbParts(article.filePath).join('/'));
    const categorySlug = slugify(categoryName!);
    let category = categories.get(categorySlug);
    if (!category) categories.set(categorySlug, (category = { name: categoryName!, slug: categorySlug, sections: [], articleCount: 0 }));
    const sectionSlug = slugify(sectionName!);
    let section = category.sections.find((s) => s.slug === sectionSlug);
    if (!section) category.sections.push((section = { name: sectionName!, slug: sectionSlug, path: `${categorySlug}/${sectionSlug}`, articles: [] }));
    section.articles.push(article);
    category.articleCount++;
  }
  const place: KbTree['place'] = new Map();
  const sorted = [...categories.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const category of sorted) {
    category.sections.sort((a, b) => a.name.localeCompare(b.name));
    for (const section of category.sections) {
      section.articles.sort(byOrderThenTitle);
      section.articles.forEach((article, index) => place.set(article.id, { category, section, index }));
    }
  }
  const commits = lastCommitDates(join(resolveRoot(), 'content/kb'));
  const updated = new Map<string, Date>();
  for (const article of articles) {
    const date = article.data.updated ?? commits.get(join(resolveRoot(), 'content/kb', sourcePath.get(article.id)!));
    if (date) updated.set(article.id, date);
  }
  return { categories: sorted, place, updated, sourcePath };
}

let tree: Promise<KbTree> | undefined;

export function kbTree(): Promise<KbTree> {
  tree ??= build();
  return tree;
}

/** What an article lists as related: its own `related`, else up to five articles of its section. */
export function relatedReferences(article: Article, tree: KbTree): string[] {
  if (article.data.related.length > 0) return article.data.related;
  const { section } = tree.place.get(article.id)!;
  return section.articles.filter((other) => other.id !== article.id).slice(0, 5).map((other) => `kb:${other.id}`);
}

/** The articles before and after `article` in its section. */
export function neighbours(article: Article, tree: KbTree): { previous: Article | undefined; next: Article | undefined } {
  const { section, index } = tree.place.get(article.id)!;
  return { previous: section.articles[index - 1], next: section.articles[index + 1] };
}
