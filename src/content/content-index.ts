// The validated content of one MILEPOST_ROOT, by kind, with ids: what references resolve against
// and what the site is built from.
import { basename, extname } from 'node:path';
import type { ArticleData } from '../schemas/article.ts';
import type { Certification } from '../schemas/certification.ts';
import type { Course } from '../schemas/course.ts';
import type { Customer } from '../schemas/customer.ts';
import type { FaqSet } from '../schemas/faq.ts';
import { PLAN_COMPLETE_STEP, type Plan } from '../schemas/plan.ts';
import type { Site } from '../schemas/site.ts';
import type { Redirect } from './redirects.ts';
import type { Video } from '../schemas/video.ts';
import { folderId, isFolderIndex, kbParts } from '../lib/kb-paths.ts';
import { ARTICLE_EXTENSION, articleSlug } from '../lib/slugs.ts';

export interface Entry<T> {
  id: string;
  /** Path relative to the root. */
  file: string;
  data: T;
}

export interface PlanEntry extends Entry<Plan> {
  draft: boolean;
}

export interface ArticleEntry extends Entry<ArticleData> {
  /** Titles of the folders the article sits in, outermost first: category, section, sub-sections. */
  folders: string[];
  /** Path inside content/kb, e.g. "Getting started/Set up your workspace/invite-teammates.md". */
  kbPath: string;
  body: string;
  /** 0-based line of the body's first line in the file. */
  bodyLine: number;
  /** An HTML article's body is Markdown made from it: the file's offset of each of its lines. */
  bodyOrigins?: number[];
  /** Files next to the article that it links to or shows (images, downloads), from the root. */
  assets: string[];
  /** Of those, the files it links to rather than shows (downloads), which the build publishes (src/site/attachments.ts). */
  attachments: string[];
  /** Anchors its page will have (heading ids, "{#id}", raw HTML id and name). */
  anchors: string[];
  /** Images in its Markdown that Astro imports (relative paths as written, decoded). */
  imagePaths: string[];
  /** Draft articles it links to (ids): the customer edition shows those links as text. */
  draftLinks?: string[];
  /** The article's id in the help center it was exported from (frontmatter `id`), if any. */
  exportId?: string;
  /** Its slug there (frontmatter `slug`), if any: ReadMe's "doc:slug" links name it (readme-pages.ts). */
  exportSlug?: string;
  /** The title is made from the file or folder name (no frontmatter title, no `# ` heading): a navigation file's title may replace it. */
  titleFromName?: boolean;
}

/** A folder of content/kb described by its index.md or _index.md; the id is the folder's slug path, "" for content/kb. */
export interface KbFolderEntry extends Entry<ArticleData> {
  /** Folder names as written, outermost first. */
  names: string[];
  kbPath: string;
  body: string;
  bodyLine: number;
  bodyOrigins?: number[];
  /** Files next to it that its introduction links to (downloads), which the build publishes (src/site/attachments.ts). */
  attachments: string[];
  /** The title is made from the file or folder name (no frontmatter title, no `# ` heading): a navigation file's title may replace it. */
  titleFromName?: boolean;
  /** Introduced by a page beside the folder, of its name (introductionsBesideFolders), not by an index file inside it. */
  besideFolder?: boolean;
  /** Described by a docs tool's navigation file alone (kb-navigation.ts), whose path `kbPath` is, though it is named index.html (mdBook's sidebar, Sphinx's toctree). */
  fromNavigation?: boolean;
  /** The site an HTML index file's page belongs to, as its `<title>` names it (html-article.ts). */
  siteName?: string;
}

/** Whether a folder has a file of its own that introduces it (index.md, or a page beside it), rather than data only (a navigation file's). */
export const hasIntroductionFile = (folder: KbFolderEntry): boolean =>
  !folder.fromNavigation && (isFolderIndex(folder.kbPath) || folder.besideFolder === true);

export interface ContentIndex {
  site: Site | undefined;
  plans: PlanEntry[];
  articles: ArticleEntry[];
  kbFolders: KbFolderEntry[];
  faqs: Entry<FaqSet>[];
  videos: Entry<Video>[];
  courses: Entry<Course>[];
  certifications: Entry<Certification>[];
  customers: Entry<Customer>[];
  /** Redirects in place of the redirect stubs of an HTML export (redirect-stubs.ts). */
  kbRedirects: Redirect[];
}

export function emptyIndex(): ContentIndex {
  return {
    site: undefined,
    plans: [],
    articles: [],
    kbFolders: [],
    faqs: [],
    videos: [],
    courses: [],
    certifications: [],
    customers: [],
    kbRedirects: [],
  };
}

export const fileId = (path: string) => basename(path, extname(path));

export const isDraftPlan = (plan: Plan) => !plan.stepsCompleted.includes(PLAN_COMPLETE_STEP);

/**
 * Where a file of content/kb sits: "content/kb/A/B/c.md" → { kbPath: "A/B/c.md", folders: ["A", "B"], id: "a/b/c", folderIndex: false }.
 * `leafPages`: the index files that are articles (leafPageIndexes), in their parent folder at their own folder's address;
 * `besideFolders`: the pages that introduce the folder beside them (introductionsBesideFolders).
 */
export function kbLocation(path: string, leafPages?: ReadonlySet<string>, besideFolders?: ReadonlySet<string>) {
  const kbPath = path.replace(/^content\/kb\//, '');
  const { folders, fileName } = kbParts(kbPath);
  if (leafPages?.has(kbPath))
    return { kbPath, folders: folders.slice(0, -1), fileName, folderIndex: false, id: folderId(folders), leafPage: true };
  if (besideFolders?.has(kbPath)) {
    const names = [...folders, fileName.replace(ARTICLE_EXTENSION, '')];
    return { kbPath, folders: names, fileName, folderIndex: true, id: folderId(names), leafPage: false, besideFolder: true };
  }
  const folderIndex = isFolderIndex(kbPath);
  return { kbPath, folders, fileName, folderIndex, id: folderIndex ? folderId(folders) : articleSlug(kbPath), leafPage: false };
}
