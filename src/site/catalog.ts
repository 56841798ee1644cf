// Every piece of content a reference can name, with its title and URL, built once per build
// from the collections; pages resolve `kind:id` references through it in constant time.
import { type CollectionEntry } from 'astro:content';
import { entriesOf } from './collections.ts';
import { routes } from '../lib/routes.ts';

export type TargetKind = 'article' | 'course' | 'video' | 'faq' | 'faq-item' | 'certification' | 'level' | 'milestone';

export interface ResolvedReference {
  reference: string;
  kind: TargetKind;
  /** What the customer reads, e.g. "Connect Snowflake". */
  title: string;
  /** Root-relative path; wrap with href(). */
  path: string;
  /** A one-line description, where the target has one. */
  description?: string;
}

let catalog: Promise<Map<string, ResolvedReference>> | undefined;

async function buildCatalog(): Promise<Map<string, ResolvedReference>> {
  const map = new Map<string, ResolvedReference>();
  const add = (entry: ResolvedReference) => map.set(entry.reference, entry);
  const [articles, courses, videos, faqs, certifications] = await Promise.all([
    entriesOf('kb'),
    entriesOf('courses'),
    entriesOf('videos'),
    entriesOf('faqs'),
    entriesOf('certifications'),
  ]);
  for (const article of articles) {
    add({
      reference: `kb:${article.id}`,
      kind: 'article',
      title: article.data.title,
      path: routes.article(article.id),
      ...(article.data.description ? { description: article.data.description } : {}),
    });
  }
  for (const course of courses)
    add({ reference: `course:${course.id}`, kind: 'course', title: course.data.title, path: routes.course(course.id) });
  for (const video of videos) add({ reference: `video:${video.id}`, kind: 'video', title: video.data.title, path: routes.video(video.id) });
  for (const set of faqs) {
    add({ reference: `faq:${set.id}`, kind: 'faq', title: set.data.title, path: routes.faqSet(set.id) });
    for (const item of set.data.items)
      add({ reference: `faq:${set.id}#${item.id}`, kind: 'faq-item', title: item.q, path: routes.faqItem(set.id, item.id) });
  }
  for (const cert of certifications) {
    add({ reference: `cert:${cert.id}`, kind: 'certification', title: cert.data.title, path: routes.certification(cert.id) });
    for (const level of cert.data.levels)
      add({ reference: `cert:${cert.id}/${level.id}`, kind: 'level', title: level.name, path: routes.level(cert.id, level.id) });
  }
  return map;
}

/**
 * Resolves a reference to its title and URL. Validation guarantees every reference resolves;
 * `milestone:` references are resolved against the plan they appear in (`planId`).
 */
export async function resolveReference(
  reference: string,
  context: { planId?: string; milestones?: { id: string; name: string }[] } = {},
): Promise<ResolvedReference> {
  if (reference.startsWith('milestone:')) {
    const id = reference.slice('milestone:'.length);
    const milestone = context.milestones?.find((m) => m.id === id);
    return {
      reference,
      kind: 'milestone',
      title: milestone?.name ?? id,
      path: context.planId ? routes.milestone(context.planId, id) : `#milestone-${id}`,
    };
  }
  catalog ??= buildCatalog();
  const found = (await catalog).get(reference);
  if (!found) throw new Error(`Unresolved reference "${reference}": validation should have caught this`);
  return found;
}

let courses: Promise<Map<string, CollectionEntry<'courses'>>> | undefined;

/** Courses by id, built once per build. */
export function courseById(): Promise<Map<string, CollectionEntry<'courses'>>> {
  courses ??= entriesOf('courses').then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
  return courses;
}

export async function resolveReferences(
  references: readonly string[],
  context?: Parameters<typeof resolveReference>[1],
): Promise<ResolvedReference[]> {
  return Promise.all(references.map((reference) => resolveReference(reference, context)));
}
