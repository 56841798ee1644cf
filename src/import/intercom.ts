// An Intercom help center as its REST API gives it (`GET /articles`, `GET /help_center/collections`:
// `{ "type": "list", "data": [...], "pages": { "next": … } }`, up to 250 at a time).
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
/** Intercom's times are seconds since 1970. */
const time = z
  .number()
  .nullish()
  .transform((seconds) => (seconds ? new Date(seconds * 1000).toISOString() : undefined));

const Article = z.looseObject({
  type: z.literal('article').optional(),
  id,
  title: z.string(),
  description: text,
  body: text,
  state: text,
  parent_id: id.nullish(),
  parent_type: text,
  default_locale: text,
  url: text,
  created_at: time,
  updated_at: time,
});
const Collection = z.looseObject({
  type: z.enum(['collection', 'section']).optional(),
  id,
  name: z.string(),
  description: text,
  order: z.number().nullish(),
  parent_id: id.nullish(),
});
const List = z.looseObject({ type: z.literal('list').optional(), data: z.array(z.unknown()) });

/**
 * The articles and collections of the responses in `files` (name → parsed JSON): each a list
 * (`{ "type": "list", "data": [...] }`), or a list of them, as a script that follows `pages.next`
 * saves them; articles and collections may be in one response or in several.
 */
export function intercomHelpCenter(files: ReadonlyMap<string, unknown>): HelpCenter {
  const articles = new Map<string, ImportedArticle>();
  const folders = new Map<string, ImportedFolder>();
  for (const { where, response } of responses(files)) {
    const list = List.safeParse(response);
    if (!list.success)
      throw new ImportError(
        `${where}: no "data" list: it is not a response of Intercom's API (GET /articles, GET /help_center/collections)`,
      );
    for (const [index, item] of list.data.data.entries()) {
      const isArticle = typeof item === 'object' && item !== null && ('title' in item || (item as { type?: unknown }).type === 'article');
      const parsed = (isArticle ? Article : Collection).safeParse(item);
      if (!parsed.success)
        throw importProblem(
          where,
          parsed.error.issues.map((issue) => ({ ...issue, path: ['data', index, ...issue.path] })),
        );
      if (isArticle) {
        const article = parsed.data as z.output<typeof Article>;
        articles.set(article.id, fromIntercom(article));
      } else {
        const collection = parsed.data as z.output<typeof Collection>;
        folders.set(`collection:${collection.id}`, {
          key: `collection:${collection.id}`,
          id: collection.id,
          name: collection.name,
          description: collection.description,
          position: collection.order,
          parent: collection.parent_id ? `collection:${collection.parent_id}` : undefined,
        });
      }
    }
  }
  return { articles: [...articles.values()], folders };
}

function fromIntercom(article: z.output<typeof Article>): ImportedArticle {
  return {
    id: article.id,
    title: article.title,
    body: article.body ?? '',
    folder: article.parent_id && article.parent_type !== 'help_center' ? `collection:${article.parent_id}` : undefined,
    locale: article.default_locale,
    draft: article.state === 'draft',
    url: article.url,
    fields: {
      description: article.description || undefined,
      collection_id: article.parent_id ? asWritten(article.parent_id) : undefined,
      created_at: article.created_at,
      updated_at: article.updated_at,
      url: article.url,
    },
  };
}
