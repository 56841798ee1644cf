// A Freshdesk knowledge base as its API gives it: `GET /api/v2/solutions/categories`, each
// category's `/folders` (and a folder's `/subfolders`), each folder's `/articles`, every response a
// plain list of them.
import { z } from 'zod';
import {
  asWritten,
  type HelpCenter,
  ImportError,
  importProblem,
  type ImportedArticle,
  type ImportedFolder,
  responses,
} from './help-center.ts';

const id = z.union([z.number(), z.string()]).transform(String);
const text = z.string().nullish();

const Article = z.looseObject({
  id,
  title: z.string(),
  description: text,
  folder_id: id.nullish(),
  category_id: id.nullish(),
  status: z.number().nullish(),
  tags: z.array(z.string()).nullish(),
  created_at: text,
  updated_at: text,
});
/** Visible to all (1); to signed-in users (2), agents (3), some companies (4) or contacts (5) only. */
const EVERYONE = 1;
const Folder = z.looseObject({
  id,
  name: z.string(),
  description: text,
  visibility: z.number().nullish(),
  category_id: id.nullish(),
  parent_folder_id: id.nullish(),
  position: z.number().nullish(),
});

/**
 * The categories, folders and articles of the responses in `files` (name → parsed JSON): each a
 * list of one kind, as the API answers, or a list of such lists. Articles are told by their
 * `title`, folders by a `visibility` or a category, the rest are categories. An article in a
 * folder not everyone sees is a draft, as is one Freshdesk has as a draft (status 1).
 */
export function freshdeskHelpCenter(files: ReadonlyMap<string, unknown>): HelpCenter {
  const articles = new Map<string, ImportedArticle>();
  const folders = new Map<string, ImportedFolder>();
  const restrictedFolders = new Set<string>();
  const found: z.output<typeof Article>[] = [];
  // A response is a list: a file of several is a list of lists.
  const holdsMany = (json: unknown): json is unknown[] => Array.isArray(json) && json.length > 0 && json.every(Array.isArray);
  for (const { where, response: list } of responses(files, holdsMany)) {
    if (!Array.isArray(list))
      throw new ImportError(`${where}: not a list: it is not a response of Freshdesk's API (GET /api/v2/solutions/…)`);
    for (const [index, item] of list.entries()) {
      const fields = typeof item === 'object' && item !== null ? item : {};
      const isArticle = 'title' in fields;
      const parsed = (isArticle ? Article : Folder).safeParse(item);
      if (!parsed.success)
        throw importProblem(
          where,
          parsed.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })),
        );
      if (isArticle) {
        found.push(parsed.data as z.output<typeof Article>);
        continue;
      }
      const folder = parsed.data as z.output<typeof Folder>;
      const isFolder = 'visibility' in fields || 'category_id' in fields || 'parent_folder_id' in fields;
      const key = `${isFolder ? 'folder' : 'category'}:${folder.id}`;
      if (isFolder && folder.visibility != null && folder.visibility !== EVERYONE) restrictedFolders.add(key);
      const parent = folder.parent_folder_id
        ? `folder:${folder.parent_folder_id}`
        : folder.category_id
          ? `category:${folder.category_id}`
          : undefined;
      folders.set(key, { key, id: folder.id, name: folder.name, description: folder.description, position: folder.position, parent });
    }
  }
  // Some folders only say which category they are in through the articles in them.
  for (const article of found) {
    const folder = article.folder_id ? folders.get(`folder:${article.folder_id}`) : undefined;
    if (folder && !folder.parent && article.category_id) folder.parent = `category:${article.category_id}`;
  }
  for (const article of found) articles.set(article.id, fromFreshdesk(article, restricted(article, folders, restrictedFolders)));
  return { articles: [...articles.values()], folders };
}

/** Whether a folder the article is in, at any depth, is not for everyone. */
function restricted(article: z.output<typeof Article>, folders: Map<string, ImportedFolder>, restrictedFolders: Set<string>): boolean {
  for (let key = article.folder_id ? `folder:${article.folder_id}` : undefined, depth = 0; key && depth < 16; depth++) {
    if (restrictedFolders.has(key)) return true;
    key = folders.get(key)?.parent;
  }
  return false;
}

function fromFreshdesk(article: z.output<typeof Article>, restricted: boolean): ImportedArticle {
  return {
    id: article.id,
    title: article.title,
    body: article.description ?? '',
    folder: article.folder_id ? `folder:${article.folder_id}` : article.category_id ? `category:${article.category_id}` : undefined,
    draft: article.status === 1 || restricted,
    restricted,
    fields: {
      folder_id: article.folder_id ? asWritten(article.folder_id) : undefined,
      tags: article.tags?.length ? article.tags : undefined,
      created_at: article.created_at,
      updated_at: article.updated_at,
    },
  };
}
