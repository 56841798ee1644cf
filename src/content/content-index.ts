// The validated content of one MILEPOST_ROOT, by kind, with ids: what references resolve against
// and what the site is built from.
import { basename, extname } from 'node:path';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import type { Certification } from '../schemas/certification.ts';
import type { Course } from '../schemas/course.ts';
import type { Customer } from '../schemas/customer.ts';
import type { FaqSet } from '../schemas/faq.ts';
import { PLAN_COMPLETE_STEP, type Plan } from '../schemas/plan.ts';
import type { Site } from '../schemas/site.ts';
import type { Video } from '../schemas/video.ts';
import { articleSlug } from '../lib/slugs.ts';

export interface Entry<T> {
  id: string;
  /** Path relative to the root. */
  file: string;
  data: T;
}

export interface PlanEntry extends Entry<Plan> {
  draft: boolean;
}

export interface ArticleEntry extends Entry<ArticleFrontmatter> {
  /** Folder names as written, e.g. "Getting started". */
  category: string;
  section: string;
  /** Path inside content/kb, e.g. "Getting started/Set up your workspace/invite-teammates.md". */
  kbPath: string;
  body: string;
  /** 0-based line of the body's first line in the file. */
  bodyLine: number;
  /** Files next to the article that it links to or shows (images, downloads), from the root. */
  assets: string[];
}

export interface ContentIndex {
  site: Site | undefined;
  plans: PlanEntry[];
  articles: ArticleEntry[];
  faqs: Entry<FaqSet>[];
  videos: Entry<Video>[];
  courses: Entry<Course>[];
  certifications: Entry<Certification>[];
  customers: Entry<Customer>[];
}

export function emptyIndex(): ContentIndex {
  return { site: undefined, plans: [], articles: [], faqs: [], videos: [], courses: [], certifications: [], customers: [] };
}

export const fileId = (path: string) => basename(path, extname(path));

export const isDraftPlan = (plan: Plan) => !plan.stepsCompleted.includes(PLAN_COMPLETE_STEP);

/** "content/kb/A/B/c.md" → { category: "A", section: "B", kbPath: "A/B/c.md", id: "a/b/c" }, or undefined when not two folders deep. */
export function articleLocation(path: string) {
  const kbPath = path.replace(/^content\/kb\//, '');
  const parts = kbPath.split('/');
  if (parts.length !== 3) return undefined;
  return { category: parts[0]!, section: parts[1]!, kbPath, id: articleSlug(kbPath) };
}
