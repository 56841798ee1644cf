// Editions: the customer edition never holds anything under an `internal` key, a draft plan
// or a draft article. Filtering happens once, when data is loaded, so no page can show it.
import type { ContentIndex } from './content-index.ts';
import type { Edition } from './settings.ts';

/** A deep copy of `value` without any key named `internal`, at any depth. */
export function withoutInternal<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutInternal) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) if (key !== 'internal') copy[key] = withoutInternal(child);
    return copy as T;
  }
  return value;
}

export function toCustomerEdition(content: ContentIndex): ContentIndex {
  return {
    site: withoutInternal(content.site),
    plans: content.plans.filter((plan) => !plan.draft).map(withoutInternal),
    articles: content.articles.filter((article) => !article.data.draft).map(withoutInternal),
    kbFolders: content.kbFolders.filter((folder) => !folder.data.draft).map(withoutInternal),
    faqs: content.faqs.map(withoutInternal),
    videos: content.videos.map(withoutInternal),
    courses: content.courses.map(withoutInternal),
    certifications: content.certifications.map(withoutInternal),
    // A customer on a draft plan cannot pass validation; left out here all the same.
    customers: content.customers.filter((customer) => content.plans.some((plan) => plan.id === customer.data.plan && !plan.draft)).map(withoutInternal),
    // Those to a draft article are left out where redirects are read (redirects.ts).
    kbRedirects: content.kbRedirects,
  };
}

export function forEdition(content: ContentIndex, edition: Edition): ContentIndex {
  return edition === 'team' ? content : toCustomerEdition(content);
}
