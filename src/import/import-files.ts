// The files an imported help center becomes in content/kb: an article per file, as Markdown made
// from its HTML with the platform's fields in its frontmatter (as a Zendesk export has them, which
// Milepost reads as they are: `position` orders, `updated_at` dates), in a folder per category,
// section or collection, each with an index.md that titles, orders and describes it.
import { posix } from 'node:path';
import { stringify } from 'yaml';
import { slugify } from '../lib/slugs.ts';
import { htmlArticleMarkdown } from '../markdown/html-article.ts';
import { asWritten, type HelpCenter, type ImportedArticle } from './help-center.ts';

/** A file to write, by its path inside content/kb. */
export interface ImportedFile {
  path: string;
  text: string;
}

/** A relative path as a link writes it: each part encoded, so a folder named "C# SDK" or "Q&A?" stays one. */
export const linkPath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

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

/** What each kind of page is in the help center's addresses (Zendesk's `/sections/`, Help Scout's `/category/`), by its key's kind. */
const ADDRESS_KINDS: Record<string, string> = {
  article: 'article',
  articles: 'article',
  section: 'section',
  sections: 'section',
  category: 'category',
  categories: 'category',
  collection: 'collection',
  collections: 'collection',
  folder: 'folder',
  folders: 'folder',
};

/**
 * The files of a help center: `<folder>/<sub-folder>/<id>-<slug>.md` (one folder per language
 * first where the articles have several), and an index.md per folder. Articles of a folder the
 * responses do not list go to a folder named for its id.
 */
export function helpCenterFiles({ articles, folders }: HelpCenter): ImportedFile[] {
  const files: ImportedFile[] = [];
  const locales = new Set(articles.map((article) => article.locale ?? ''));
  const taken = new Map<string, string>();
  const paths = new Map<string, string>();
  /** A folder's path in one language, made unique: two sections of one name in one category get their ids. */
  const folderPath = (key: string, locale: string, depth = 0): string => {
    const known = paths.get(`${key}\0${locale}`);
    if (known !== undefined) return known;
    const folder = folders.get(key);
    const parent =
      folder?.parent && depth < 8 ? folderPath(folder.parent, locale, depth + 1) : locales.size > 1 && locale ? folderName(locale) : '';
    const [kind = '', id = key] = key.split(':');
    let path = posix.join(parent, folderName(folder?.name ?? `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${id}`));
    if (taken.has(path) && taken.get(path) !== key) path = `${path} (${id})`;
    taken.set(path, key);
    paths.set(`${key}\0${locale}`, path);
    if (folder) files.push(folderIndex(path, folder.name, folder.position, folder.description));
    return path;
  };
  /** Each article's path, by its id and language (a translation has its article's id). */
  const articlePath = (id: string, locale: string | null | undefined) => articlePaths.get(`${id}\0${locale ?? ''}`);
  const articlePaths = new Map(
    articles.map((article) => {
      const locale = article.locale ?? '';
      const folder = article.folder ? folderPath(article.folder, locale) : locales.size > 1 && locale ? folderName(locale) : '';
      return [`${article.id}\0${locale}`, posix.join(folder, `${article.id}-${slugify(article.title) || 'article'}.md`)];
    }),
  );
  const hosts = new Set(articles.flatMap((article) => (article.url && URL.canParse(article.url) ? [new URL(article.url).host] : [])));
  // Folders with a published article at any depth: only those have a page on the portal.
  const published = new Set(
    articles
      .filter((article) => !article.draft)
      .flatMap((article) => {
        const parts = posix.dirname(articlePath(article.id, article.locale)!).split('/');
        return parts.map((_, at) => parts.slice(0, at + 1).join('/'));
      }),
  );
  /** A folder's key by the id its address has ("category:5" for Help Scout's `/category/5-billing`). */
  const byAddress = new Map([...folders.values()].map((folder) => [`${folder.key.split(':')[0]}:${folder.id}`, folder.key]));
  for (const article of articles) {
    const path = articlePath(article.id, article.locale)!;
    /** Where a link to the help center leads among the files: an article, or a folder's index. */
    const local = (address: string) => {
      const match = HELP_CENTER_PAGE.exec(address);
      // On the help center's host; any, where the API gives no article's address (Freshdesk's).
      if (!match || (match[1] && hosts.size > 0 && !hosts.has(match[1]))) return undefined;
      const [, , written = '', id = '', anchor = ''] = match;
      const kind = ADDRESS_KINDS[written.toLowerCase()];
      const key = byAddress.get(`${kind}:${id}`);
      // In the article's own language, else in any (a link to an article not translated).
      const target =
        kind === 'article'
          ? (articlePath(id, article.locale) ?? [...articlePaths].find(([at]) => at.startsWith(`${id}\0`))?.[1])
          : key && paths.get(`${key}\0${article.locale ?? ''}`);
      if (!target || (kind !== 'article' && !published.has(target))) return undefined;
      const file = kind === 'article' ? target : posix.join(target, 'index.md');
      return `${linkPath(posix.relative(posix.dirname(path), file) || posix.basename(path))}${anchor}`;
    };
    files.push({ path, text: articleFile(article, local) });
  }
  return files;
}

/**
 * A page of a help center, on its host or from its root: Zendesk's `…/hc/en-us/articles/360…-Title#h_1`,
 * Intercom's `…/en/articles/123-title`, `…/collections/456-billing`.
 */
const HELP_CENTER_PAGE =
  /^(?:https?:\/\/([^/?#]+))?(?:\/[^?#]*)?\/(articles?|sections?|categor(?:y|ies)|collections?|folders?)\/(\d+)(?:-[^/?#]*)?\/?(?:\?[^#]*)?(#.*)?$/i;

/**
 * `html` with each link to the help center that `local` knows written as the path it gives, and
 * every other address from the help center's root (`/hc/en-us/requests/new`, an image's
 * `/hc/article_attachments/…`) on its host, `site`: from the portal's root it would lead nowhere.
 */
function withLocalLinks(html: string, local: (address: string) => string | undefined, site: string | null | undefined): string {
  return html.replace(/(\s(?:href|src)\s*=\s*)(["'])([^"']*)\2/gi, (attribute, before: string, quote: string, written: string) => {
    const address = written.replace(/&amp;/g, '&').trim();
    const target = /^\s*href/i.test(before) ? local(address) : undefined;
    if (target !== undefined) return `${before}${quote}${target}${quote}`;
    if (/^\/(?!\/)/.test(address) && site && URL.canParse(site)) return `${before}${quote}${new URL(address, site).href}${quote}`;
    return attribute;
  });
}

/** The path of an article's old address (`/hc/en-us/articles/360…-Title`), as `aliases` takes it. */
function oldPath(address: string | null | undefined): string[] | undefined {
  const path = address && URL.canParse(address) ? new URL(address).pathname : undefined;
  return path && path !== '/' ? [path] : undefined;
}

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

function articleFile(article: ImportedArticle, local: (address: string) => string | undefined): string {
  const fields = {
    title: article.title,
    id: asWritten(article.id),
    locale: article.locale,
    ...article.fields,
    draft: article.draft ? true : undefined,
    // Its old address forwards to it, where the portal takes over the help center's domain.
    aliases: oldPath(article.url),
  };
  const body = article.body.trim() ? htmlArticleMarkdown(withLocalLinks(article.body, local, article.url)).markdown : '';
  return `${frontmatter(fields)}\n${body}`;
}
