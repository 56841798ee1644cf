// What each built page is, for search: its result type, the filters it can be found by
// (segment, category, level) and a breadcrumb. Listing pages are left out of the index: they
// only repeat what the pages they list say.
import type { ContentIndex } from '../content/content-index.ts';

export const RESULT_TYPES = {
  plan: 'Plan',
  milestone: 'Milestone',
  article: 'Article',
  faq: 'FAQ',
  video: 'Video',
  course: 'Course',
  session: 'Session',
  certification: 'Certification',
  level: 'Certification level',
} as const;

export type ResultType = keyof typeof RESULT_TYPES;

export interface PageFacets {
  type: ResultType;
  filters: Record<string, string[]>;
  /** Shown with the result: where it lives. */
  crumbs: string;
}

type Lookup = {
  plans: Map<string, ContentIndex['plans'][number]>;
  articles: Map<string, ContentIndex['articles'][number]>;
  courses: Map<string, ContentIndex['courses'][number]>;
  videos: Map<string, ContentIndex['videos'][number]>;
  certifications: Map<string, ContentIndex['certifications'][number]>;
  segmentNames: Map<string, string>;
};

export function facetLookup(content: ContentIndex): Lookup {
  const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
  return {
    plans: byId(content.plans),
    articles: byId(content.articles),
    courses: byId(content.courses),
    videos: byId(content.videos),
    certifications: byId(content.certifications),
    segmentNames: new Map((content.site?.segments ?? []).map((segment) => [segment.id, segment.name])),
  };
}

/** Segment names for ids; no segments means "for everyone" and adds no filter value. */
export function segmentFilter(ids: readonly string[], lookup: Lookup): Record<string, string[]> {
  const names = ids.map((id) => lookup.segmentNames.get(id) ?? id);
  return names.length > 0 ? { segment: names } : {};
}

/** Facets of the page at `path` (relative to the site root, e.g. "plans/smb/index.html"), or undefined if it is not indexed. */
export function facetsFor(path: string, lookup: Lookup): PageFacets | undefined {
  const parts = path.replace(/(^|\/)index\.html$/, '').split('/').filter(Boolean);
  const [section, id, ...rest] = parts;
  if (section === 'plans' && id && rest.length === 0) {
    const plan = lookup.plans.get(id);
    return plan && { type: 'plan', filters: { type: [RESULT_TYPES.plan], ...segmentFilter([plan.data.segment], lookup) }, crumbs: 'Onboarding plans' };
  }
  if (section === 'training' && id && rest.length === 0) {
    const course = lookup.courses.get(id);
    if (!course) return undefined;
    return {
      type: 'course',
      filters: { type: [RESULT_TYPES.course], level: [capitalise(course.data.level)], ...segmentFilter(course.data.segments.map((s) => s.segment), lookup) },
      crumbs: 'Training',
    };
  }
  if (section === 'certification' && id && rest.length === 0) {
    const cert = lookup.certifications.get(id);
    if (!cert) return undefined;
    return { type: 'certification', filters: { type: [RESULT_TYPES.certification], level: cert.data.levels.map((level) => level.name) }, crumbs: 'Certification' };
  }
  if (section === 'videos' && id && rest.length === 0) {
    const video = lookup.videos.get(id);
    return video && { type: 'video', filters: { type: [RESULT_TYPES.video], ...segmentFilter(video.data.segments, lookup) }, crumbs: 'Videos' };
  }
  if (section === 'faq' && !id) return { type: 'faq', filters: { type: [RESULT_TYPES.faq] }, crumbs: 'FAQ' };
  if (section === 'kb' && id) {
    // Articles sit at any depth; folder pages are listings and are not indexed.
    const article = lookup.articles.get(parts.slice(1).join('/'));
    if (!article) return undefined;
    const category = article.folders[0];
    return {
      type: 'article',
      filters: { type: [RESULT_TYPES.article], ...(category ? { category: [category] } : {}), ...segmentFilter(article.data.segments, lookup) },
      crumbs: ['Help articles', ...article.folders].join(' › '),
    };
  }
  return undefined;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
