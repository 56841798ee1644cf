// A Zendesk help center as its Help Center API gives it (`/api/v2/help_center/<locale>/articles.json`,
// `sections.json`, `categories.json`: public for a public help center, a page of up to 100 at a
// time), read into the articles and folders content/kb holds (import-files.ts writes them).
import { z } from 'zod';

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
});
/** One response of the API, or a file that holds a list of them, or their lists alone. */
const Response = z.looseObject({
  articles: z.array(Article).optional(),
  sections: z.array(Section).optional(),
  categories: z.array(Category).optional(),
});

export type ZendeskArticle = z.output<typeof Article>;
export type ZendeskSection = z.output<typeof Section>;
export type ZendeskCategory = z.output<typeof Category>;

export interface ZendeskHelpCenter {
  articles: ZendeskArticle[];
  sections: Map<string, ZendeskSection>;
  categories: Map<string, ZendeskCategory>;
}

/** A file that is not what the importer reads, with what it found instead. */
export class ImportError extends Error {}

/**
 * The articles, sections and categories of the API responses read from `files` (name → parsed
 * JSON): each a response object (`{ "articles": [...], "next_page": … }`), or an array of them, as
 * a script that follows `next_page` saves them. An article given twice (pages fetched again) once.
 */
export function zendeskHelpCenter(files: ReadonlyMap<string, unknown>): ZendeskHelpCenter {
  const articles = new Map<string, ZendeskArticle>();
  const sections = new Map<string, ZendeskSection>();
  const categories = new Map<string, ZendeskCategory>();
  for (const [name, json] of files) {
    const responses = Array.isArray(json) ? json : [json];
    for (const [at, response] of responses.entries()) {
      const parsed = Response.safeParse(response);
      if (!parsed.success) throw new ImportError(`${name}${Array.isArray(json) ? ` [${at}]` : ''}: ${problem(parsed.error)}`);
      const { articles: found = [], sections: inSections = [], categories: inCategories = [] } = parsed.data;
      if (found.length + inSections.length + inCategories.length === 0 && !('articles' in parsed.data))
        throw new ImportError(
          `${name}: no "articles", "sections" or "categories" list: it is not a response of Zendesk's Help Center API (/api/v2/help_center/articles.json)`,
        );
      for (const article of found) articles.set(article.id, article);
      for (const section of inSections) sections.set(section.id, section);
      for (const category of inCategories) categories.set(category.id, category);
    }
  }
  return { articles: [...articles.values()], sections, categories };
}

/** The first problem zod found, as "articles[3].title: expected string". */
function problem(error: z.ZodError): string {
  const [issue] = error.issues;
  return issue
    ? `${issue.path
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
        .join('')
        .replace(/^\./, '')}: ${issue.message}`
    : 'unreadable';
}

/**
 * Where the help center's articles lived (`https://help.example.com/hc/en-us/articles/`), the
 * address `kb.importedFrom` takes so links to them lead to the imported articles; undefined when
 * the articles name no address, or more than one.
 */
export function articlesAddress(articles: readonly ZendeskArticle[]): string | undefined {
  const addresses = new Set(articles.map((article) => /^(https?:\/\/[^?#]*\/articles\/)\d/.exec(article.html_url ?? '')?.[1]));
  const [address] = addresses;
  return addresses.size === 1 ? address : undefined;
}
