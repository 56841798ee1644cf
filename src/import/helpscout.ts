// A Help Scout Docs site as its Docs API gives it: `GET /v1/collections` and
// `/v1/collections/{id}/categories` (`{ "collections": { "items": [...] } }`), and each article as
// `GET /v1/articles/{id}` gives it (`{ "article": {...} }`: the lists of articles carry no text).
import { z } from 'zod';
import { type HelpCenter, ImportError, importProblem, type ImportedArticle, type ImportedFolder, responses } from './help-center.ts';

const id = z.union([z.number(), z.string()]).transform(String);
const text = z.string().nullish();

const Folder = z.looseObject({
  id,
  number: z.number().nullish(),
  name: z.string(),
  description: text,
  order: z.number().nullish(),
  collectionId: id.nullish(),
});
const Article = z.looseObject({
  id,
  number: z.number().nullish(),
  collectionId: id.nullish(),
  status: text,
  name: z.string(),
  text: text,
  categories: z.array(id).nullish(),
  keywords: z.array(z.string()).nullish(),
  publicUrl: text,
  createdAt: text,
  updatedAt: text,
  lastPublishedAt: text,
});
const Page = <T extends z.ZodType>(item: T) => z.looseObject({ items: z.array(item) });
const Response = z.looseObject({
  article: Article.optional(),
  articles: Page(Article).optional(),
  collections: Page(Folder).optional(),
  categories: Page(Folder).optional(),
});

/**
 * The collections, categories and articles of the responses in `files` (name → parsed JSON), each
 * a response or a list of them. An article is in the folder of its first category, else of its
 * collection; its number, which its address uses (`/article/14-…`), is its id.
 */
export function helpScoutHelpCenter(files: ReadonlyMap<string, unknown>): HelpCenter {
  const articles = new Map<string, ImportedArticle>();
  const folders = new Map<string, ImportedFolder>();
  for (const { where, response } of responses(files)) {
    const parsed = Response.safeParse(response);
    if (!parsed.success) throw importProblem(where, parsed.error.issues);
    const { article, articles: list, collections, categories } = parsed.data;
    if (!article && !list && !collections && !categories)
      throw new ImportError(
        `${where}: no "article", "articles", "collections" or "categories": it is not a response of Help Scout's Docs API (GET /v1/articles/{id})`,
      );
    for (const collection of collections?.items ?? []) folders.set(`collection:${collection.id}`, folder('collection', collection));
    for (const category of categories?.items ?? [])
      folders.set(`category:${category.id}`, {
        ...folder('category', category),
        parent: category.collectionId ? `collection:${category.collectionId}` : undefined,
      });
    for (const found of [...(article ? [article] : []), ...(list?.items ?? [])]) {
      // A list's entry has no text: an article's own response wins over it.
      const known = articles.get(String(found.number ?? found.id));
      if (known && !found.text) continue;
      articles.set(String(found.number ?? found.id), fromHelpScout(found));
    }
  }
  // A list's entry alone has no text: written, it would be an empty article.
  const listed = [...articles.values()].filter((article) => !article.body);
  const notes = listed.length
    ? [
        `${listed.length} articles were listed without their text, and are not written (${listed
          .slice(0, 3)
          .map((article) => article.title)
          .join(', ')}${listed.length > 3 ? ', …' : ''}): save GET /v1/articles/{id} for each`,
      ]
    : [];
  return { articles: [...articles.values()].filter((article) => article.body), folders, notes };
}

function folder(kind: string, found: z.output<typeof Folder>): ImportedFolder {
  return {
    key: `${kind}:${found.id}`,
    id: String(found.number ?? found.id),
    name: found.name,
    description: found.description,
    position: found.order,
  };
}

function fromHelpScout(article: z.output<typeof Article>): ImportedArticle {
  const [category] = article.categories ?? [];
  return {
    id: String(article.number ?? article.id),
    title: article.name,
    body: article.text ?? '',
    folder: category ? `category:${category}` : article.collectionId ? `collection:${article.collectionId}` : undefined,
    draft: article.status !== 'published',
    url: article.publicUrl,
    fields: {
      helpscout_id: article.id,
      keywords: article.keywords?.length ? article.keywords : undefined,
      created_at: article.createdAt,
      updated_at: article.lastPublishedAt ?? article.updatedAt ?? undefined,
      public_url: article.publicUrl,
    },
  };
}
