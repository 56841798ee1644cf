// The files an imported help center becomes in content/kb: an article per file, as Markdown made
// from its HTML with the help center's fields in its frontmatter (the shape of a Zendesk export
// that Milepost reads as it is: `position` orders, `updated_at` dates, `label_names` are kept), in
// a folder per category and section, each with an index.md that titles, orders and describes it.
import { posix } from 'node:path';
import { stringify } from 'yaml';
import { slugify } from '../lib/slugs.ts';
import { htmlArticleMarkdown } from '../markdown/html-article.ts';
import type { ZendeskArticle, ZendeskHelpCenter, ZendeskSection } from './zendesk.ts';

/** A file to write, by its path inside content/kb. */
export interface ImportedFile {
  path: string;
  text: string;
}

/** A folder name any file system takes: no separators or characters Windows refuses, no leading or trailing dots or spaces. */
export function folderName(name: string): string {
  const safe = name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return safe || 'Untitled';
}

const frontmatter = (fields: Record<string, unknown>) =>
  `---\n${stringify(Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null)), { lineWidth: 0 })}---\n`;

/**
 * The files of a Zendesk help center: `<category>/<section>/<id>-<slug>.md` (sections inside
 * sections as folders inside folders; one folder per language first where articles have several),
 * and an index.md per category and section. Articles of a section the responses do not list go
 * to a folder named for the section's id.
 */
export function zendeskFiles({ articles, sections, categories }: ZendeskHelpCenter): ImportedFile[] {
  const files: ImportedFile[] = [];
  const locales = new Set(articles.map((article) => article.locale ?? ''));
  const taken = new Map<string, string>();
  /** A folder's path, made unique: two sections of one name in one category get their ids. */
  const unique = (parent: string, name: string, key: string) => {
    let path = posix.join(parent, folderName(name));
    if (taken.has(path) && taken.get(path) !== key) path = `${path} (${key.replace(/^\w+:/, '')})`;
    taken.set(path, key);
    return path;
  };
  const folders = new Map<string, string>();
  const sectionFolder = (section: ZendeskSection | undefined, sectionId: string, locale: string, depth = 0): string => {
    const key = `section:${sectionId}:${locale}`;
    const known = folders.get(key);
    if (known !== undefined) return known;
    const top = locales.size > 1 && locale ? folderName(locale) : '';
    let parent = top;
    if (section?.parent_section_id && depth < 8)
      parent = sectionFolder(sections.get(section.parent_section_id), section.parent_section_id, locale, depth + 1);
    else if (section?.category_id) {
      const category = categories.get(section.category_id);
      const categoryKey = `category:${section.category_id}:${locale}`;
      parent = folders.get(categoryKey) ?? unique(top, category?.name ?? `Category ${section.category_id}`, categoryKey);
      if (!folders.has(categoryKey)) {
        folders.set(categoryKey, parent);
        if (category) files.push(folderIndex(parent, category.name, category.position, category.description));
      }
    }
    const path = unique(parent, section?.name ?? `Section ${sectionId}`, key);
    folders.set(key, path);
    if (section) files.push(folderIndex(path, section.name, section.position, section.description));
    return path;
  };
  const paths = new Map(
    articles.map((article) => {
      const locale = article.locale ?? '';
      const folder = article.section_id
        ? sectionFolder(sections.get(article.section_id), article.section_id, locale)
        : locales.size > 1
          ? folderName(locale)
          : '';
      return [article.id, posix.join(folder, `${article.id}-${slugify(article.title) || 'article'}.md`)];
    }),
  );
  const folderOf = (kind: 'section' | 'category', id: string) => [...folders].find(([key]) => key.startsWith(`${kind}:${id}:`))?.[1];
  for (const article of articles) {
    const path = paths.get(article.id)!;
    /** Where a link to the help center leads among the files: an article, or a section's or category's folder. */
    const local = (address: string) => {
      const match = HELP_CENTER_PAGE.exec(address);
      if (!match) return undefined;
      const [, kind, id, anchor = ''] = match;
      const target = kind === 'articles' ? paths.get(id!) : folderOf(kind === 'sections' ? 'section' : 'category', id!);
      if (target === undefined) return undefined;
      const relative =
        posix.relative(posix.dirname(path), kind === 'articles' ? target : posix.join(target, 'index.md')) || posix.basename(path);
      return `${encodeURI(relative)}${anchor}`;
    };
    files.push({ path, text: articleFile(article, local) });
  }
  return files;
}

/** A page of a Zendesk help center, on its host or from its root: `…/hc/en-us/articles/360…-Title#h_1`. */
const HELP_CENTER_PAGE =
  /^(?:https?:\/\/[^/?#]+)?\/hc\/(?:[a-z]{2}(?:-[a-z0-9]+)?\/)?(articles|sections|categories)\/(\d+)[^?#]*(?:\?[^#]*)?(#.*)?$/i;

/** `html` with each link to the help center that `local` knows written as the path it gives. */
function withLocalLinks(html: string, local: (address: string) => string | undefined): string {
  return html.replace(/(\shref\s*=\s*)(["'])([^"']*)\2/gi, (attribute, before: string, quote: string, address: string) => {
    const target = local(address.replace(/&amp;/g, '&').trim());
    return target === undefined ? attribute : `${before}${quote}${target}${quote}`;
  });
}

/** The path of an article's old address (`/hc/en-us/articles/360…-Title`), as `aliases` takes it. */
function oldPath(address: string | null | undefined): string[] | undefined {
  const path = address && URL.canParse(address) ? new URL(address).pathname : undefined;
  return path && path !== '/' ? [path] : undefined;
}

/** An id as the API writes it: a number where it is one. */
const asWritten = (id: string) => (/^\d+$/.test(id) && Number.isSafeInteger(Number(id)) ? Number(id) : id);

function folderIndex(
  path: string,
  title: string,
  position: number | null | undefined,
  description: string | null | undefined,
): ImportedFile {
  const plain = description
    ?.replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { path: posix.join(path, 'index.md'), text: frontmatter({ title, order: position, description: plain || undefined }) };
}

function articleFile(article: ZendeskArticle, local: (address: string) => string | undefined): string {
  const fields = {
    title: article.title,
    id: asWritten(article.id),
    locale: article.locale,
    section_id: article.section_id ? asWritten(article.section_id) : undefined,
    position: article.position,
    draft: article.draft === true ? true : undefined,
    label_names: article.label_names?.length ? article.label_names : undefined,
    created_at: article.created_at,
    // When its text last changed (`edited_at`); `updated_at` moves with votes and comments too.
    updated_at: article.edited_at ?? article.updated_at,
    html_url: article.html_url,
    // Its old address forwards to it, where the portal takes over the help center's domain.
    aliases: oldPath(article.html_url),
  };
  const body = article.body?.trim() ? htmlArticleMarkdown(withLocalLinks(article.body, local)).markdown : '';
  return `${frontmatter(fields)}\n${body}`;
}
