// A Zendesk help center as its Help Center API gives it (`/api/v2/help_center/<locale>/articles.json`,
// `sections.json`, `categories.json`: public for a public help center, up to 100 at a time).
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

const Category = z.looseObject({ id, name: z.string(), description: text, position: z.number().nullish(), locale: text });
const Section = Category.extend({ category_id: id.nullish(), parent_section_id: id.nullish() });
const Article = z.looseObject({
  id,
  title: z.string(),
  body: text,
  section_id: id.nullish(),
  position: z.number().nullish(),
  locale: text,
  html_url: text,
  draft: z.boolean().nullish(),
  label_names: z.array(z.string()).nullish(),
  created_at: text,
  updated_at: text,
  edited_at: text,
  user_segment_id: id.nullish(),
});
/** One response of the API. */
const Response = z.looseObject({
  articles: z.array(Article).optional(),
  sections: z.array(Section).optional(),
  categories: z.array(Category).optional(),
});

/**
 * The articles, sections and categories of the responses in `files` (name → parsed JSON): each a
 * response (`{ "articles": [...], "next_page": … }`), or a list of them, as a script that follows
 * `next_page` saves them. An article given twice (a page fetched again) is read once.
 */
export function zendeskHelpCenter(files: ReadonlyMap<string, unknown>): HelpCenter {
  const articles = new Map<string, ImportedArticle>();
  const folders = new Map<string, ImportedFolder>();
  for (const { where, response } of responses(files)) {
    const parsed = Response.safeParse(response);
    if (!parsed.success) throw importProblem(where, parsed.error.issues);
    const { articles: found, sections = [], categories = [] } = parsed.data;
    if (!found && sections.length + categories.length === 0)
      throw new ImportError(
        `${where}: no "articles", "sections" or "categories" list: it is not a response of Zendesk's Help Center API (/api/v2/help_center/articles.json)`,
      );
    for (const category of categories) folders.set(`category:${category.id}`, { key: `category:${category.id}`, ...category });
    for (const section of sections) {
      const parent = section.parent_section_id
        ? `section:${section.parent_section_id}`
        : section.category_id
          ? `category:${section.category_id}`
          : undefined;
      folders.set(`section:${section.id}`, { key: `section:${section.id}`, ...section, parent });
    }
    // A translation has its article's id: one article per id and language.
    for (const article of found ?? []) articles.set(`${article.id}:${article.locale ?? ''}`, fromZendesk(article));
  }
  return { articles: [...articles.values()], folders };
}

function fromZendesk(article: z.output<typeof Article>): ImportedArticle {
  return {
    id: article.id,
    title: article.title,
    body: article.body ?? '',
    folder: article.section_id ? `section:${article.section_id}` : undefined,
    locale: article.locale,
    // An article only some users see (signed-in customers, agents: a user segment) is nothing to
    // publish to everyone: a draft until its team says otherwise.
    draft: article.draft === true || !!article.user_segment_id,
    restricted: !!article.user_segment_id,
    url: article.html_url,
    fields: {
      section_id: article.section_id ? asWritten(article.section_id) : undefined,
      position: article.position,
      label_names: article.label_names?.length ? article.label_names : undefined,
      created_at: article.created_at,
      // When its text last changed (`edited_at`); `updated_at` moves with votes and comments too.
      updated_at: article.edited_at ?? article.updated_at,
      html_url: article.html_url,
      user_segment_id: article.user_segment_id ? asWritten(article.user_segment_id) : undefined,
    },
  };
}
