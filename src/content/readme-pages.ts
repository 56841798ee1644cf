// The articles that ReadMe's "doc:slug" links lead to (readme-links.ts): a page's slug is its
// frontmatter `slug`, else its file's name, as ReadMe's exports name them ("manage-the-datafile.md").
import { ARTICLE_EXTENSION, slugify } from '../lib/slugs.ts';
import type { ArticleEntry } from './content-index.ts';

export class ReadmePages {
  readonly #bySlug = new Map<string, string>();

  constructor(articles: readonly Pick<ArticleEntry, 'id' | 'kbPath' | 'exportSlug'>[]) {
    // A frontmatter slug is the page's own: it wins over a file name that happens to match.
    for (const article of articles) if (article.exportSlug) this.#add(article.exportSlug, article.id);
    for (const article of articles)
      this.#add(
        article.kbPath
          .split('/')
          .at(-1)!
          .replace(ARTICLE_EXTENSION, ''),
        article.id,
      );
  }

  #add(slug: string, id: string) {
    const key = slugify(slug);
    if (key && !this.#bySlug.has(key)) this.#bySlug.set(key, id);
  }

  /** The id of the article with this ReadMe slug, or undefined. */
  article(slug: string): string | undefined {
    return this.#bySlug.get(slugify(slug));
  }

  /** Every slug, to suggest the closest. */
  slugs(): IterableIterator<string> {
    return this.#bySlug.keys();
  }
}
